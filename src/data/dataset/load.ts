// SPDX-License-Identifier: EUPL-1.2
// Loads the curated dataset from data/ and checks all of it: YAML syntax, schemas, ids, dates and
// references. Never throws on bad data: it returns every problem at once, with file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { ENTITIES, ENTITY_KEYS, type Dataset, type EntityKey, type Reference } from '../../domain/entities.ts'
import { isCalendarDate } from '../../domain/validity.ts'
import { parseYamlFile, type ParsedFile } from './yaml-file.ts'
import { describeSchemaErrors } from './schema-errors.ts'
import { sortProblems, type Problem } from './problem.ts'
import { semanticProblems } from './semantic-checks.ts'

export interface LoadResult {
  readonly dataset: Dataset
  readonly problems: Problem[]
  /** Where each record was read from, for follow-up checks: key `<entity>/<id>`. */
  readonly locations: ReadonlyMap<string, RecordLocation>
}

export interface RecordLocation {
  readonly file: ParsedFile
  readonly relPath: string
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

let validators: Map<EntityKey, ValidateFunction> | undefined
/** One compiled schema validator per entity type (also used by record-check.ts for single records). */
export function getValidators(): Map<EntityKey, ValidateFunction> {
  if (validators === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false, verbose: true })
    addFormats(ajv)
    validators = new Map(ENTITY_KEYS.map((k) => [k, ajv.compile(ENTITIES[k].schema)]))
  }
  return validators
}

export function loadDataset(dataDir: string, cwd: string = process.cwd()): LoadResult {
  const problems: Problem[] = []
  const locations = new Map<string, RecordLocation>()
  const records: Record<string, unknown[]> = {}
  const validate = getValidators()

  for (const key of ENTITY_KEYS) {
    const def = ENTITIES[key]
    const dir = join(dataDir, def.dir)
    records[key] = []
    for (const name of listDir(dir)) {
      const path = join(dir, name)
      const relPath = displayPath(cwd, path)
      if (!/\.ya?ml$/.test(name)) {
        problems.push({
          file: relPath,
          line: 1,
          column: 1,
          message: `unexpected file in data/${def.dir}`,
          hint: 'data files end in .yaml',
        })
        continue
      }
      const file = parseYamlFile(relPath, readFileSync(path, 'utf8'))
      if (file.syntaxErrors.length > 0) {
        for (const e of file.syntaxErrors) {
          problems.push({ file: relPath, line: e.line, column: e.column, message: `YAML syntax error: ${e.message}` })
        }
        continue
      }
      const check = validate.get(key)
      if (check === undefined) {
        continue
      }
      if (!check(file.value)) {
        for (const fe of describeSchemaErrors(check.errors ?? [])) {
          const pos = file.locate(fe.pointer, fe.atKey)
          problems.push({
            file: relPath,
            ...pos,
            message: fe.message,
            ...(fe.hint === undefined ? {} : { hint: fe.hint }),
          })
        }
        if (file.value !== null && typeof file.value === 'object') {
          problems.push(...dateRangeProblems(file, relPath, file.value))
        }
        continue
      }
      const record = file.value as { id: string }
      const expected = name.replace(/\.ya?ml$/, '')
      if (record.id !== expected) {
        problems.push({
          file: relPath,
          ...file.locate('/id'),
          message: `id '${record.id}' does not match the file name`,
          hint: `rename the file to ${record.id}.yaml or set id: ${expected}`,
        })
      }
      const locKey = `${key}/${record.id}`
      const earlier = locations.get(locKey)
      if (earlier !== undefined) {
        problems.push({
          file: relPath,
          ...file.locate('/id'),
          message: `duplicate ${def.label} id '${record.id}'`,
          hint: `also defined in ${earlier.relPath}`,
        })
        continue
      }
      problems.push(...dateProblems(file, relPath, record), ...dateRangeProblems(file, relPath, record))
      locations.set(locKey, { file, relPath })
      records[key]?.push(record)
    }
  }

  for (const key of ENTITY_KEYS) {
    ;(records[key] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  const dataset = records as unknown as Dataset
  problems.push(...referenceProblems(dataset, locations))
  problems.push(
    ...semanticProblems(dataset, (key, id, pointer) => {
      const loc = locations.get(`${key}/${id}`)
      return loc === undefined ? { file: key, line: 1, column: 1 } : { file: loc.relPath, ...loc.file.locate(pointer) }
    }),
  )
  return { dataset, problems: sortProblems(problems), locations }
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  return rel === '' || rel.startsWith('..') ? path : rel
}

function listDir(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) {
      return []
    }
  } catch {
    return []
  }
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
}

function dateProblems(file: ParsedFile, relPath: string, record: object): Problem[] {
  const r = record as { validFrom?: string; validTo?: string }
  const out: Problem[] = []
  for (const field of ['validFrom', 'validTo'] as const) {
    const v = r[field]
    if (v !== undefined && !isCalendarDate(v)) {
      out.push({ file: relPath, ...file.locate(`/${field}`), message: `${field} is not a real calendar date: ${v}` })
    }
  }
  return out
}

function dateRangeProblems(file: ParsedFile, relPath: string, record: object): Problem[] {
  const r = record as { validFrom?: unknown; validTo?: unknown }
  const out: Problem[] = []
  if (typeof r.validFrom === 'string' && typeof r.validTo === 'string' && r.validFrom >= r.validTo) {
    out.push({
      file: relPath,
      ...file.locate('/validTo'),
      message: `validity range is reversed or empty: validFrom ${r.validFrom} is not before validTo ${r.validTo}`,
      hint: 'validFrom is inclusive, validTo exclusive',
    })
  }
  return out
}

function referenceProblems(dataset: Dataset, locations: ReadonlyMap<string, RecordLocation>): Problem[] {
  const ids = new Map<EntityKey, Map<string, unknown>>()
  for (const key of ENTITY_KEYS) {
    ids.set(key, new Map((dataset[key] as readonly { id: string }[]).map((r) => [r.id, r])))
  }
  const out: Problem[] = []
  for (const key of ENTITY_KEYS) {
    const def = ENTITIES[key]
    for (const record of dataset[key] as readonly { id: string }[]) {
      const loc = locations.get(`${key}/${record.id}`)
      if (loc === undefined) {
        continue
      }
      const refs: Reference[] = (def.references as (r: unknown) => Reference[])(record)
      for (const ref of refs) {
        const target = ids.get(ref.target)?.get(ref.id)
        const pos = loc.file.locate(ref.pointer)
        if (target === undefined) {
          out.push({
            file: loc.relPath,
            ...pos,
            message: `unknown ${ENTITIES[ref.target].label} '${ref.id}'`,
            hint: `no file data/${ENTITIES[ref.target].dir}/${ref.id}.yaml`,
          })
        } else if (ref.regionKind !== undefined && (target as { kind: string }).kind !== ref.regionKind) {
          out.push({
            file: loc.relPath,
            ...pos,
            message: `region '${ref.id}' is a ${(target as { kind: string }).kind}, expected a ${ref.regionKind}`,
          })
        }
      }
    }
  }
  return out
}
