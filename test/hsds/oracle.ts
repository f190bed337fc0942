// SPDX-License-Identifier: EUPL-1.2
// The test oracle: Open Referral's official HSDS 3.0 JSON Schemas (test/fixtures/hsds-3.0, a copy
// of the published schemas), loaded into ajv (draft 2020-12) with formats, so an object can be
// checked against the schema of its type with every $ref resolved.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

export const OFFICIAL_DIR = join(import.meta.dirname, '../fixtures/hsds-3.0/schema')

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))

/** The official schema of each object type, as published (JSON). */
export const OFFICIAL: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(
  readdirSync(OFFICIAL_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'openapi.json')
    .map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(OFFICIAL_DIR, f), 'utf8')) as Record<string, unknown>,
    ]),
)
for (const [type, schema] of Object.entries(OFFICIAL)) {
  const { $schema: _s, ...rest } = schema
  ajv.addSchema({ ...rest, $id: `${type}.json` })
}

function validator(type: string): ValidateFunction {
  const validate = ajv.getSchema(`${type}.json`)
  if (validate === undefined) {
    throw new Error(`no official schema for ${type}`)
  }
  return validate
}

/** The errors of `object` against the official schema of `type` (empty when valid). */
export function officialErrors(type: string, object: unknown): string[] {
  const validate = validator(type)
  return validate(object) ? [] : [ajv.errorsText(validate.errors)]
}

/** Every invalid object of a list, as "type id: errors" (empty when all are valid). */
export function invalidObjects(type: string, objects: readonly unknown[]): string[] {
  return objects.flatMap((o) =>
    officialErrors(type, o).map((e) => `${type} ${String((o as { id?: unknown }).id)}: ${e}`),
  )
}

/** The one-to-one (tabular) fields of an official schema, in its order. */
export function officialColumns(type: string): string[] {
  const properties = (OFFICIAL[type]?.['properties'] ?? {}) as Record<string, { type?: string; $ref?: string }>
  return Object.entries(properties)
    .filter(([, p]) => p.type !== 'array' && p.type !== 'object' && p.$ref === undefined)
    .map(([name]) => name)
}
