// SPDX-License-Identifier: EUPL-1.2
// Turns untrusted input (a JSON body, query-string fields, a CLI file) into a normalised Scenario
// plus the case's flags and events, or into a list of errors that each name the field, in English
// and Dutch. Route, wizard, planner and API all read a scenario here, so a field is named and
// checked the same way everywhere; the groups (minor/adult, NL/EU/third country) are derived here once.
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
import { countryName, matchCountry } from '../country-names.ts'
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

export interface ScenarioError {
  /** The input field the problem is about (top-level name, e.g. "age"). */
  readonly path: string
  readonly message: string
  readonly messageNl: string
}

export interface ParseContext {
  /** Known CBS municipality codes (a Set, or a Map keyed by code). */
  readonly municipalities: { has(code: string): boolean }
  /** When given, a municipality may also be named ("Den Haag", "Weesp"); it must name exactly one. */
  readonly names?: MunicipalityNames
  /** Default for asOf, YYYY-MM-DD. */
  readonly today: string
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
  const fail = (path: string, message: string, messageNl: string): undefined => {
    errors.push({ path, message, messageNl })
    return undefined
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    fail(
      'scenario',
      'the scenario must be a JSON object with at least the field exploitation',
      'het scenario moet een JSON-object zijn met minstens het veld exploitation',
    )
    return { ok: false, errors }
  }
  const raw = input as Record<string, unknown>
  for (const key of Object.keys(raw)) {
    if (!FIELD_SET.has(key)) {
      fail(
        key,
        `unknown field; allowed fields: ${SCENARIO_FIELDS.join(', ')}`,
        `onbekend veld; toegestaan zijn: ${SCENARIO_FIELDS.join(', ')}`,
      )
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
      return fail(field, 'given more than once; give it once', 'meer dan eens opgegeven; geef het veld één keer op')
    }
    return v
  }
  const text = (field: Field, v: unknown): string | undefined =>
    typeof v === 'string'
      ? v
      : fail(field, `must be text, got ${describe(v)}`, `moet tekst zijn, maar is ${describeNl(v)}`)
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
      return fail(
        field,
        `'${s}' is not allowed; use one of: ${values.join(', ')}`,
        `'${s}' is niet toegestaan; kies uit: ${values.join(', ')}`,
      )
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
      fail(
        'ageGroup',
        `'${ageGroupIn}' disagrees with age ${age} (${fromAge}); give one of the two or make them agree`,
        `'${ageGroupIn}' klopt niet met leeftijd ${age} (${fromAge === 'minor' ? 'minderjarig' : 'meerderjarig'}); geef één van beide of laat ze overeenkomen`,
      )
    }
    if (ageGroupIn === undefined) {
      derived.push('ageGroup')
    }
    ageGroup = fromAge
  }
  let unaccompanied = unaccompaniedIn
  if (breaksRule('unaccompanied-only-minor', { ageGroup, unaccompanied: unaccompaniedIn })) {
    fail(
      'unaccompanied',
      `only a minor can be unaccompanied, but ${age === undefined ? 'ageGroup is adult' : `age is ${age}`}`,
      `alleen een minderjarige kan alleenstaand zijn, maar ${age === undefined ? 'ageGroup is adult' : `de leeftijd is ${age}`}`,
    )
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
      fail(
        'nationalityGroup',
        `'${nationalityGroupIn}' disagrees with nationality ${nationality} (${fromCountry})`,
        `'${nationalityGroupIn}' klopt niet met nationaliteit ${nationality} (${fromCountry})`,
      )
    }
    if (nationalityGroupIn === undefined) {
      derived.push('nationalityGroup')
    }
    nationalityGroup = fromCountry
  }
  if (breaksRule('residence-only-non-dutch', { nationalityGroup, residence })) {
    fail(
      'residence',
      'applies to non-Dutch victims only; leave it out for a Dutch national',
      'geldt alleen voor slachtoffers zonder Nederlandse nationaliteit; laat het weg bij een Nederlander',
    )
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

type Fail = (path: string, message: string, messageNl: string) => undefined

function parseAge(v: unknown, query: boolean, fail: Fail): number | undefined {
  if (v === undefined) {
    return undefined
  }
  let n: unknown = v
  if (query && typeof v === 'string') {
    n = /^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : v
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_AGE) {
    return fail(
      'age',
      `must be a whole number from 0 to ${MAX_AGE}, got ${describe(v)}`,
      `moet een geheel getal van 0 tot en met ${MAX_AGE} zijn, maar is ${describeNl(v)}`,
    )
  }
  return n
}

function parseNationality(v: unknown, fail: Fail): string | undefined {
  if (v === undefined) {
    return undefined
  }
  const example = 'an ISO 3166-1 code such as NL, RO or CN, or a country name such as China, Roemenië or Romania'
  const exampleNl = 'een landcode zoals NL, RO of CN (ISO 3166-1) of een land, zoals China, Roemenië of Chinees'
  if (typeof v !== 'string' || v.trim().length < 2 || v.length > 60) {
    return fail(
      'nationality',
      `must be ${example}, got ${describe(v)}`,
      `moet ${exampleNl} zijn, maar is ${describeNl(v)}`,
    )
  }
  const match = matchCountry(v)
  switch (match.kind) {
    case 'code':
      return match.code
    case 'ambiguous': {
      const list = match.codes.map((c) => `${c} (${countryName(c, 'en')})`).join(', ')
      const listNl = match.codes.map((c) => `${c} (${countryName(c, 'nl')})`).join(', ')
      return fail(
        'nationality',
        `'${v}' fits more than one country: ${list}; give the code`,
        `'${v}' past bij meer dan één land: ${listNl}; geef de landcode`,
      )
    }
    case 'unknown':
      return fail(
        'nationality',
        `'${v}' is not a country we know${match.suggestion === undefined ? '.' : `; did you mean '${match.suggestion}'?`} Give ${example}.`,
        `'${v}' is geen land dat wij kennen${match.suggestion === undefined ? '.' : `; bedoelt u '${match.suggestion}'?`} Geef ${exampleNl}.`,
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
  return fail(
    'unaccompanied',
    `must be true or false, got ${describe(v)}`,
    `moet true of false zijn, maar is ${describeNl(v)}`,
  )
}

function parseExploitation(v: unknown, query: boolean, fail: Fail): ExploitationFormId[] | undefined {
  const allowed = EXPLOITATION_FORMS.join(', ')
  let items: unknown[]
  if (v === undefined || (query && v === '')) {
    return fail(
      'exploitation',
      `is required: give at least one form (${allowed})`,
      `is verplicht: geef minstens één vorm van uitbuiting (${allowed})`,
    )
  }
  if (query && (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) {
    items = (Array.isArray(v) ? v : [v])
      .flatMap((s: string) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '')
  } else if (Array.isArray(v)) {
    items = v
  } else {
    return fail(
      'exploitation',
      `must be a list of forms such as ["sexual"], got ${describe(v)}`,
      `moet een lijst van vormen zijn, zoals ["sexual"], maar is ${describeNl(v)}`,
    )
  }
  if (items.length === 0) {
    return fail(
      'exploitation',
      `needs at least one form (${allowed})`,
      `noem minstens één vorm van uitbuiting (${allowed})`,
    )
  }
  const seen = new Set<string>()
  let bad = false
  for (const item of items) {
    if (typeof item !== 'string' || !(EXPLOITATION_FORMS as readonly string[]).includes(item)) {
      fail(
        'exploitation',
        `${describe(item)} is not a form of exploitation; use: ${allowed}`,
        `${describeNl(item)} is geen vorm van uitbuiting; kies uit: ${allowed}`,
      )
      bad = true
    } else if (seen.has(item)) {
      fail('exploitation', `'${item}' is listed twice`, `'${item}' staat er twee keer in`)
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
      const list = hits.map((h) => `${h.municipality.id} (${h.municipality.name})`).join(', ')
      return fail(
        'municipality',
        `'${v}' names more than one municipality: ${list}; give the CBS code`,
        `'${v}' past bij meer dan één gemeente: ${list}; geef de CBS-code`,
      )
    }
    return fail(
      'municipality',
      `no municipality or place called '${v}'; give a municipality name or a CBS code such as GM0344`,
      `geen gemeente of plaats met de naam '${v}'; geef een gemeentenaam of een CBS-code zoals GM0344`,
    )
  }
  if (typeof v !== 'string' || !/^GM\d{4}$/i.test(v)) {
    return fail(
      'municipality',
      `must be a CBS municipality code such as GM0344, got ${describe(v)}`,
      `moet een CBS-gemeentecode zijn, zoals GM0344, maar is ${describeNl(v)}`,
    )
  }
  const code = v.toUpperCase()
  if (!ctx.municipalities.has(code)) {
    return fail('municipality', `unknown municipality code '${v}'`, `onbekende gemeentecode '${v}'`)
  }
  return code
}

function describe(v: unknown): string {
  if (typeof v === 'string') {
    return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`
  }
  if (v === null) {
    return 'null'
  }
  if (Array.isArray(v)) {
    return 'a list'
  }
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`
}

function describeNl(v: unknown): string {
  if (typeof v === 'string') {
    return describe(v)
  }
  if (v === null) {
    return 'null'
  }
  if (Array.isArray(v)) {
    return 'een lijst'
  }
  if (typeof v === 'object') {
    return 'een object'
  }
  return typeof v === 'number'
    ? `het getal ${String(v)}`
    : typeof v === 'boolean'
      ? `de waarde ${String(v)}`
      : String(v)
}
