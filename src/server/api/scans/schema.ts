// SPDX-License-Identifier: EUPL-1.2
// Request schemas of the self-scan API. Bodies are checked with a strict validator of our own
// (every error at once, unknown fields rejected), not Fastify's default, which drops unknown fields.
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { strictObject } from '../../../domain/common.ts'
import { MunicipalityCode } from '../../../domain/region.ts'
import { ScanAnswers } from '../../../domain/basisniveau/answers.ts'
import { OVERVIEW_GROUPINGS } from '../../../domain/basisniveau/overview.ts'
import { literalUnion } from '../../../domain/common.ts'
import { describeSchemaErrors } from '../../../data/dataset/schema-errors.ts'
import type { ErrorDetail } from '../../errors.ts'

const Version = Type.Integer({
  minimum: 1,
  description: 'The version of the scan you edited (from the last GET or change).',
})

export const CreateScanBody = strictObject({ municipality: MunicipalityCode, answers: Type.Optional(ScanAnswers) })
export type CreateScanBody = Static<typeof CreateScanBody>

export const UpdateScanBody = strictObject({ version: Type.Optional(Version), answers: ScanAnswers })
export type UpdateScanBody = Static<typeof UpdateScanBody>

export const PublishScanBody = strictObject({ version: Type.Optional(Version) })
export type PublishScanBody = Static<typeof PublishScanBody>

/** 24 random bytes in base64url are 32 characters. */
export const ScanParams = Type.Object(
  { id: Type.String({ pattern: '^[A-Za-z0-9_-]{32}$' }) },
  { additionalProperties: false },
)
export type ScanParams = Static<typeof ScanParams>

export const OverviewQuery = Type.Object(
  {
    by: Type.Optional(
      literalUnion(OVERVIEW_GROUPINGS, 'Group by RIEC region (default), police unit or safety region.'),
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

const ElementScore = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    score: Type.Number({ minimum: 0, maximum: 1 }),
    percent: Type.Integer({ minimum: 0, maximum: 100 }),
    level: literalUnion(['niet', 'deels', 'voldoet']),
    answered: Type.Integer({ minimum: 0 }),
    questions: Type.Integer({ minimum: 0 }),
    open: Type.Array(Type.String(), { description: 'Ids of questions without an answer.' }),
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
  },
  { additionalProperties: false, description: 'Per element the mean of its answers (niet 0, deels ½, voldoet 1).' },
)

export const ScanResource = Type.Object(
  {
    id: Type.String({ description: 'The key to the scan: whoever has it can change a draft.' }),
    link: Type.String({ description: 'The web page of the scan.' }),
    municipality: Type.Object({ code: Type.String(), name: nullable('string') }, { additionalProperties: false }),
    status: literalUnion(['draft', 'published']),
    version: Type.Integer({ minimum: 1, description: 'Send it back with a change (PUT, publish).' }),
    answers: ScanAnswers,
    score: ScanScoreSchema,
    createdAt: Type.String(),
    updatedAt: Type.String(),
    publishedAt: nullable('string'),
  },
  { $id: 'Scan', title: 'Self-scan', additionalProperties: false },
)

export const ScanReport = Type.Object(
  { id: Type.String(), status: literalUnion(['draft', 'published']), version: Type.Integer({ minimum: 1 }) },
  {
    $id: 'ScanReport',
    title: 'Self-scan report',
    description: 'The scan with its score, next steps per element not met, helpers and regional contacts.',
    additionalProperties: true,
  },
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
          averagePercent: nullable('integer', 'Mean overall percentage of the published scans; null when none.'),
          elements: Type.Array(
            Type.Object(
              { code: Type.String(), name: Type.String(), averagePercent: nullable('integer') },
              { additionalProperties: false },
            ),
          ),
          scans: Type.Array(
            Type.Object(
              {
                municipality: Type.String(),
                name: Type.String(),
                percent: Type.Integer({ minimum: 0, maximum: 100 }),
                publishedAt: Type.String(),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'RegionalOverview', title: 'Regional overview of published self-scans', additionalProperties: false },
)
