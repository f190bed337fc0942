// SPDX-License-Identifier: EUPL-1.2
// Route of the home page (/ and /en/).
import type { FastifyInstance } from 'fastify'
import { pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { homePage } from './template.ts'

export function registerHomePage(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/', (ctx) => homePage(ctx), notFound)
}
