// SPDX-License-Identifier: EUPL-1.2
// Builds the OpenAPI 3.1 document from the routes the API plugin registered: the same schemas that
// validate requests and serialise responses, so the document cannot drift from the code.
import { ERROR_CODES, type ErrorCode } from '../errors.ts'
import { ErrorBody } from './refs.ts'

declare module 'fastify' {
  interface FastifySchema {
    /** See RouteSchema.requestBody. */
    requestBody?: unknown
    /** See RouteSchema.errors. */
    errors?: readonly ErrorCode[]
    /** See RouteSchema.summary. */
    summary?: string
  }
}

export interface ApiRoute {
  readonly method: string
  /** Full URL as registered, including the prefix (e.g. /api/v1/parties/:id). */
  readonly url: string
  readonly prefix: string
  readonly schema: RouteSchema
  readonly produces: readonly string[]
}

/** The keys of a Fastify route schema this generator reads (summary etc. are ignored by Fastify). */
export interface RouteSchema {
  readonly summary?: string
  readonly description?: string
  readonly tags?: readonly string[]
  readonly querystring?: unknown
  readonly params?: unknown
  readonly body?: unknown
  /**
   * A request body the handler validates itself (with messages that show the value sent) rather
   * than Fastify: documented like `body`, not compiled into Fastify's validation.
   */
  readonly requestBody?: unknown
  readonly response?: Readonly<Record<string | number, unknown>>
  /** Error codes this route can answer with beyond those every route of its kind has. */
  readonly errors?: readonly ErrorCode[]
  /** Example request paths (GET) or bodies (POST) for the docs page. */
  readonly examples?: readonly unknown[]
  /** Media types of the 200 response when not JSON (used for 406 and the document). */
  readonly produces?: readonly string[]
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export const API_VERSION = '1.0.0'
/** Where the API is mounted; the OpenAPI server URL. */
export const API_PREFIX = '/api/v1'

const TAGS: readonly { name: string; description: string }[] = [
  {
    name: 'route',
    description: 'De route voor een scenario: wie doet wat, welke rechten gelden. / The route for a scenario.',
  },
  {
    name: 'parties',
    description: 'Partijen in de keten en hun verantwoordelijkheden. / Parties and their responsibilities.',
  },
  { name: 'phases', description: 'Fasen en aspecten van het organogram. / Phases and aspects of the organogram.' },
  { name: 'rights', description: 'Rechten en regelingen. / Rights and regulations.' },
  { name: 'indicators', description: 'Signalen van mensenhandel. / Signals of trafficking.' },
  {
    name: 'municipalities',
    description: "Gemeenten, regio's en regionale partijen. / Municipalities, regions, regional parties.",
  },
  { name: 'sources', description: 'Bronnen achter elk gegeven. / Sources behind every fact.' },
  {
    name: 'vocabulary',
    description: 'Categorieën slachtoffers en vormen van uitbuiting. / Victim categories and exploitation forms.',
  },
  { name: 'search', description: 'Zoeken in de hele dataset. / Search the dataset.' },
  {
    name: 'municipal-instruments',
    description: 'Barrièremodel, basisniveau en zelfscans. / Barrier model, basisniveau, self-scans.',
  },
  { name: 'meta', description: 'Deze documentatie. / This documentation.' },
  {
    name: 'hsds',
    description:
      'Open Referral HSDS 3.0: het register als organisaties, diensten, werkgebieden en taxonomieën, onder /api/hsds/v3. / The register as HSDS 3.0 (docs/hsds.md).',
  },
]

/**
 * Plain JSON of a schema (TypeBox symbols dropped). A sub-schema with an $id (Route, Party,
 * Scenario, …) becomes a $ref into components/schemas, so each appears once in the document.
 */
class Components {
  readonly schemas = new Map<string, Json>()

  plain(schema: unknown): Json {
    return this.#walk(JSON.parse(JSON.stringify(schema ?? {})) as Json)
  }

  /** Like plain, but the top level stays inline (its sub-schemas may still become $refs). */
  inline(schema: unknown): Json {
    const plain = this.plain(schema)
    const ref = (plain as { $ref?: unknown } | null)?.$ref
    return typeof ref === 'string' ? (this.schemas.get(ref.replace('#/components/schemas/', '')) ?? plain) : plain
  }

  #walk(value: Json): Json {
    if (Array.isArray(value)) {
      return value.map((v) => this.#walk(v))
    }
    if (value === null || typeof value !== 'object') {
      return value
    }
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(value)) {
      if (k !== '$id') {
        out[k] = this.#walk(v)
      }
    }
    const id = value['$id']
    if (typeof id !== 'string' || !/^[A-Za-z0-9._-]+$/.test(id)) {
      return out
    }
    const known = this.schemas.get(id)
    if (known === undefined) {
      this.schemas.set(id, out)
    } else if (JSON.stringify(known) !== JSON.stringify(out)) {
      return out // two different schemas share an id: keep this one inline rather than lie
    }
    return { $ref: `#/components/schemas/${id}` }
  }
}

/** Plain JSON of a schema without $id (for callers outside a document). */
export function plainSchema(schema: unknown): Json {
  return new Components().plain(schema)
}

const openApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}') || '/'

/** The path of a route relative to its scope's prefix (the document's server or its own). */
const scopePath = (route: ApiRoute): string => openApiPath(route.url.slice(route.prefix.length))

function operationId(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((s) => s !== '')
    .map((seg) => {
      const param = /^\{(.+)\}$/.exec(seg)
      const text = param === null ? seg : `by-${param[1] ?? ''}`
      return text
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w[0]?.toUpperCase() + w.slice(1))
        .join('')
    })
  return method.toLowerCase() + words.join('')
}

function parameters(c: Components, schema: unknown, where: 'query' | 'path'): Json[] {
  const s = c.inline(schema) as { properties?: Record<string, JsonObject>; required?: string[] }
  return Object.entries(s.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property
    const isArray = JSON.stringify(rest).includes('"array"')
    return {
      name,
      in: where,
      required: where === 'path' || (s.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
      ...(isArray ? { style: 'form', explode: true } : {}),
    }
  })
}

function errorResponse(codes: readonly ErrorCode[]): Json {
  return {
    description: codes.map((c) => `${c}: ${ERROR_CODES[c].message}`).join(' '),
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  }
}

function operation(c: Components, route: ApiRoute): JsonObject {
  const s = route.schema
  const path = scopePath(route)
  const responses: JsonObject = {}
  for (const [status, schema] of Object.entries(s.response ?? {})) {
    responses[status] = {
      description: status === '201' ? 'Created' : 'OK',
      content: { [route.produces[0] ?? 'application/json']: { schema: c.plain(schema) } },
    }
  }
  if (Object.keys(responses).length === 0) {
    responses['200'] = { description: 'OK', content: { [route.produces[0] ?? 'application/json']: { schema: {} } } }
  }
  if (route.method === 'GET') {
    responses['304'] = { description: 'Not modified: the If-None-Match header matched the ETag.' }
  }
  const byStatus = new Map<number, ErrorCode[]>()
  const add = (code: ErrorCode): void => {
    const status = ERROR_CODES[code].status
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  add('WGW_VALIDATION')
  if (s.params !== undefined) {
    add('WGW_NOT_FOUND')
  }
  if (route.method !== 'GET') {
    add('WGW_BAD_JSON')
    add('WGW_BODY_TOO_LARGE')
    add('WGW_UNSUPPORTED_MEDIA_TYPE')
  }
  add('WGW_NOT_ACCEPTABLE')
  for (const code of s.errors ?? []) {
    if (!(byStatus.get(ERROR_CODES[code].status) ?? []).includes(code)) {
      add(code)
    }
  }
  // Any request may be shed under load (src/server/protection.ts).
  add('WGW_OVERLOADED')
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    responses[String(status)] ??= errorResponse(codes)
  }
  responses['default'] = errorResponse(['WGW_INTERNAL'])
  const tag =
    s.tags?.[0] ?? (/barriers|basisniveau|scans/.test(path) ? 'municipal-instruments' : (path.split('/')[1] ?? 'meta'))
  return {
    // Another scope's operations are named with its prefix (/api/hsds/v3 → getHsdsV3Services).
    operationId: operationId(
      route.method,
      route.prefix === API_PREFIX ? path : `${route.prefix.replace(/^\/api/, '')}${path}`,
    ),
    summary: s.summary ?? `${route.method} ${path}`,
    ...(s.description === undefined ? {} : { description: s.description }),
    tags: [tag],
    parameters: [
      ...(s.params === undefined ? [] : parameters(c, s.params, 'path')),
      ...(s.querystring === undefined ? [] : parameters(c, s.querystring, 'query')),
    ],
    ...((s.body ?? s.requestBody) === undefined
      ? {}
      : {
          requestBody: {
            required: route.method !== 'POST' || !/\/publish$/.test(path),
            content: { 'application/json': { schema: c.plain(s.body ?? s.requestBody) } },
          },
        }),
    responses,
    ...(s.examples === undefined ? {} : { 'x-examples': c.plain(s.examples) }),
  }
}

export function buildOpenApiDocument(routes: readonly ApiRoute[], serverUrl: string): JsonObject {
  const paths: Record<string, JsonObject> = {}
  const components = new Components()
  const sorted = [...routes].sort((a, b) =>
    a.url < b.url ? -1 : a.url > b.url ? 1 : a.method < b.method ? -1 : a.method > b.method ? 1 : 0,
  )
  for (const route of sorted) {
    const path = scopePath(route)
    // A route of another scope (the HSDS API) says where it lives with a path-level server.
    const servers: JsonObject = route.prefix === serverUrl ? {} : { servers: [{ url: route.prefix }] }
    const known = paths[path]
    if (
      known !== undefined &&
      JSON.stringify(known['servers'] ?? null) !== JSON.stringify(servers['servers'] ?? null)
    ) {
      throw new Error(`two API scopes both have the path ${path}`)
    }
    paths[path] = { ...servers, ...(known ?? {}), [route.method.toLowerCase()]: operation(components, route) }
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Wegwijzer mensenhandel API',
      version: API_VERSION,
      summary: 'Het nationaal verwijsmechanisme mensenhandel als open data: wie doet wat, voor wie, op grond waarvan.',
      description:
        'Open data about the Dutch national referral mechanism for human trafficking: parties, responsibilities per phase and aspect, rights, ' +
        'signals, municipalities and the route for a scenario. Every record carries its sources and a status (sourced, derived, unverified). ' +
        'Errors always have the shape {"error":{"code","message","details":[{"path","message"}]}}; the codes are listed in docs/errors.md. ' +
        'Lists are paginated (page, per_page ≤ 100) with RFC 8288 Link headers; GET responses carry a strong ETag and allow any origin (CORS). ' +
        'Language (ADR 0038): every endpoint takes lang=nl|en, else Accept-Language, else Dutch, and answers with Content-Language. ' +
        'In English every dataset text is the English one in the same field (names of organisations and places and legal citations stay as they are); ' +
        'a record keeps its `en` block, so a text is English when `en` has it, with its status in `en.translation` (route items: `translation`). ' +
        'In Dutch a record gives its Dutch texts with the English beside them under `en`: ask lang=nl for both languages.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: serverUrl }],
    tags: TAGS.filter((t) =>
      Object.values(paths).some((ops) =>
        Object.values(ops).some((op) => JSON.stringify((op as JsonObject)['tags']) === JSON.stringify([t.name])),
      ),
    ).map((t) => ({ ...t })),
    paths,
    components: {
      schemas: {
        Error: components.plain(ErrorBody),
        ...Object.fromEntries([...components.schemas].sort(([a], [b]) => (a < b ? -1 : 1))),
      },
    },
  }
}
