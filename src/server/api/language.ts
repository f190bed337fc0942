// SPDX-License-Identifier: EUPL-1.2
// The language of an API answer (ADRs 0011 and 0038): `lang` when given, else the best of
// Accept-Language that we speak, else Dutch. Every /api/v1 endpoint takes `lang`; an English
// answer has its dataset texts in English (src/domain/english.ts) and the texts beside codes rendered in
// English. Codes, params, ids and field names never depend on it.
import { Type, type TSchema } from '@sinclair/typebox'
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import { isLocale, LOCALES, type Locale } from '../../messages/catalogue.ts'
import { inEnglish } from '../../domain/english.ts'

export const LangField = Type.Optional(
  Type.Unsafe<Locale>({
    type: 'string',
    enum: [...LOCALES],
    description:
      'Language of the answer: nl (default) or en. Without it, Accept-Language decides. In English the dataset texts are the English ones (their `en` blocks stay, with the translation status) and the texts beside each code (message, question, label) are English; lang=nl gives the Dutch texts with their English beside them under `en` (ADR 0038).',
  }),
)

export const LangQuery = Type.Object({ lang: LangField }, { additionalProperties: false })

/** The first language of Accept-Language (by q, then order) that we speak. */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (header === undefined || header === '') {
    return undefined
  }
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q === undefined ? 1 : Number(q.slice(2))
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, order }
    })
    .filter((x) => x.weight > 0 && isLocale(x.lang))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
  const best = ranked[0]?.lang
  return isLocale(best) ? best : undefined
}

function answerLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  return isLocale(lang) ? lang : (acceptedLocale(acceptLanguage) ?? 'nl')
}

/** The language an API request is answered in. */
export function requestLocale(request: FastifyRequest): Locale {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang
  return answerLocale(typeof lang === 'string' ? lang : undefined, request.headers['accept-language'])
}

/** A route's query schema with `lang` added (kept as it is when it has `lang` or is no plain object). */
function withLang(schema: RouteOptions['schema']): RouteOptions['schema'] {
  const query = schema?.querystring as (TSchema & { properties?: Record<string, TSchema> }) | undefined
  if (query === undefined) {
    return { ...schema, querystring: LangQuery }
  }
  if (query.properties === undefined || 'lang' in query.properties) {
    return schema
  }
  return { ...schema, querystring: { ...query, properties: { ...query.properties, lang: LangField } } }
}

/**
 * Every route of the scope takes `lang` (registered before the routes, so the OpenAPI document
 * shows it), answers in the language asked with Content-Language, and varies on Accept-Language.
 */
export function registerAnswerLanguage(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    route.schema = withLang(route.schema)
  })
  app.addHook('preSerialization', async (request, _reply, payload) =>
    requestLocale(request) === 'en' ? inEnglish(payload) : payload,
  )
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('vary', varyWith(reply.getHeader('vary'), 'accept-language'))
    // An error's messages are English, its scenario details in the answer's language (docs/errors.md).
    const locale = requestLocale(request)
    if (!reply.hasHeader('content-language') && (reply.statusCode < 400 || locale === 'en')) {
      void reply.header('content-language', locale)
    }
    return payload
  })
}

function varyWith(current: unknown, header: string): string {
  const list = typeof current === 'string' && current !== '' ? current.split(',').map((s) => s.trim()) : []
  return list.some((h) => h.toLowerCase() === header) ? list.join(', ') : [...list, header].join(', ')
}
