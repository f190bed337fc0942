// SPDX-License-Identifier: EUPL-1.2
// Building blocks shared by every entity schema. Each schema here is plain JSON Schema (TypeBox),
// so the same definition yields the TypeScript type, the data-file schema and the API schema.
import { Type, type Static, type TSchema, type TObject, type TProperties, type TUnsafe } from '@sinclair/typebox'

/** Stable kebab-case identifier; also the file name of the record in data/. */
export const Id = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 80,
  description: 'Stable kebab-case identifier (lowercase letters, digits and single hyphens).',
})

/** Calendar date, ISO 8601 (YYYY-MM-DD). */
export const IsoDate = Type.String({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'Calendar date as YYYY-MM-DD.',
})

export const STATUSES = ['sourced', 'derived', 'unverified'] as const
export const Status = literalUnion(
  STATUSES,
  'How firm the record is: sourced (stated by the cited source), derived (our own reasoning from sources), unverified (not checked against a source).',
)
export type Status = Static<typeof Status>

export const NonEmptyText = Type.String({ minLength: 1, maxLength: 4000 })
export const ShortText = Type.String({ minLength: 1, maxLength: 300 })

/** The English counterparts a record can carry, by the name of its Dutch field (ADR 0027). */
export const ENGLISH_TEXT_FIELDS = [
  'name',
  'shortName',
  'description',
  'summary',
  'text',
  'role',
  'eligibility',
  'amount',
  'routingNotes',
  'instrument',
  'requirement',
  'why',
  'decisiveDate',
  'definition',
  'title',
  'how',
  'note',
] as const
export type EnglishTextField = (typeof ENGLISH_TEXT_FIELDS)[number]

/**
 * Dutch lists of short texts whose English sits under `en` by the list's name, item by item in the
 * same order (`signals` → `en.signals`); one translation status covers the list (ADR 0027).
 */
export const ENGLISH_LIST_FIELDS = ['signals', 'opportunities', 'evidenceExamples'] as const
export type EnglishListField = (typeof ENGLISH_LIST_FIELDS)[number]

export const TRANSLATION_STATUS = Type.Unsafe<'machine' | 'reviewed'>({
  type: 'string',
  enum: ['machine', 'reviewed'],
  description:
    'machine: not yet checked by a person fluent in English (also when one of us wrote it); reviewed: checked against the Dutch by such a person.',
})
export type TranslationStatus = Static<typeof TRANSLATION_STATUS>

/** The English of a Dutch list of short texts: as many items as the Dutch list, in its order. */
const EnglishList = Type.Array(ShortText, {
  description: 'English of the Dutch list of the same name, item by item in the same order (as many items).',
})

/** English renderings of a record's texts; Dutch is the primary language of the dataset. */
export const English = Type.Object(
  {
    name: Type.Optional(ShortText),
    shortName: Type.Optional(ShortText),
    description: Type.Optional(NonEmptyText),
    summary: Type.Optional(NonEmptyText),
    text: Type.Optional(NonEmptyText),
    role: Type.Optional(ShortText),
    eligibility: Type.Optional(NonEmptyText),
    amount: Type.Optional(ShortText),
    routingNotes: Type.Optional(NonEmptyText),
    instrument: Type.Optional(NonEmptyText),
    requirement: Type.Optional(NonEmptyText),
    why: Type.Optional(NonEmptyText),
    decisiveDate: Type.Optional(NonEmptyText),
    definition: Type.Optional(NonEmptyText),
    title: Type.Optional(ShortText),
    how: Type.Optional(ShortText),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    signals: Type.Optional(EnglishList),
    opportunities: Type.Optional(EnglishList),
    evidenceExamples: Type.Optional(EnglishList),
    synonyms: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 120 }), {
        uniqueItems: true,
        description: 'Other English names people search for (e.g. forced labour), as `synonyms` is for Dutch.',
      }),
    ),
    translation: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(TRANSLATION_STATUS),
          shortName: Type.Optional(TRANSLATION_STATUS),
          description: Type.Optional(TRANSLATION_STATUS),
          summary: Type.Optional(TRANSLATION_STATUS),
          text: Type.Optional(TRANSLATION_STATUS),
          role: Type.Optional(TRANSLATION_STATUS),
          eligibility: Type.Optional(TRANSLATION_STATUS),
          amount: Type.Optional(TRANSLATION_STATUS),
          routingNotes: Type.Optional(TRANSLATION_STATUS),
          instrument: Type.Optional(TRANSLATION_STATUS),
          requirement: Type.Optional(TRANSLATION_STATUS),
          why: Type.Optional(TRANSLATION_STATUS),
          decisiveDate: Type.Optional(TRANSLATION_STATUS),
          definition: Type.Optional(TRANSLATION_STATUS),
          title: Type.Optional(TRANSLATION_STATUS),
          how: Type.Optional(TRANSLATION_STATUS),
          note: Type.Optional(TRANSLATION_STATUS),
          signals: Type.Optional(TRANSLATION_STATUS),
          opportunities: Type.Optional(TRANSLATION_STATUS),
          evidenceExamples: Type.Optional(TRANSLATION_STATUS),
        },
        {
          additionalProperties: false,
          description:
            'Translation status per English text (issue 15). A text without a status counts as machine: nobody claimed a review.',
        },
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'English texts for the record (optional), each with its translation status.',
  },
)

/** Fields every curated record carries: provenance and validity in time. */
export const provenanceFields = {
  status: Status,
  sources: Type.Array(Id, {
    minItems: 1,
    uniqueItems: true,
    description: 'Ids of records in data/sources that support this record (at least one).',
  }),
  validFrom: Type.Optional({ ...IsoDate, description: 'First day on which the record holds (inclusive).' }),
  validTo: Type.Optional({ ...IsoDate, description: 'First day on which the record no longer holds (exclusive).' }),
  verifiedAt: Type.Optional({
    ...IsoDate,
    description: 'The day an editor last checked the record against its sources; absent when it was never re-checked.',
  }),
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'Editorial note, e.g. why a record is derived.' })),
}

/** An object schema that rejects unknown fields: nothing in data/ is coerced or ignored silently. */
export function strictObject<P extends TProperties>(
  properties: P,
  options: { $id?: string; title?: string; description?: string } = {},
): TObject<P> {
  return Type.Object(properties, { additionalProperties: false, ...options })
}

/**
 * A closed list of strings, emitted as a JSON Schema `enum` (clearer errors and OpenAPI than anyOf).
 */
export function literalUnion<const T extends readonly string[]>(values: T, description?: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({
    type: 'string',
    enum: [...values],
    ...(description === undefined ? {} : { description }),
  })
}

export type { Static, TSchema }
