// SPDX-License-Identifier: EUPL-1.2
// The scenario as it travels in the URL of the wizard and the route page: which fields belong to
// which wizard step, the canonical (shareable) query string, and the parse through the route engine.
import { matchCountry } from '../../../domain/country-names.ts'
import type { Catalog } from '../../../domain/catalog/index.ts'
import {
  parseContextOf,
  parseScenario,
  SCENARIO_FIELDS,
  type RouteIndex,
  type ScenarioError,
} from '../../../domain/route/index.ts'
import { ageGroupOfAge, nationalityGroupOf, residenceApplies, unaccompaniedApplies } from '../../../domain/facets.ts'
import type { Scenario } from '../../../domain/scenario.ts'
import type { PageRequest } from '../../routing.ts'

export type ScenarioField = (typeof SCENARIO_FIELDS)[number]

/** Step 1: what the route cannot do without (form) and what decides the follow-up questions. */
export const STEP1_FIELDS = [
  'asker',
  'exploitation',
  'ageGroup',
  'age',
  'nationalityGroup',
  'nationality',
] as const satisfies readonly ScenarioField[]
export const STEP2_FIELDS = [
  'residence',
  'unaccompanied',
  'gender',
  'recruitment',
  'cooperation',
  'municipality',
  'asOf',
] as const satisfies readonly ScenarioField[]

/** The query field that moves the wizard from step 1 to step 2. */
export const STEP_FIELD = 'stap'

const FIELD_SET: ReadonlySet<string> = new Set(SCENARIO_FIELDS)
const STEP2_SET: ReadonlySet<string> = new Set(STEP2_FIELDS)

/** The scenario fields of a request as text (exploitation as a list), plus fields we do not know. */
export interface ScenarioQueryValues {
  readonly values: Partial<Record<ScenarioField, string>>
  readonly exploitation: readonly string[]
  readonly unknownFields: readonly string[]
}

export function readScenarioQuery(request: PageRequest): ScenarioQueryValues {
  return scenarioQueryValues(request.query)
}

/** The same from parsed query fields (as Fastify gives them: text, or a list for a repeated field). */
export function scenarioQueryValues(
  query: Readonly<Record<string, string | readonly string[] | undefined>>,
): ScenarioQueryValues {
  const values: Partial<Record<ScenarioField, string>> = {}
  const exploitation: string[] = []
  const unknownFields: string[] = []
  for (const [key, raw] of Object.entries(query)) {
    if (key === STEP_FIELD) {
      continue
    }
    if (!FIELD_SET.has(key)) {
      unknownFields.push(key)
      continue
    }
    const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
    if (key === 'exploitation') {
      exploitation.push(
        ...list
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      )
    } else if (list[0] !== undefined && list[0].trim() !== '') {
      // A repeated field counts once: radio buttons and selects never send two values.
      values[key as ScenarioField] = list[0].trim()
    }
  }
  return { values, exploitation, unknownFields }
}

/** Residence is asked only for non-Dutch nationals; a value already given stays visible. */
export function residenceRelevant(q: ScenarioQueryValues): boolean {
  const match = q.values.nationality === undefined ? undefined : matchCountry(q.values.nationality)
  return (
    residenceApplies(q.values.nationalityGroup) &&
    (match?.kind !== 'code' || residenceApplies(nationalityGroupOf(match.code)))
  )
}

/** "Unaccompanied" is asked only for minors (or when the age is not known at all). */
export function unaccompaniedRelevant(q: ScenarioQueryValues): boolean {
  const age = q.values.age === undefined ? undefined : Number(q.values.age)
  if (age !== undefined && Number.isInteger(age)) {
    return unaccompaniedApplies(ageGroupOfAge(age))
  }
  return unaccompaniedApplies(q.values.ageGroup)
}

/** The canonical query string (fields in a fixed order, empty ones left out), with leading '?'. */
export function scenarioSearch(q: ScenarioQueryValues, override: Partial<Record<ScenarioField, string>> = {}): string {
  const p = new URLSearchParams()
  // The form first: it is the one required answer, and it makes shared addresses readable.
  for (const form of q.exploitation) {
    p.append('exploitation', form)
  }
  for (const field of SCENARIO_FIELDS) {
    const v = field === 'exploitation' ? undefined : field in override ? override[field] : q.values[field]
    if (v !== undefined && v !== '') {
      p.append(field, v)
    }
  }
  const s = p.toString()
  return s === '' ? '' : `?${s}`
}

export type ParsedScenarioQuery =
  | { readonly ok: true; readonly scenario: Scenario; readonly index: RouteIndex }
  | { readonly ok: false; readonly errors: readonly ScenarioError[]; readonly index: RouteIndex }

/** Parses the values through the route engine; unknown fields are reported by their own name. */
export function parseScenarioQuery(catalog: Catalog, today: string, q: ScenarioQueryValues): ParsedScenarioQuery {
  const index = catalog.routeIndex
  const input: Record<string, string | string[]> = {
    ...q.values,
    ...(q.exploitation.length === 0 ? {} : { exploitation: [...q.exploitation] }),
  }
  const parsed = parseScenario(input, parseContextOf(index, today), { fromQuery: true })
  const unknown: ScenarioError[] = q.unknownFields.map((f) => ({
    path: f,
    code: 'scenario.error.unknown-field',
    params: { allowed: SCENARIO_FIELDS },
  }))
  if (parsed.ok && unknown.length === 0) {
    return { ok: true, scenario: parsed.scenario, index }
  }
  return { ok: false, errors: [...unknown, ...(parsed.ok ? [] : parsed.errors)], index }
}

/** The wizard step an error belongs to: step 2 only for the step-2 fields. */
export function stepOfError(error: ScenarioError): 1 | 2 {
  return STEP2_SET.has(error.path) ? 2 : 1
}
