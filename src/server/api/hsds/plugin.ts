// SPDX-License-Identifier: EUPL-1.2
// The HSDS API as its own scope at /api/hsds/v3 (the path the Open Referral API reference expects
// of an HSDS API), with everything the /api/v1 scope has: strict validation, the one error shape,
// ETags and CORS, 404/405/406 as JSON. Its routes are documented in the same OpenAPI document.
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../app.ts'
import { apiScope, type ApiScopeOptions } from '../plugin.ts'
import { hsdsRoutes } from './routes.ts'

export { HSDS_PREFIX } from './routes.ts'

export const hsdsPlugin: FastifyPluginAsync<ApiScopeOptions> = async (app, options) => {
  const ctx: AppContext = {
    db: options.db,
    catalog: options.catalog,
    search: options.search,
    limits: options.limits,
  }
  apiScope(app, options.documented ?? [])
  // Every body here is JSON text made once per view (view.ts), so the response schemas document
  // and test the API but never serialise: a plain stringify stands in for the schema compiler
  // (which also cannot build schemas that nest one $id more than once, as HSDS objects do).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data))
  await hsdsRoutes(app, ctx)
}
