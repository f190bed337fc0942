// SPDX-License-Identifier: EUPL-1.2
// Checks every API response a test app sends against the committed OpenAPI document: the status
// is one the operation lists, the content type is the documented one, and a JSON body matches the
// documented schema for that status (issue 16, item 10). Violations are collected and reported
// when the app closes, so every API test doubles as a contract test.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>
}
interface OpenApiDoc {
  servers: { url: string }[]
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}

const doc = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/openapi.json'), 'utf8')) as OpenApiDoc
const prefix = doc.servers[0]?.url ?? '/api/v1'
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))
ajv.addSchema({ $id: 'doc', components: doc.components })
const compiled = new Map<string, ValidateFunction>()

function validator(key: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(key)
  if (validate === undefined) {
    validate = ajv.compile(
      JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"doc#/components/')) as object,
    )
    compiled.set(key, validate)
  }
  return validate
}

const errorSchema = { $ref: '#/components/schemas/Error' }

/** Path-level servers: another API scope's paths (the HSDS API) say where they live. */
const scopeOf = new Map(
  Object.entries(doc.paths).flatMap(([path, item]) => {
    const url = (item as { servers?: { url: string }[] }).servers?.[0]?.url
    return url === undefined ? [] : [[path, url] as const]
  }),
)
const scopes = [...new Set(scopeOf.values())]

/** The documented path of a registered route, relative to its scope's server. */
function documentedPath(route: string | undefined): string | undefined {
  const templated = (rest: string): string => rest.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/^$/, '/')
  const scope = scopes.find((base) => route === base || route?.startsWith(`${base}/`) === true)
  if (route !== undefined && scope !== undefined) {
    const path = templated(route.slice(scope.length))
    return scopeOf.get(path) === scope ? path : undefined
  }
  return route?.startsWith(prefix) === true ? templated(route.slice(prefix.length)) : undefined
}

/** The one check: returns a description of what is wrong, or undefined. */
export function contractViolation(
  method: string,
  route: string | undefined,
  status: number,
  contentType: string,
  body: string,
): string | undefined {
  const path = documentedPath(route)
  const operation =
    path === undefined ? undefined : doc.paths[path]?.[(method === 'HEAD' ? 'GET' : method).toLowerCase()]
  const where = `${method} ${route ?? '(no route)'} → ${status}`
  if (method === 'OPTIONS' && status === 204) {
    return undefined // CORS preflight, answered before any route
  }
  if (operation === undefined) {
    // No documented operation (unknown path or method): only the error shape is promised.
    if (status < 400) {
      return `${where}: not in the OpenAPI document`
    }
    return checkBody(`error`, errorSchema, where, contentType, body, method)
  }
  const response = operation.responses[String(status)] ?? (status >= 500 ? operation.responses['default'] : undefined)
  if (response === undefined) {
    return `${where}: status not listed (listed: ${Object.keys(operation.responses).join(', ')})`
  }
  // HEAD bodies are dropped after this hook (checked on the wire in test/server/hardening.test.ts).
  if (status === 304 || method === 'HEAD') {
    return undefined
  }
  const [type, media] = Object.entries(response.content ?? {})[0] ?? []
  if (type === undefined || media === undefined) {
    return undefined
  }
  if (!contentType.startsWith(type)) {
    return `${where}: content type ${contentType}, documented ${type}`
  }
  return checkBody(`${path} ${method} ${status}`, media.schema, where, contentType, body, method)
}

function checkBody(
  key: string,
  schema: unknown,
  where: string,
  contentType: string,
  body: string,
  method: string,
): string | undefined {
  if (method === 'HEAD') {
    return undefined
  }
  if (!contentType.startsWith('application/json')) {
    return key === 'error' ? `${where}: error without the JSON error shape (${contentType})` : undefined
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return `${where}: body is not JSON`
  }
  const validate = validator(key, schema)
  return validate(parsed)
    ? undefined
    : `${where}: body does not match the documented schema: ${ajv.errorsText(validate.errors?.slice(0, 3))}`
}

/** Records contract violations of every /api response of `app`; read them with the returned getter. */
export function checkApiContract(app: FastifyInstance): () => readonly string[] {
  const violations: string[] = []
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/') || reply.getHeader('content-encoding') !== undefined) {
      return payload
    }
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : ''
    const problem = contractViolation(
      request.method,
      request.routeOptions.url,
      reply.statusCode,
      String(reply.getHeader('content-type') ?? ''),
      body,
    )
    if (problem !== undefined) {
      violations.push(problem)
    }
    return payload
  })
  return () => violations
}
