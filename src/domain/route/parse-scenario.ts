// SPDX-License-Identifier: EUPL-1.2
// Turns untrusted input (a JSON body, query-string fields, a CLI file) into a normalised Scenario
// plus the case's flags and events, or into a list of errors that each name the field, as codes
// with the given value (scenario-errors.ts; the edge words them). Route, wizard, planner and API all
// read a scenario here, so a field is named and checked the same way everywhere; the groups
// (minor/adult, NL/EU/third country) are derived here once.
import {
  FACETS,
  EXPLOITATION_FORMS,
  ageGroupOfAge,
  breaksRule,
  nationalityGroupOf,
  residenceApplies,
  unaccompaniedApplies,
  type AgeGroup,
  type ExploitationFormId,
  type NationalityGroup,
} from '../facets.ts'
import { matchCountry } from '../country-names.ts'
import {
  MAX_AGE,
  OPEN_FACETS,
  SCENARIO_FIELDS,
  type CaseFacts,
  type OpenFacet,
  type Scenario,
  type ScenarioFieldName,
} from '../scenario.ts'
import { checkCase, parseEvents } from '../trajectory/parse-events.ts'
import { ASKERS } from '../asker.ts'
import type { MunicipalityNames } from '../municipality-names.ts'
import type { RouteIndex } from './route-index.ts'
import { failInto, given, noParams, type Fail, type ScenarioError } from '../scenario-errors.ts'

export type { ScenarioError }

export interface ParseContext {
  /** Known CBS municipality codes (a Set, or a Map keyed by code). */
  readonly municipalities: { has(code: string): boolean }
  /** When given, a municipality may also be named ("Den Haag", "Weesp"); it must name exactly one. */
  readonly names?: MunicipalityNames
  /** Default for asOf, YYYY-MM-DD. */
  readonly today: string
}

/** The context of a route index: its municipalities by code and by name, on `today`. */
export function parseContextOf(
  index: Pick<RouteIndex, 'municipalities' | 'municipalityNames'>,
  today: string,
): ParseContext {
  return { municipalities: index.municipalities, names: index.municipalityNames, today }
}

export interface ParseOptions {
  /** Input comes from a query string or form: values are text, exploitation may repeat or use commas. */
  readonly fromQuery?: boolean
  /** The route cannot do without a form of exploitation; the planner can (default true). */
  readonly requireExploitation?: boolean
}

export type ParseResult =
  | {
      readonly ok: true
      /** The facets; `exploitation` is empty only when it was not required and not given. */
      readonly scenario: Scenario
      /** The situation flags and events the planner reads (the route ignores them). */
      readonly case: CaseFacts
    }
  | { readonly ok: false; readonly errors: ScenarioError[] }

export { SCENARIO_FIELDS }
type Field = ScenarioFieldName
const FIELD_SET: ReadonlySet<string> = new Set(SCENARIO_FIELDS)
const LISTS: ReadonlySet<string> = new Set(['exploitation', 'renewals'])

export function parseScenario(input: unknown, ctx: ParseContext, options: ParseOptions = {}): ParseResult {
  const errors: ScenarioError[] = []
  const fail = failInto(errors)
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    fail('scenario', 'scenario.error.not-object', noParams)
    return { ok: false, errors }
  }
  const raw = input as Record<string, unknown>
  for (const key of Object.keys(raw)) {
    if (!FIELD_SET.has(key)) {
      fail(key, 'scenario.error.unknown-field', { allowed: SCENARIO_FIELDS })
    }
  }
  const query = options.fromQuery === true
  // In query mode an empty field is an untouched form control: it means "unknown".
  const value = (field: Field): unknown => {
    const v = raw[field]
    if (query && v === '') {
      return undefined
    }
    if (query && !LISTS.has(field) && Array.isArray(v)) {
      return fail(field, 'scenario.error.repeated', noParams)
    }
    return v
  }
  const text = (field: Field, v: unknown): string | undefined =>
    typeof v === 'string' ? v : fail(field, 'scenario.error.not-text', { given: given(v) })
  const oneOf = <T extends string>(field: Field, values: readonly T[]): T | undefined => {
    const v = value(field)
    if (v === undefined) {
      return undefined
    }
    const s = text(field, v)
    if (s === undefined) {
      return undefined
    }
    if (!(values as readonly string[]).includes(s)) {
      return fail(field, 'scenario.error.not-allowed', { given: given(s), allowed: values })
    }
    return s as T
  }

  const age = parseAge(value('age'), query, fail)
  const ageGroupIn = oneOf('ageGroup', FACETS.ageGroup.values)
  const nationality = parseNationality(value('nationality'), fail)
  const nationalityGroupIn = oneOf('nationalityGroup', FACETS.nationalityGroup.values)
  const residence = oneOf('residence', FACETS.residence.values)
  const gender = oneOf('gender', FACETS.gender.values)
  const required = options.requireExploitation !== false
  const exploitation =
    !required && (raw.exploitation === undefined || (query && raw.exploitation === ''))
      ? []
      : parseExploitation(raw.exploitation, query, fail)
  const recruitment = oneOf('recruitment', FACETS.recruitment.values)
  const unaccompaniedIn = parseBoolean(value('unaccompanied'), query, fail)
  const cooperationIn = oneOf('cooperation', FACETS.cooperation.values)
  const municipality = parseMunicipality(value('municipality'), ctx, fail)
  const asker = oneOf('asker', ASKERS)
  const events = parseEvents(value, fail, query)
  const asOf = (events.asOf as string | undefined) ?? ctx.today

  const derived: string[] = []
  // Age group: from age, checked against a given ageGroup; an unaccompanied person is a minor.
  let ageGroup: AgeGroup | undefined = ageGroupIn
  if (age !== undefined) {
    const fromAge: AgeGroup = ageGroupOfAge(age)
    if (ageGroupIn !== undefined && ageGroupIn !== fromAge) {
      fail('ageGroup', 'scenario.error.age-group-disagrees', { ageGroup: ageGroupIn, age, fromAge })
    }
    if (ageGroupIn === undefined) {
      derived.push('ageGroup')
    }
    ageGroup = fromAge
  }
  let unaccompanied = unaccompaniedIn
  if (breaksRule('unaccompanied-only-minor', { ageGroup, unaccompanied: unaccompaniedIn })) {
    fail('unaccompanied', 'scenario.error.unaccompanied-adult', age === undefined ? {} : { age })
  }
  if (unaccompaniedIn === true && ageGroup === undefined) {
    ageGroup = 'minor'
    derived.push('ageGroup')
  }
  if (unaccompaniedIn === undefined && !unaccompaniedApplies(ageGroup)) {
    unaccompanied = false
    derived.push('unaccompanied')
  }

  // Nationality group: from the country, checked against a given group.
  let nationalityGroup: NationalityGroup | undefined = nationalityGroupIn
  if (nationality !== undefined) {
    const fromCountry = nationalityGroupOf(nationality)
    if (nationalityGroupIn !== undefined && nationalityGroupIn !== fromCountry) {
      fail('nationalityGroup', 'scenario.error.nationality-group-disagrees', {
        nationalityGroup: nationalityGroupIn,
        nationality,
        fromCountry,
      })
    }
    if (nationalityGroupIn === undefined) {
      derived.push('nationalityGroup')
    }
    nationalityGroup = fromCountry
  }
  if (breaksRule('residence-only-non-dutch', { nationalityGroup, residence })) {
    fail('residence', 'scenario.error.residence-dutch', noParams)
  }

  // Cooperation: a witness who reported, or a report date, means the person reported.
  let cooperation = cooperationIn
  if (cooperation === undefined && (events.witness === true || events.report !== undefined)) {
    cooperation = 'reporting'
    derived.push('cooperation')
  }

  if (exploitation === undefined || errors.length > 0) {
    return { ok: false, errors }
  }
  const caseFacts = Object.fromEntries(
    Object.entries(events).filter(([k, v]) => v !== undefined && k !== 'asOf'),
  ) as CaseFacts
  checkCase(
    {
      ...caseFacts,
      ...(nationalityGroup === undefined ? {} : { nationalityGroup }),
      ...(residence === undefined ? {} : { residence }),
      ...(cooperationIn === undefined ? {} : { cooperation: cooperationIn }),
      asOf,
    },
    fail,
  )
  if (errors.length > 0) {
    return { ok: false, errors }
  }
  const scenario: Scenario = {
    ...(age === undefined ? {} : { age }),
    ...(ageGroup === undefined ? {} : { ageGroup }),
    ...(nationality === undefined ? {} : { nationality }),
    ...(nationalityGroup === undefined ? {} : { nationalityGroup }),
    ...(residence === undefined ? {} : { residence }),
    ...(gender === undefined ? {} : { gender }),
    exploitation,
    ...(recruitment === undefined ? {} : { recruitment }),
    ...(unaccompanied === undefined ? {} : { unaccompanied }),
    ...(cooperation === undefined ? {} : { cooperation }),
    ...(municipality === undefined ? {} : { municipality }),
    ...(asker === undefined ? {} : { asker }),
    asOf,
    derived,
    unknown: [],
  }
  scenario.unknown = unknownFacets(scenario)
  return { ok: true, scenario, case: caseFacts }
}

/** Facets still open: residence is not open for Dutch nationals, unaccompanied not for adults. */
function unknownFacets(s: Scenario): OpenFacet[] {
  return OPEN_FACETS.filter((f) => {
    if (f === 'residence') {
      return s.residence === undefined && residenceApplies(s.nationalityGroup)
    }
    return s[f] === undefined
  })
}

function parseAge(v: unknown, query: boolean, fail: Fail): number | undefined {
  if (v === undefined) {
    return undefined
  }
  let n: unknown = v
  if (query && typeof v === 'string') {
    n = /^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : v
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_AGE) {
    return fail('age', 'scenario.error.age', { given: given(v), max: MAX_AGE })
  }
  return n
}

function parseNationality(v: unknown, fail: Fail): string | undefined {
  if (v === undefined) {
    return undefined
  }
  if (typeof v !== 'string' || v.trim().length < 2 || v.length > 60) {
    return fail('nationality', 'scenario.error.nationality', { given: given(v) })
  }
  const match = matchCountry(v)
  switch (match.kind) {
    case 'code':
      return match.code
    case 'ambiguous':
      return fail('nationality', 'scenario.error.nationality-ambiguous', { given: given(v), codes: match.codes })
    case 'unknown':
      return fail(
        'nationality',
        'scenario.error.nationality-unknown',
        match.suggestion === undefined ? { given: given(v) } : { given: given(v), suggestion: match.suggestion },
      )
  }
}

function parseBoolean(v: unknown, query: boolean, fail: Fail): boolean | undefined {
  if (v === undefined) {
    return undefined
  }
  if (typeof v === 'boolean') {
    return v
  }
  if (query && (v === 'true' || v === 'false')) {
    return v === 'true'
  }
  return fail('unaccompanied', 'scenario.error.not-boolean', { given: given(v) })
}

function parseExploitation(v: unknown, query: boolean, fail: Fail): ExploitationFormId[] | undefined {
  const allowed = EXPLOITATION_FORMS
  let items: unknown[]
  if (v === undefined || (query && v === '')) {
    return fail('exploitation', 'scenario.error.exploitation-missing', { allowed })
  }
  if (query && (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) {
    items = (Array.isArray(v) ? v : [v])
      .flatMap((s: string) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '')
  } else if (Array.isArray(v)) {
    items = v
  } else {
    return fail('exploitation', 'scenario.error.exploitation-not-list', { given: given(v) })
  }
  if (items.length === 0) {
    return fail('exploitation', 'scenario.error.exploitation-empty', { allowed })
  }
  const seen = new Set<string>()
  let bad = false
  for (const item of items) {
    if (typeof item !== 'string' || !(EXPLOITATION_FORMS as readonly string[]).includes(item)) {
      fail('exploitation', 'scenario.error.exploitation-unknown', { given: given(item), allowed })
      bad = true
    } else if (seen.has(item)) {
      fail('exploitation', 'scenario.error.exploitation-twice', { given: given(item) })
      bad = true
    } else {
      seen.add(item)
    }
  }
  return bad ? undefined : EXPLOITATION_FORMS.filter((f) => seen.has(f))
}

function parseMunicipality(v: unknown, ctx: ParseContext, fail: Fail): string | undefined {
  if (v === undefined) {
    return undefined
  }
  if (typeof v === 'string' && !/^GM\d{4}$/i.test(v) && ctx.names !== undefined && v.length <= 100) {
    const hits = ctx.names.exact(v)
    const [only] = hits
    if (hits.length === 1 && only !== undefined) {
      return only.municipality.id
    }
    if (hits.length > 1) {
      return fail('municipality', 'scenario.error.municipality-ambiguous', {
        given: given(v),
        matches: hits.map((h) => ({ id: h.municipality.id, name: h.municipality.name })),
      })
    }
    return fail('municipality', 'scenario.error.municipality-name-unknown', { given: given(v) })
  }
  if (typeof v !== 'string' || !/^GM\d{4}$/i.test(v)) {
    return fail('municipality', 'scenario.error.municipality-code', { given: given(v) })
  }
  const code = v.toUpperCase()
  if (!ctx.municipalities.has(code)) {
    return fail('municipality', 'scenario.error.municipality-unknown', { given: given(v) })
  }
  return code
}
