// SPDX-License-Identifier: EUPL-1.2
// The planner's part of reading a scenario: the situation flags and the event dates (types, and
// that they fit together: dates in a possible order, flags that belong to the situation). The
// scenario parser calls these for every instrument, so a case the planner would refuse is refused
// with the same field and message by the route too.
import { isCalendarDate } from '../validity.ts'
import { CASE_OUTCOMES, MAX_RENEWALS, REFLECTION_END_REASONS, type ScenarioFieldName } from '../scenario.ts'
import { periodLastDay } from './calendar.ts'
import type { ParsedTrajectoryInput } from './input.ts'

type Fail = (path: string, message: string, messageNl: string) => undefined

/** Dutch names of the fields, for messages a counsellor reads. */
export const FIELD_LABELS_NL: Readonly<Record<ScenarioFieldName, string>> = {
  age: 'leeftijd',
  ageGroup: 'leeftijdsgroep',
  nationality: 'nationaliteit',
  nationalityGroup: 'nationaliteitsgroep',
  gender: 'gender',
  unaccompanied: 'alleenstaande minderjarige',
  residence: 'verblijfssituatie',
  exploitation: 'vorm van uitbuiting',
  recruitment: 'wervingsmethode',
  cooperation: 'houding tegenover het strafproces',
  municipality: 'gemeente',
  asker: 'wie vraagt',
  euResidenceRight: 'verblijfsrecht op grond van EU-recht',
  witness: 'getuige-aangever',
  refusedEntry: 'geweigerd aan de grens',
  detentionConsent: 'instemming OM en politie (bewaring)',
  presenceNeeded: 'aanwezigheid nodig voor het onderzoek (Dublin)',
  firstSignal: 'eerste signaal',
  reflectionStart: 'begin bedenktijd',
  reflectionEnd: 'einde bedenktijd',
  reflectionEndReason: 'reden einde bedenktijd',
  report: 'aangifte of medewerking',
  permitGranted: 'vergunning verleend',
  renewals: 'verlengingen',
  prosecutionDecision: 'vervolgingsbeslissing OM',
  caseOutcome: 'uitkomst strafzaak',
  caseOutcomeDate: 'datum uitkomst strafzaak',
  asOf: 'plandatum',
}

export const FLAG_FIELDS = [
  'euResidenceRight',
  'unaccompanied',
  'witness',
  'refusedEntry',
  'detentionConsent',
  'presenceNeeded',
] as const
export const DATE_FIELDS = [
  'firstSignal',
  'reflectionStart',
  'reflectionEnd',
  'report',
  'permitGranted',
  'prosecutionDecision',
  'caseOutcomeDate',
  'asOf',
] as const
type DateField = (typeof DATE_FIELDS)[number]

/** Reads one field of the raw input (query rules applied); undefined when absent. */
export type FieldReader = (field: ScenarioFieldName) => unknown

/**
 * The event fields and the planner's flags, checked for type. Booleans of a query are "true" or
 * "false"; renewals may be a list or comma-separated text there.
 */
export function parseEvents(value: FieldReader, fail: Fail, query: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const oneOf = <T extends string>(field: ScenarioFieldName, values: readonly T[]): T | undefined => {
    const v = value(field)
    if (v === undefined) {
      return undefined
    }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      return fail(
        field,
        `${show(v)} is not allowed; use one of: ${values.join(', ')}`,
        `${show(v)} is niet toegestaan; kies uit: ${values.join(', ')}`,
      )
    }
    return v as T
  }
  const dateOf = (field: string, v: unknown): string | undefined => {
    if (typeof v !== 'string' || !isCalendarDate(v)) {
      return fail(
        field,
        `must be a real calendar date as YYYY-MM-DD, got ${show(v)}`,
        `moet een bestaande datum zijn in de vorm JJJJ-MM-DD, maar is ${show(v)}`,
      )
    }
    return v
  }
  out.reflectionEndReason = oneOf('reflectionEndReason', REFLECTION_END_REASONS)
  out.caseOutcome = oneOf('caseOutcome', CASE_OUTCOMES)
  for (const f of FLAG_FIELDS) {
    if (f === 'unaccompanied') {
      continue // a facet of the person: the scenario parser reads it
    }
    const v = value(f)
    if (v === undefined || typeof v === 'boolean') {
      out[f] = v
    } else if (query && (v === 'true' || v === 'false')) {
      out[f] = v === 'true'
    } else {
      fail(f, `must be true or false, got ${show(v)}`, `moet true of false zijn, maar is ${show(v)}`)
    }
  }
  for (const f of DATE_FIELDS) {
    const v = value(f)
    out[f] = v === undefined ? undefined : dateOf(f, v)
  }
  const renewalsRaw = value('renewals')
  if (renewalsRaw !== undefined) {
    const list = query
      ? (Array.isArray(renewalsRaw) ? (renewalsRaw as unknown[]) : [renewalsRaw])
          .flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
          .map((s) => (typeof s === 'string' ? s.trim() : s))
          .filter((s) => s !== '')
      : renewalsRaw
    if (!Array.isArray(list)) {
      fail(
        'renewals',
        `must be a list of dates, got ${show(renewalsRaw)}`,
        `moet een lijst van datums zijn, maar is ${show(renewalsRaw)}`,
      )
    } else if (list.length > MAX_RENEWALS) {
      fail('renewals', `at most ${MAX_RENEWALS} renewals`, `ten hoogste ${MAX_RENEWALS} verlengingen`)
    } else {
      const dates = (list as unknown[]).map((v, i) => dateOf(`renewals/${i}`, v))
      out.renewals = dates.every((x) => x !== undefined) ? dates : undefined
    }
  }
  return out
}

/** Facts that cannot be true together. Each error names the later (or the dependent) field. */
export function checkCase(i: ParsedTrajectoryInput, fail: Fail): void {
  const label = (f: keyof typeof FIELD_LABELS_NL) => `${f} (${FIELD_LABELS_NL[f]})`
  if (i.euResidenceRight !== undefined && i.nationalityGroup !== undefined && i.nationalityGroup !== 'eu') {
    fail(
      'euResidenceRight',
      'only applies to EU, EEA or Swiss citizens (nationalityGroup eu)',
      'geldt alleen voor burgers van de EU, EER of Zwitserland (nationalityGroup eu)',
    )
  }
  if (i.witness === true && i.cooperation !== undefined && i.cooperation !== 'reporting') {
    fail(
      'cooperation',
      `a witness who reported has cooperation 'reporting', not '${i.cooperation}'`,
      `een getuige-aangever heeft aangifte gedaan: cooperation is 'reporting', niet '${i.cooperation}'`,
    )
  }
  if (i.reflectionStart !== undefined) {
    if (i.witness === true) {
      fail(
        'reflectionStart',
        'a witness who reported gets no reflection period',
        'een getuige-aangever krijgt geen bedenktijd',
      )
    }
    if (i.residence === 'detained' && i.detentionConsent !== true) {
      fail(
        'detentionConsent',
        'in immigration detention a reflection period needs the consent of the OM and the police; set detentionConsent to true if they agreed',
        'in vreemdelingenbewaring is voor een bedenktijd instemming van OM en politie nodig; zet detentionConsent op true als zij instemden',
      )
    }
  }
  if (i.detentionConsent !== undefined && i.residence !== 'detained') {
    fail(
      'detentionConsent',
      "only applies in immigration detention (residence 'detained')",
      "geldt alleen in vreemdelingenbewaring (residence 'detained')",
    )
  }
  if (i.presenceNeeded !== undefined && i.residence !== 'dublin') {
    fail(
      'presenceNeeded',
      "only applies to Dublin claimants (residence 'dublin')",
      "geldt alleen voor Dublinclaimanten (residence 'dublin')",
    )
  }
  if (i.reflectionEnd !== undefined && i.reflectionStart === undefined) {
    fail(
      'reflectionEnd',
      'given without reflectionStart; give the first day of the reflection period too',
      'opgegeven zonder reflectionStart; geef ook de eerste dag van de bedenktijd',
    )
  }
  if (i.reflectionEndReason !== undefined && i.reflectionEnd === undefined) {
    fail(
      'reflectionEndReason',
      'given without reflectionEnd; give the day the reflection period ended',
      'opgegeven zonder reflectionEnd; geef de dag waarop de bedenktijd eindigde',
    )
  }
  if (i.caseOutcomeDate !== undefined && (i.caseOutcome === undefined || i.caseOutcome === 'pending')) {
    fail(
      'caseOutcomeDate',
      'given without a final caseOutcome (conviction, acquittal or dismissal)',
      'opgegeven zonder uitkomst van de strafzaak (conviction, acquittal of dismissal)',
    )
  }
  if (i.renewals !== undefined && i.renewals.length > 0 && i.permitGranted === undefined) {
    fail(
      'renewals',
      'a permit can only be renewed after it was granted; give permitGranted',
      'een vergunning kan pas worden verlengd als die is verleend; geef permitGranted',
    )
  }
  if (i.permitGranted !== undefined && i.cooperation === 'declined' && i.witness !== true) {
    fail(
      'permitGranted',
      "a B8 permit needs a report, cooperation or inability to cooperate, but cooperation is 'declined'",
      "een B8-vergunning vraagt aangifte, medewerking of niet kunnen meewerken, maar cooperation is 'declined'",
    )
  }

  // Dates in the order events can happen. [earlier, later, why]
  const order: [DateField | 'renewals', DateField, string, string][] = [
    [
      'firstSignal',
      'reflectionStart',
      'the reflection period is offered after the first signal',
      'de bedenktijd wordt na het eerste signaal aangeboden',
    ],
    [
      'reflectionStart',
      'reflectionEnd',
      'the reflection period cannot end before it starts',
      'de bedenktijd kan niet eindigen voordat die begint',
    ],
    ['firstSignal', 'report', 'the report comes after the first signal', 'de aangifte komt na het eerste signaal'],
    [
      'reflectionStart',
      'report',
      'a report before the reflection period ends it before it starts; leave reflectionStart out',
      'een aangifte vóór de bedenktijd maakt die overbodig; laat reflectionStart weg',
    ],
    [
      'firstSignal',
      'permitGranted',
      'the permit comes after the first signal',
      'de vergunning komt na het eerste signaal',
    ],
    [
      'reflectionStart',
      'permitGranted',
      'the permit cannot be granted before the reflection period started',
      'de vergunning kan niet zijn verleend voordat de bedenktijd begon',
    ],
    [
      'report',
      'permitGranted',
      'the permit follows the report or cooperation (the police send it as the application)',
      'de vergunning volgt op de aangifte of medewerking (de politie stuurt die als aanvraag)',
    ],
    [
      'report',
      'prosecutionDecision',
      'the OM decides to prosecute after the report',
      'het OM besluit na de aangifte tot vervolging',
    ],
    ['report', 'caseOutcomeDate', 'the criminal case ends after the report', 'de strafzaak eindigt na de aangifte'],
    [
      'prosecutionDecision',
      'caseOutcomeDate',
      'a conviction or acquittal comes after the decision to prosecute',
      'een veroordeling of vrijspraak komt na de vervolgingsbeslissing',
    ],
  ]
  for (const [a, b, en, nl] of order) {
    const va = i[a]
    const vb = i[b]
    if (typeof va === 'string' && vb !== undefined && vb < va) {
      fail(b, `${vb} lies before ${a} ${va}: ${en}`, `${vb} ligt vóór ${label(a)} ${va}: ${nl}`)
    }
  }
  if (i.reflectionStart !== undefined && i.reflectionEnd !== undefined) {
    const last = periodLastDay(i.reflectionStart, 3, 'months')
    if (i.reflectionEnd > last) {
      fail(
        'reflectionEnd',
        `${i.reflectionEnd} is after ${last}, the last possible day: the reflection period lasts at most 3 months and cannot be extended`,
        `${i.reflectionEnd} ligt na ${last}, de laatst mogelijke dag: de bedenktijd duurt ten hoogste 3 maanden en wordt niet verlengd`,
      )
    }
  }
  if (
    i.report !== undefined &&
    i.reflectionEnd !== undefined &&
    i.reflectionStart !== undefined &&
    i.report >= i.reflectionStart &&
    i.report < i.reflectionEnd
  ) {
    fail(
      'reflectionEnd',
      `the reflection period ends on the day of the report (${i.report}), not later`,
      `de bedenktijd eindigt op de dag van de aangifte (${i.report}), niet later`,
    )
  }
  const renewals = i.renewals ?? []
  renewals.forEach((r, n) => {
    if (i.permitGranted !== undefined && r < i.permitGranted) {
      fail(
        `renewals/${n}`,
        `${r} lies before permitGranted ${i.permitGranted}: a permit is renewed after it was granted`,
        `${r} ligt vóór ${label('permitGranted')} ${i.permitGranted}: een vergunning wordt verlengd nadat die is verleend`,
      )
    }
    const prev = renewals[n - 1]
    if (prev !== undefined && r <= prev) {
      fail(
        `renewals/${n}`,
        `${r} is not after the previous renewal ${prev}; give the renewals oldest first, each once`,
        `${r} ligt niet na de vorige verlenging ${prev}; geef de verlengingen op volgorde, elk één keer`,
      )
    }
  })
  for (const f of [...DATE_FIELDS.filter((f) => f !== 'asOf'), 'renewals'] as const) {
    const values =
      f === 'renewals'
        ? renewals.map((v, n) => [`renewals/${n}`, v] as const)
        : i[f] === undefined
          ? []
          : [[f, i[f]] as const]
    for (const [path, v] of values) {
      if (v !== undefined && v > i.asOf) {
        fail(
          path,
          `${v} lies after the plan date ${i.asOf}; give only dates that have passed (the planner computes what comes next)`,
          `${v} ligt na de plandatum ${i.asOf}; geef alleen datums die al voorbij zijn (de planner berekent wat volgt)`,
        )
      }
    }
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') {
    return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`
  }
  if (v === null) {
    return 'null'
  }
  if (Array.isArray(v)) {
    return 'a list'
  }
  return typeof v === 'object' ? 'an object' : String(v)
}
