// SPDX-License-Identifier: EUPL-1.2
// Routes of the party list (/organisaties) and party pages (/organisaties/:id).
import type { FastifyInstance } from 'fastify'
import { PageNotFound, pageRoute, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { partyListPage, partyPage } from './template.ts'
import { partyList, partyView } from './view-model.ts'

export function registerPartyPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(app, deps, '/organisaties', (ctx) => partyListPage(ctx, partyList(ctx.data)), notFound)
  pageRoute(
    app,
    deps,
    '/organisaties/:id',
    (ctx, request) => {
      const party = ctx.data.byId('parties', request.params.id ?? '')
      if (party === undefined) {
        throw new PageNotFound()
      }
      return partyPage(ctx, partyView(ctx.data, party))
    },
    notFound,
  )
}
