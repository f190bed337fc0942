// SPDX-License-Identifier: EUPL-1.2
// Request schemas of the self-scan API. Bodies are checked with a strict validator of our own
// (every error at once, unknown fields rejected), not Fastify's default, which drops unknown fields.
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { English, strictObject } from '../../../domain/common.ts'
import { MunicipalityCode } from '../../../domain/region.ts'
import { ScanAnswers } from '../../../domain/basisniveau/answers.ts'
import { OVERVIEW_GROUPINGS } from '../../../domain/basisniveau/overview.ts'
import { VERDICTS } from '../../../domain/basisniveau/score.ts'
import { literalUnion } from '../../../domain/common.ts'
import { describeSchemaErrors } from '../../../data/dataset/schema-errors.ts'
import type { ErrorDetail } from '../../errors.ts'

const Version = Type.Integer({
  minimum: 1,
  description: 'The version of the scan you edited (from the last GET or change).',
})

export const CreateScanBody = strictObject({
  municipality: MunicipalityCode,
  answers: Type.Optional(ScanAnswers),
  startFrom: Type.Optional(
    literalUnion(
      ['latest-published'],
      'Start from the municipality’s latest published scan: its answers and evidence are copied, each marked carriedFrom until confirmed. Not together with answers.',
    ),
  ),
})
export type CreateScanBody = Static<typeof CreateScanBody>

export const UpdateScanBody = strictObject({ version: Type.Optional(Version), answers: ScanAnswers })
export type UpdateScanBody = Static<typeof UpdateScanBody>

export const PublishScanBody = strictObject({ version: Type.Optional(Version) })
export type PublishScanBody = Static<typeof PublishScanBody>

export const WithdrawScanBody = strictObject({
  reason: Type.String({
    minLength: 3,
    maxLength: 500,
    pattern: '\\S',
    description: 'Why the municipality withdraws it; shown with the withdrawn publication.',
  }),
})
export type WithdrawScanBody = Static<typeof WithdrawScanBody>

export const PublicationsQuery = Type.Object(
  { municipality: Type.Optional({ ...MunicipalityCode, description: 'Only this municipality (CBS code).' }) },
  { additionalProperties: false },
)
export type PublicationsQuery = Static<typeof PublicationsQuery>

/** 24 random bytes in base64url are 32 characters. */
export const ScanParams = Type.Object(
  { id: Type.String({ pattern: '^[A-Za-z0-9_-]{32}$' }) },
  { additionalProperties: false },
)
export type ScanParams = Static<typeof ScanParams>

export const OverviewQuery = Type.Object(
  {
    by: Type.Optional(
      literalUnion(
        OVERVIEW_GROUPINGS,
        'Group by RIEC region (default), zorgcoördinatie region, police unit or safety region.',
      ),
    ),
  },
  { additionalProperties: false },
)
export type OverviewQuery = Static<typeof OverviewQuery>

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
// verbose: errors carry the value that was sent, so messages can show it.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }))
const compiled = new Map<TSchema, ValidateFunction>()

/** Checks a body against a schema; returns the value typed, or details that name each field. */
export function checkBody<S extends TSchema>(
  schema: S,
  body: unknown,
): { ok: true; value: Static<S> } | { ok: false; details: ErrorDetail[] } {
  let validate = compiled.get(schema)
  if (validate === undefined) {
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, details: [{ path: '/', message: 'the body must be a JSON object' }] }
  }
  if (validate(body)) {
    return { ok: true, value: body as Static<S> }
  }
  return {
    ok: false,
    details: describeSchemaErrors(validate.errors ?? []).map((e) => ({
      path: e.pointer === '' ? '/' : e.pointer,
      message: e.hint === undefined ? e.message : `${e.message} (${e.hint})`,
    })),
  }
}

// ── Responses ────────────────────────────────────────────────────────────────────────────────
const nullable = (type: 'string' | 'integer', description?: string) =>
  Type.Unsafe<string | number | null>({ type: [type, 'null'], ...(description === undefined ? {} : { description }) })

const nullableNumber = (description?: string) =>
  Type.Unsafe<number | null>({
    type: ['number', 'null'],
    minimum: 0,
    maximum: 1,
    ...(description === undefined ? {} : { description }),
  })
const nullablePercent = (description?: string) =>
  Type.Unsafe<number | null>({
    type: ['integer', 'null'],
    minimum: 0,
    maximum: 100,
    ...(description === undefined ? {} : { description }),
  })
const Level = literalUnion(
  ['niet', 'deels', 'voldoet', 'onbekend'],
  'voldoet at 100 %, deels from 50 %, niet below 50 %; onbekend when nothing could be scored.',
)
const PartScore = Type.Object(
  {
    score: nullableNumber(),
    percent: nullablePercent(),
    level: Level,
    questions: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
)
const Ids = (description: string) => Type.Array(Type.String(), { description })

const ElementScore = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    score: nullableNumber('Mean over the scored questions; null when none could be scored.'),
    percent: nullablePercent(),
    level: Level,
    answered: Type.Integer({ minimum: 0 }),
    questions: Type.Integer({ minimum: 0 }),
    open: Ids('Ids of questions without an answer.'),
    notApplicable: Ids('Ids of questions answered nvt (left out of the score).'),
    unknown: Ids('Ids of questions answered weet-niet (left out of the score).'),
    minimum: Type.Optional({ ...PartScore, description: 'The questions of the basisniveau proper.' }),
    beyond: Type.Optional({ ...PartScore, description: 'The questions beyond the minimum, scored apart.' }),
  },
  { additionalProperties: false },
)

const ScanScoreSchema = Type.Object(
  {
    elements: Type.Array(ElementScore),
    overall: Type.Object(
      {
        score: Type.Number({ minimum: 0, maximum: 1 }),
        percent: Type.Integer({ minimum: 0, maximum: 100 }),
        answered: Type.Integer({ minimum: 0 }),
        questions: Type.Integer({ minimum: 0 }),
        complete: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    minimum: Type.Object(
      {
        verdict: literalUnion(VERDICTS, 'The verdict on the basisniveau proper (docs/basisniveau.md).'),
        provisional: Type.Boolean({ description: 'A minimum question is open or weet-niet: never voldoet.' }),
        score: nullableNumber(),
        percent: nullablePercent(),
        questions: Type.Integer({ minimum: 0 }),
        met: Type.Integer({ minimum: 0, description: 'Minimum questions answered voldoet or nvt.' }),
        elementsBelowHalf: Ids('Codes of minimum elements below 50 %: each makes the verdict voldoet-niet.'),
        open: Ids('Minimum questions without an answer.'),
        unknown: Ids('Minimum questions answered weet-niet.'),
      },
      { additionalProperties: false },
    ),
    beyond: Type.Object(
      { score: nullableNumber(), percent: nullablePercent(), questions: Type.Integer({ minimum: 0 }) },
      { additionalProperties: false, description: 'Everything beyond the minimum, scored apart; no verdict.' },
    ),
  },
  {
    additionalProperties: false,
    description:
      'Per element the mean of its scored answers (niet 0, deels ½, voldoet 1; nvt and weet-niet left out), the verdict on the minimum and the part beyond it.',
  },
)

const PublisherRoleSchema = Type.Unsafe<'municipality' | 'national-editor' | null>({
  type: ['string', 'null'],
  enum: ['municipality', 'national-editor', null],
  description: 'The role it was published with; null for scans published before roles were recorded.',
})

const PublisherOfScan = Type.Object(
  {
    role: PublisherRoleSchema,
    organisation: { ...nullable('string'), description: 'The municipality (CBS code) of a municipal role.' },
    withdrawnAt: nullable('string'),
    withdrawnReason: nullable('string'),
  },
  { additionalProperties: false },
)

/** One publication in a municipality's history. */
export const PublicationSchema = Type.Object(
  {
    publishedAt: Type.String(),
    year: Type.Integer({ description: 'Calendar year (Europe/Amsterdam) of the publication.' }),
    role: PublisherRoleSchema,
    organisation: { ...nullable('string'), description: 'The municipality (CBS code) of a municipal role.' },
    percent: Type.Integer({ minimum: 0, maximum: 100 }),
    minimumPercent: nullablePercent(),
    verdict: Type.Unsafe<string | null>({ type: ['string', 'null'], enum: [...VERDICTS, null] }),
    withdrawnAt: nullable('string'),
    withdrawnReason: nullable('string'),
  },
  { additionalProperties: false },
)

export const PublicationsSchema = Type.Object(
  {
    municipalities: Type.Array(
      Type.Object(
        { code: Type.String(), name: nullable('string'), publications: Type.Array(PublicationSchema) },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'ScanPublications', title: 'Publications of the self-scan', additionalProperties: false },
)

export const ScanResource = Type.Object(
  {
    id: Type.String({ description: 'The key to the scan: whoever has it can change a draft.' }),
    link: Type.String({ description: 'The web page of the scan.' }),
    municipality: Type.Object({ code: Type.String(), name: nullable('string') }, { additionalProperties: false }),
    status: literalUnion(['draft', 'published', 'withdrawn']),
    version: Type.Integer({ minimum: 1, description: 'Send it back with a change (PUT, publish).' }),
    answers: ScanAnswers,
    score: ScanScoreSchema,
    createdAt: Type.String(),
    updatedAt: Type.String(),
    publishedAt: nullable('string'),
    publication: Type.Union([Type.Null(), PublisherOfScan], {
      description: 'Who published it (a role, not a person) and its withdrawal; null for a draft.',
    }),
  },
  { $id: 'Scan', title: 'Self-scan', additionalProperties: false },
)

export const ScanReport = Type.Object(
  {
    id: Type.String(),
    status: literalUnion(['draft', 'published', 'withdrawn']),
    version: Type.Integer({ minimum: 1 }),
  },
  {
    $id: 'ScanReport',
    title: 'Self-scan report',
    description:
      'The scan with its score and verdict, three priorities, change since the previous published scan, regional comparison, questions not counted, next steps per question answered niet or deels, helpers and regional contacts with phone numbers.',
    additionalProperties: true,
  },
)

const AverageSchema = Type.Object(
  {
    percent: nullablePercent('Whole percent; null when n is 0.'),
    n: Type.Integer({ minimum: 0, description: 'The number of scans the mean is taken over.' }),
  },
  { additionalProperties: false },
)

export const RegionalOverviewSchema = Type.Object(
  {
    by: literalUnion(OVERVIEW_GROUPINGS),
    regions: Type.Array(
      Type.Object(
        {
          region: Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false }),
          municipalities: Type.Integer({ minimum: 0 }),
          published: Type.Integer({ minimum: 0 }),
          average: { ...AverageSchema, description: 'Mean overall percentage of the published scans, with n.' },
          minimumAverage: { ...AverageSchema, description: 'Mean percentage on the minimum, with n.' },
          verdicts: Type.Object(
            {
              voldoet: Type.Integer({ minimum: 0 }),
              'voldoet-deels': Type.Integer({ minimum: 0 }),
              'voldoet-niet': Type.Integer({ minimum: 0 }),
            },
            { additionalProperties: false },
          ),
          elements: Type.Array(
            Type.Object(
              { code: Type.String(), name: Type.String(), average: AverageSchema, en: Type.Optional(English) },
              { additionalProperties: false },
            ),
          ),
          scans: Type.Array(
            Type.Object(
              {
                municipality: Type.String(),
                name: Type.String(),
                percent: Type.Integer({ minimum: 0, maximum: 100 }),
                minimumPercent: nullablePercent(),
                verdict: Type.Unsafe<string | null>({ type: ['string', 'null'], enum: [...VERDICTS, null] }),
                publishedAt: Type.String(),
                publisher: Type.Union(
                  [
                    Type.Null(),
                    Type.Object(
                      { role: PublisherRoleSchema, organisation: nullable('string') },
                      { additionalProperties: false },
                    ),
                  ],
                  { description: 'Who stands behind the latest publication (a role, not a person).' },
                ),
                history: Type.Array(PublicationSchema, {
                  description: 'Every publication of this municipality, newest first, withdrawn ones included.',
                }),
              },
              { additionalProperties: false },
            ),
          ),
          withoutScan: Type.Array(
            Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
            { description: 'Municipalities of the region without a published scan.' },
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'RegionalOverview', title: 'Regional overview of published self-scans', additionalProperties: false },
)
