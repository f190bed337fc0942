// SPDX-License-Identifier: EUPL-1.2
// Generates docs/data-model.md from the domain schemas, so the documentation cannot drift.
import type { TSchema } from '@sinclair/typebox'
import { ENTITIES, ENTITY_KEYS, type EntityKey } from '../domain/entities.ts'
import { Conditions } from '../domain/facets.ts'
import type { GeneratedFile } from './generated-file.ts'

interface JsonSchema {
  type?: string
  description?: string
  enum?: string[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  pattern?: string
  format?: string
  title?: string
  minItems?: number
}

function typeOf(s: JsonSchema): string {
  if (s.enum !== undefined) {
    return s.enum.map((v) => `\`${v}\``).join(' | ')
  }
  if (s.type === 'array') {
    return `list of ${s.items === undefined ? 'values' : typeOf(s.items)}`
  }
  if (s.type === 'object') {
    return 'object'
  }
  if (s.format === 'date') {
    return 'date (YYYY-MM-DD)'
  }
  return s.type ?? 'value'
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function fieldRows(schema: JsonSchema, prefix = ''): string[] {
  const required = new Set(schema.required ?? [])
  const rows: string[] = []
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`
    rows.push(
      `| \`${path}\` | ${escapeCell(typeOf(prop))} | ${required.has(name) ? 'yes' : ''} | ${escapeCell(prop.description ?? '')} |`,
    )
    if (
      prop.type === 'object' &&
      prop.properties !== undefined &&
      name !== 'conditions' &&
      name !== 'facets' &&
      name !== 'en'
    ) {
      rows.push(...fieldRows(prop, `${path}.`))
    }
    if (prop.type === 'array' && prop.items?.type === 'object') {
      rows.push(...fieldRows(prop.items, `${path}[].`))
    }
  }
  return rows
}

const TABLE_HEAD = ['| field | type | required | meaning |', '|---|---|---|---|']

function section(key: EntityKey): string[] {
  const def = ENTITIES[key]
  const schema = JSON.parse(JSON.stringify(def.schema)) as JsonSchema
  return [
    `## ${schema.title ?? def.label} — \`data/${def.dir}/<id>.yaml\``,
    '',
    schema.description ?? '',
    '',
    `JSON Schema: [\`schemas/${def.dir}.schema.json\`](../schemas/${def.dir}.schema.json)`,
    '',
    ...TABLE_HEAD,
    ...fieldRows(schema),
    '',
  ]
}

export function dataModelDoc(): GeneratedFile {
  const conditions = JSON.parse(JSON.stringify(Conditions as TSchema)) as JsonSchema
  const lines = [
    '<!-- @license CC0-1.0 -->',
    '<!-- GENERATED from src/domain by `npm run generate`; do not edit by hand. -->',
    '# Data model',
    '',
    'The curated dataset lives in `data/`, one YAML file per record, named after its id. Every',
    'record except a source carries `status` (`sourced`, `derived` or `unverified`), at least one',
    '`sources` id and optional validity dates (`validFrom` inclusive, `validTo` exclusive), so the',
    'data can answer any question "as of" a date. Unknown fields are errors; nothing is coerced.',
    '`npx wegwijzer validate` checks schemas, ids, dates and every reference between records.',
    '',
    '## Conditions (scenario facets)',
    '',
    'Responsibilities and rights say for whom they hold with `conditions`; victim categories are',
    'defined by the same facets. An absent facet imposes nothing; a listed facet holds when the',
    "scenario's value is listed (for exploitation: when one of the scenario's forms is listed).",
    '',
    ...TABLE_HEAD,
    ...fieldRows(conditions),
    '',
    ...ENTITY_KEYS.flatMap(section),
  ]
  return { path: 'docs/data-model.md', content: `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n` }
}
