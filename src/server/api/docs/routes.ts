// SPDX-License-Identifier: EUPL-1.2
// GET /openapi.json (the OpenAPI 3.1 document) and GET /docs (the same, as a readable page).
import type { FastifyInstance } from 'fastify'
import { applySecurityHeaders } from '../../../web/security-headers.ts'
import { API_PREFIX, buildOpenApiDocument, type ApiRoute, type RouteSchema } from '../openapi.ts'
import { renderDocsPage } from './page.ts'

const openApiSchema: RouteSchema = {
  summary: 'OpenAPI 3.1-beschrijving van deze API',
  description: 'This API described as OpenAPI 3.1, generated from the schemas the server validates with.',
  tags: ['meta'],
}

const docsSchema: RouteSchema = {
  summary: 'Leesbare documentatie van deze API',
  description: 'The endpoints, parameters, example requests and error codes as an HTML page.',
  tags: ['meta'],
  produces: ['text/html'],
}

export async function docsRoutes(app: FastifyInstance, routes: readonly ApiRoute[]): Promise<void> {
  // Built on first use: by then every route of the scope is registered.
  let document: ReturnType<typeof buildOpenApiDocument> | undefined
  let page: string | undefined
  const openApi = () => (document ??= buildOpenApiDocument(routes, API_PREFIX))

  app.get('/openapi.json', { schema: openApiSchema }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(JSON.stringify(openApi())),
  )

  app.get('/docs', { schema: docsSchema }, async (request, reply) => {
    applySecurityHeaders(request, reply)
    page ??= renderDocsPage(openApi())
    return reply.type('text/html; charset=utf-8').send(page)
  })
}
