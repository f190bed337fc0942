// SPDX-License-Identifier: EUPL-1.2
// Route of the doorstroom page (/doorstroom): from shelter to a home, as diagram and list.
import type { FastifyInstance } from 'fastify'
import { pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { doorstroomPage } from './template.ts'
import { doorstroomView } from './view-model.ts'

export function registerDoorstroomPage(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/doorstroom', (ctx) => doorstroomPage(ctx, doorstroomView(ctx.data, ctx.locale)), notFound)
}
