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
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }))
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
