// SPDX-License-Identifier: EUPL-1.2
// Routes of the entrance pages. The victim page (/hulp) is one of the victim pages: ../victim/route.ts.
import type { FastifyInstance } from 'fastify'
import { pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { citizenPage, professionalPage, safeBrowsingPage } from './templates.ts'

export function registerEntrancePages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/professionals', (ctx) => professionalPage(ctx), notFound)
  pageRoute(app, deps, '/ik-zie-iets', (ctx) => citizenPage(ctx), notFound)
  pageRoute(app, deps, '/veilig-internetten', (ctx) => safeBrowsingPage(ctx), notFound)
}
