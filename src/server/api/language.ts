// SPDX-License-Identifier: EUPL-1.2
// The language of an API answer's texts (ADR 0011): `lang` when given, else the best of
// Accept-Language that we speak, else Dutch. Codes and params never depend on it.
import { Type } from '@sinclair/typebox'
import { isLocale, LOCALES, type Locale } from '../../messages/catalogue.ts'

export const LangField = Type.Optional(
  Type.Unsafe<Locale>({
    type: 'string',
    enum: [...LOCALES],
    description:
      'Language of the texts beside each code (message, question, label): nl or en. Without it, Accept-Language decides; default nl.',
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

export function answerLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  return isLocale(lang) ? lang : (acceptedLocale(acceptLanguage) ?? 'nl')
}
