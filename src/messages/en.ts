// SPDX-License-Identifier: EUPL-1.2
// The English message catalogue, typed against the Dutch one so nothing can be missing.
import { facetQuestions as facetQuestionsOf, facetTitles as facetTitlesOf, valueTitles } from './derived-labels.ts'
import type { RegionKind } from '../domain/region.ts'
import type { Messages } from './nl.ts'
import { scopeText, type ScopeWords } from './scope-text.ts'
import type { DateOrderRule, GivenValue } from '../domain/scenario-errors.ts'
import { countryName } from '../domain/country-names.ts'
import { limitName } from './names.ts'

/** " (Veilig Thuis Utrecht)" after a party when the summary names its regional organisation. */
const within = (p: { readonly regional?: string }): string => (p.regional === undefined ? '' : ` (${p.regional})`)

const facets: Messages['facets'] = {
  ageGroup: {
    name: 'age group',
    question: 'Is the person a minor?',
    values: { minor: 'minor', adult: 'adult' },
  },
  nationalityGroup: {
    name: 'nationality',
    question: 'What nationality does the person have?',
    values: {
      nl: 'Dutch national',
      eu: 'EU, EEA or Swiss national',
      'third-country': 'national of a country outside the EU',
    },
  },
  residence: {
    name: 'residence status',
    question: 'What is the person’s residence status?',
    values: {
      lawful: 'lawful stay',
      none: 'no lawful stay',
      asylum: 'in the asylum procedure',
      dublin: 'Dublin claimant (another EU state is responsible)',
      detained: 'in immigration detention',
      'not-applicable': 'residence status not applicable (Dutch national)',
    },
  },
  unaccompanied: {
    name: 'unaccompanied',
    question: 'Is the minor unaccompanied?',
    values: { true: 'unaccompanied (no parent or guardian in the Netherlands)', false: 'not unaccompanied' },
  },
  gender: {
    name: 'gender',
    question: 'What is the person’s gender?',
    values: { female: 'female', male: 'male', x: 'gender X (other or not disclosed)' },
  },
  exploitation: {
    name: 'form of exploitation',
    question: 'Which form of exploitation is it?',
    values: {
      sexual: 'sexual exploitation',
      labour: 'labour exploitation',
      criminal: 'criminal exploitation',
      'organ-removal': 'forced organ removal',
    },
  },
  recruitment: {
    name: 'recruitment method',
    question: 'How was the person recruited?',
    values: { loverboy: 'recruited with the loverboy method', other: 'recruited in another way' },
  },
  cooperation: {
    name: 'cooperation with the criminal process',
    question: 'Does the person want to, or can they, cooperate with the criminal process?',
    values: {
      undecided: 'not yet decided whether to report',
      reporting: 'reports to the police',
      'cooperating-otherwise': 'cooperates with the criminal process in another way',
      unable: 'unable to cooperate (threat or medical reasons)',
      declined: 'declines to cooperate with the criminal process',
    },
  },
  regions: { name: 'region', values: {} },
  municipality: {
    name: 'municipality',
    question: 'In which municipality was the person found, or where do they stay?',
    values: {},
  },
}

const facetQuestions = facetQuestionsOf(facets)
const facetTitles = facetTitlesOf(facets)

const regionKindsInText: Record<RegionKind, string> = {
  'police-unit': 'police unit',
  riec: 'RIEC region',
  'safety-region': 'safety region',
  'veilig-thuis': 'Veilig Thuis region',
  zorgcoordinatie: 'care-coordination region',
  'centrumgemeente-vo': 'region of the central municipality for women’s shelter',
  province: 'province',
}

/** The engine's codes (see codes.ts), as text. */
const scopeWords: ScopeWords = {
  who: {
    all: 'victims',
    minors: 'minors',
    'unaccompanied-minors': 'unaccompanied minors',
    'accompanied-minors': 'accompanied minors',
    adults: 'adults',
    'adults-and-accompanied': 'adults and accompanied minors',
  },
  all: (noun) => `all ${noun}`,
  nationality: {
    nl: 'with Dutch nationality',
    eu: 'from the EU, EEA or Switzerland',
    'third-country': 'from third countries',
    'eu,third-country': 'without Dutch nationality',
    'nl,eu': 'from the Netherlands or the EU, EEA or Switzerland',
    'nl,third-country': 'from the Netherlands or third countries',
  },
  residence: {
    lawful: 'with lawful stay',
    none: 'without lawful stay',
    asylum: 'in the asylum procedure',
    dublin: 'under the Dublin Regulation',
    detained: 'in immigration detention',
  },
  nonDutchOnly: (words) => `(non-Dutch nationals only ${words})`,
  municipalities: { one: '{n} municipality', other: '{n} municipalities' },
  inside: (regions, count) => `in ${regions} (${count})`,
  outside: (regions, count) => `outside ${regions} (${count})`,
}

const analysis: Messages['analysis'] = {
  severities: {
    gap: 'gap',
    'lead-conflict': 'lead conflict',
    'executor-overlap': 'overlap in execution',
    expected: 'expected (shared task)',
    agreed: 'agreed',
  },
  severityCounts: {
    gap: { one: '{n} gap', other: '{n} gaps' },
    'lead-conflict': { one: '{n} lead conflict', other: '{n} lead conflicts' },
    'executor-overlap': { one: '{n} overlap in execution', other: '{n} overlaps in execution' },
    expected: { one: '{n} expected overlap (shared task)', other: '{n} expected overlaps (shared task)' },
    agreed: { one: '{n} agreed overlap', other: '{n} agreed overlaps' },
  },
  slices: {
    'nl-minor': 'Dutch minors',
    'nl-adult': 'Dutch adults',
    'eu-minor': 'EU minors',
    'eu-adult': 'EU adults',
    'tc-minor-unaccompanied': 'Unaccompanied third-country minors',
    'tc-minor-accompanied': 'Accompanied third-country minors',
    'tc-adult-no-stay': 'Third-country adults without lawful stay or detained',
    'tc-adult-asylum': 'Third-country adults in the asylum or Dublin procedure',
    'tc-adult-lawful': 'Third-country adults with lawful stay',
  },
}

/** A value an input error names (GivenValue): text quoted, anything larger by its kind. */
const shown = (g: GivenValue): string =>
  g.type === 'text'
    ? `'${g.value}'`
    : g.type === 'number' || g.type === 'boolean'
      ? `${g.type} ${String(g.value)}`
      : { null: 'null', list: 'a list', object: 'an object' }[g.type]
const nationalityExample =
  'an ISO 3166-1 code such as NL, RO or CN, or a country name such as China, Roemenië or Romania'
const dateOrder: Record<DateOrderRule, string> = {
  'reflection-after-signal': 'the reflection period is offered after the first signal',
  'reflection-end-after-start': 'the reflection period cannot end before it starts',
  'report-after-signal': 'the report comes after the first signal',
  'report-after-reflection':
    'a report before the reflection period ends it before it starts; leave reflectionStart out',
  'permit-after-signal': 'the permit comes after the first signal',
  'permit-after-reflection': 'the permit cannot be granted before the reflection period started',
  'permit-after-report': 'the permit follows the report or cooperation (the police send it as the application)',
  'prosecution-after-report': 'the OM decides to prosecute after the report',
  'outcome-after-report': 'the criminal case ends after the report',
  'outcome-after-prosecution': 'a conviction or acquittal comes after the decision to prosecute',
}
/** " (legal basis)" after a sentence, when known. */
const basis = (legalBasis: string | undefined): string => (legalBasis === undefined ? '' : ` (${legalBasis})`)

const codes: Messages['codes'] = {
  'trajectory.scope.dutch-nationals': (p) =>
    `The residence scheme for victims of trafficking (Vc B8/3) does not apply to Dutch nationals: there is no residence question. Shelter, care and guidance run through the municipality and the care coordinator.${basis(p.legalBasis)}`,
  'trajectory.scope.eu-citizens': (p) =>
    `Citizens of the EU, the EEA and Switzerland derive their right of residence from EU law and so fall outside the residence scheme for victims of trafficking. Their right of residence does not end because they, as victims, rely on public assistance. Give euResidenceRight: false when the person derives no right of residence from EU law; then the scheme does apply.${basis(p.legalBasis)}`,
  'trajectory.warning.nationality-unknown': () =>
    'Nationality unknown: the residence scheme for victims of trafficking does not apply to Dutch nationals, nor to citizens of the EU, the EEA and Switzerland with a right of residence under EU law. Give the nationality (nationality) to settle this.',
  'trajectory.warning.eu-without-right': () =>
    'EU/EEA/Swiss citizen without a right of residence under EU law: the scheme applies only in so far as EU law gives no right of residence.',
  'trajectory.warning.step-missing': () =>
    'A step is missing from the data (data/trajectory-steps); the timeline is incomplete.',
  'trajectory.warning.limit-missing': (p) =>
    `The data lack the time limit '${p.key}' of step ${p.step}; that deadline has not been computed.`,
  'trajectory.warning.ind-target-passed': (p) =>
    `The IND aims to decide within 24 hours; after ${p.date} that target has passed. Check with the police whether the M55 notification was sent.`,
  'trajectory.warning.permit-expired': (p) =>
    `The permit was valid up to and including ${p.date}. Give a renewal (renewals) if there is one.`,
  'trajectory.warning.reflection-start-lawful-stay': (p) =>
    `On ${p.date} the reflection period applied only without lawful stay; the start date given does not fit residence situation '${p.residence}'.`,
  'trajectory.warning.reflection-overdue': (p) =>
    `The reflection period ran until ${p.date} at the latest and cannot be extended. Record how it ended (reflectionEnd and reflectionEndReason).`,
  'trajectory.deadline.limit': (p, f) =>
    `${limitName(f, p)}${p.renewal === undefined ? '' : ` (renewal ${p.renewal})`}${p.month === undefined ? '' : ` (month ${p.month})`}`,
  'trajectory.event.first-signal': () => 'First signal',
  'trajectory.event.reflection-start': () => 'Start of the reflection period',
  'trajectory.event.reflection-end': () => 'End of the reflection period',
  'trajectory.event.reflection-end-report': () => 'End of the reflection period (day of the report)',
  'trajectory.event.reflection-ended-without-permit': () => 'Reflection period ended without a permit',
  'trajectory.event.report': (p) => (p.witness ? 'Report (witness who reported)' : 'Report or start of cooperation'),
  'trajectory.event.permit-granted': () => 'Permit granted',
  'trajectory.event.renewed': (p) => `Renewal ${p.n} granted`,
  'trajectory.event.acquittal': () => 'Acquittal',
  'trajectory.event.dismissal': () => 'Case dismissed',
  'trajectory.event.conviction': () => 'Final conviction: continued residence possible from',
  'trajectory.event.prosecution': () => 'Decision of the OM to prosecute: continued residence possible from',
  'trajectory.note.witness-no-reflection': () =>
    'A witness who reported has already made a report and gets no reflection period.',
  'trajectory.note.lawful-stay-no-reflection': (p, f) =>
    `With lawful stay (${f.value('residence', p.residence)}) no reflection period was given${p.until === undefined ? '' : ` until ${p.until}`}; the permit can still be applied for after a report or cooperation.`,
  'trajectory.note.rule': (p, f) => `${f.name('rule', p.rule)}.`,
  'trajectory.note.detention-consent': () =>
    'In immigration detention only when the OM and the police agree to the reflection period.',
  'trajectory.note.residence-unknown': () =>
    'Only when the person has no lawful stay; give the residence situation to settle this.',
  'trajectory.note.refused-entry': () =>
    'Refused entry at the border: the Royal Netherlands Marechaussee decides, with the OM where needed, whether the signals suffice.',
  'trajectory.note.reflection-dates-pending': () =>
    'The deadlines are computed once the start date is known (reflectionStart).',
  'trajectory.note.shorter-limit': (p, f) => `${limitName(f, p)} (${p.legalBasis}).`,
  'trajectory.note.reflection-overdue': (p) =>
    `The reflection period has run out: its last day was ${p.date} and it cannot be extended. Now: check whether the person has reported or cooperates (then the B8 permit application follows through the police), or whether the period ended otherwise; without an application, shelter and provisions end and a departure period applies.`,
  'trajectory.note.asylum-needs-cooperation': () =>
    'In the asylum procedure the IND grants the B8 permit only after a report or other cooperation.',
  'trajectory.note.noncoop-only-without-title': () =>
    'This permit (ground d) is only for victims without a residence title.',
  'trajectory.note.noncoop-evidence': () =>
    'Evidence: a police statement that the person is a victim, plus a statement on the threat or medical information from a BIG- or NIP-registered practitioner.',
  'trajectory.note.report-still-possible': () =>
    'A report or cooperation remains possible; the ordinary temporary permit then follows.',
  'trajectory.note.declined': () => 'The person does not want to report or cooperate; that can still happen later.',
  'trajectory.note.permit-grounds': (p) => `Fitting ground(s) in Vb 2000 art. 3.48(1): ${p.grounds.join(', ')}.`,
  'trajectory.note.dublin-presence-not-needed': () =>
    'Dublin claimant: the OM does not need the person’s presence in the Netherlands, so no B8 permit. Transfer to the responsible member state or return follows.',
  'trajectory.note.dublin-ask-om': () =>
    'Dublin claimant: a B8 permit only when presence in the Netherlands matters for the criminal investigation (ask the OM).',
  'trajectory.note.witness-renewal': () =>
    'Witness who reported: renewal for as long as the OM needs the person’s presence in the Netherlands.',
  'trajectory.note.case-stopped': () => 'The criminal case no longer runs; renewal is then not possible.',
  'trajectory.note.renew-before': (p) =>
    `Apply for renewal before ${p.date}, the last day of validity; each renewal is for at most a year while the criminal case runs.`,
  'trajectory.note.witness-continued': () =>
    'Witness who reported: continued residence only on special individual circumstances (Vc B9/13).',
  'trajectory.note.conviction-date-missing': () =>
    'After a final conviction continued residence is possible; give the date (caseOutcomeDate).',
  'trajectory.note.prosecution-before-rule': (p) =>
    `The decision to prosecute of ${p.date} lies before the rule that allows continued residence after such a decision; the older conditions apply.`,
  'trajectory.note.case-ended-before-three-years': (p) =>
    `The criminal case ended on ${p.ended}, before three years on the permit (${p.reached}); the three-year rule does not help then.`,
  'trajectory.note.three-years-pending': () =>
    'The three-year period is computed once the date of the permit is known (permitGranted).',
  'trajectory.note.special-circumstances': () =>
    'Otherwise: special individual circumstances (reprisals, protection in the country of origin, prosecution there, chances of reintegration).',
  'trajectory.note.continued-max': (p) =>
    `The non-temporary permit is valid for at most ${p.years} years (${p.legalBasis}); shelter, care and provisions continue during the application.`,
  'analysis.action.assign': (p, f) =>
    `Appoint a party that leads or carries out ‘${f.name('aspect', p.aspect)}’ for this group, and record it.`,
  'analysis.action.agree-lead': (p, f) =>
    `Record a role agreement between ${f.list(p.partyNames ?? [])} on who leads ‘${f.name('aspect', p.aspect)}’.`,
  'analysis.action.agree-roles': (p, f) =>
    `Record a role agreement between ${f.list(p.partyNames ?? [])} on ‘${f.name('aspect', p.aspect)}’.`,
  'analysis.action.shared': (p, f) =>
    `No agreement needed: ‘${f.name('aspect', p.aspect)}’ is a shared task; parties do it side by side on purpose.`,
  'analysis.action.keep-agreement': (p, f) =>
    `No action: agreement ${f.list(p.agreements ?? [])} divides the roles; keep it current.`,
  'analysis.scope': (p, f) => scopeText(p, f, scopeWords),
  'route.warning.derived': (p, f) =>
    `${f.count(p.count, { one: '{n} part of this route rests', other: '{n} parts of this route rest' })} on derived data (our own reasoning from the sources, not stated there in so many words): ${p.items.map(f.item).join('; ')}.`,
  'route.warning.unverified': (p, f) =>
    `${f.count(p.count, { one: '{n} part of this route has', other: '{n} parts of this route have' })} not yet been checked against a source: ${p.items.map(f.item).join('; ')}.`,
  'route.warning.aspects-derived': (p) =>
    `The division into aspects is partly derived (the organogram of the source was not available); this holds for ${p.derived} of the ${p.total} aspects in this route.`,
  'route.warning.conditional': (p, f) =>
    `${f.count(p.count, { one: '{n} part applies', other: '{n} parts apply' })} only for some answers to the open questions; they are marked as conditional.`,
  'route.warning.no-municipality': () =>
    'No municipality was given, so the regional contacts (police unit, RIEC, Veilig Thuis, care coordinator, central municipality) are missing.',
  'route.warning.renamed': (p) =>
    `On the reference date ${p.asOf}, ${p.current} was still called ${p.old}; the route shows the name of that time.`,
  'route.open.effect': (p, f) =>
    p.count === 0
      ? 'The answer changes nothing about the parties and rights in this route.'
      : `${f.count(p.count, { one: '{n} part', other: '{n} parts' })} of this route depend on the answer.`,
  'route.open.municipality': (p) =>
    `With the municipality, the route shows the regional parties with contact details: police unit, RIEC, Veilig Thuis, care coordinator and central municipality.${p.items.length === 0 ? '' : ` Also depending on the region: ${p.items.join(', ')}.`}`,
  'route.reason.everyone': () => 'applies to every victim, whatever the situation',
  'route.reason.forms': (p, f) => f.list(p.forms.map((v) => f.value('exploitation', v))),
  'route.reason.values': (p, f) =>
    f.list(
      p.values.map((v) => f.value(p.facet, v)),
      'or',
    ),
  'route.reason.age': (p, f) => `${f.value('ageGroup', p.value)} (${p.age} years)`,
  'route.reason.nationality': (p, f) => `${f.value('nationalityGroup', p.value)} (${p.nationality})`,
  'route.reason.only-if': (p, f) =>
    `only if ${f.list(
      p.values.map((v) => f.value(p.facet, v)),
      'or',
    )} (${f.facet(p.facet)} not yet known)`,
  'route.reason.regions-unknown': () => 'only in certain regions (municipality not yet known)',
  'route.reason.regions': (p, f) => `municipality ${p.municipality} lies in ${f.list(p.regions)}`,
  'route.reason.valid': (p) =>
    p.from !== undefined && p.to !== undefined
      ? `in force from ${p.from} until ${p.to}`
      : p.from !== undefined
        ? `in force since ${p.from}`
        : `in force until ${p.to ?? ''}`,
  'route.reason.in-route': (p, f) =>
    `in this route: ${f.name('party', p.party)} ${p.right !== undefined ? `for the right ${f.name('right', p.right)}` : `under ${f.name('aspect', p.aspect ?? '')}`}${p.conditional ? ' (conditional)' : ''}`,
  'route.reason.acute': () => 'in acute danger, for every victim',
  'route.reason.region-member': (p) =>
    `municipality ${p.municipality} belongs to ${regionKindsInText[p.regionKind]} ${p.region}${p.fallback ? '; the regional party is not confirmed, call this one as fallback' : ''}`,
  'scenario.error.not-object': () => 'the scenario must be a JSON object with at least the field exploitation',
  'scenario.error.unknown-field': (p) => `unknown field; allowed fields: ${p.allowed.join(', ')}`,
  'scenario.error.repeated': () => 'given more than once; give it once',
  'scenario.error.not-text': (p) => `must be text, got ${shown(p.given)}`,
  'scenario.error.not-allowed': (p) => `${shown(p.given)} is not allowed; use one of: ${p.allowed.join(', ')}`,
  'scenario.error.not-boolean': (p) => `must be true or false, got ${shown(p.given)}`,
  'scenario.error.age': (p) => `must be a whole number from 0 to ${p.max}, got ${shown(p.given)}`,
  'scenario.error.age-group-disagrees': (p, f) =>
    `'${p.ageGroup}' disagrees with age ${p.age} (${f.value('ageGroup', p.fromAge)}); give one of the two or make them agree`,
  'scenario.error.unaccompanied-adult': (p) =>
    `only a minor can be unaccompanied, but ${p.age === undefined ? 'ageGroup is adult' : `age is ${p.age}`}`,
  'scenario.error.nationality': (p) => `must be ${nationalityExample}, got ${shown(p.given)}`,
  'scenario.error.nationality-ambiguous': (p) =>
    `${shown(p.given)} fits more than one country: ${p.codes.map((c) => `${c} (${countryName(c, 'en')})`).join(', ')}; give the code`,
  'scenario.error.nationality-unknown': (p) =>
    `${shown(p.given)} is not a country we know${p.suggestion === undefined ? '.' : `; did you mean '${p.suggestion}'?`} Give ${nationalityExample}.`,
  'scenario.error.nationality-group-disagrees': (p) =>
    `'${p.nationalityGroup}' disagrees with nationality ${p.nationality} (${p.fromCountry})`,
  'scenario.error.residence-dutch': () => 'applies to non-Dutch victims only; leave it out for a Dutch national',
  'scenario.error.exploitation-missing': (p) => `is required: give at least one form (${p.allowed.join(', ')})`,
  'scenario.error.exploitation-not-list': (p) => `must be a list of forms such as ["sexual"], got ${shown(p.given)}`,
  'scenario.error.exploitation-empty': (p) => `needs at least one form (${p.allowed.join(', ')})`,
  'scenario.error.exploitation-unknown': (p) =>
    `${shown(p.given)} is not a form of exploitation; use: ${p.allowed.join(', ')}`,
  'scenario.error.exploitation-twice': (p) => `${shown(p.given)} is listed twice`,
  'scenario.error.municipality-ambiguous': (p) =>
    `${shown(p.given)} names more than one municipality: ${p.matches.map((m) => `${m.id} (${m.name})`).join(', ')}; give the CBS code`,
  'scenario.error.municipality-name-unknown': (p) =>
    `no municipality or place called ${shown(p.given)}; give a municipality name or a CBS code such as GM0344`,
  'scenario.error.municipality-code': (p) => `must be a CBS municipality code such as GM0344, got ${shown(p.given)}`,
  'scenario.error.municipality-unknown': (p) => `unknown municipality code ${shown(p.given)}`,
  'scenario.error.date': (p) => `must be a real calendar date as YYYY-MM-DD, got ${shown(p.given)}`,
  'scenario.error.renewals-not-list': (p) => `must be a list of dates, got ${shown(p.given)}`,
  'scenario.error.renewals-too-many': (p) => `at most ${p.max} renewals`,
  'scenario.error.eu-right-not-eu': () => 'only applies to EU, EEA or Swiss citizens (nationalityGroup eu)',
  'scenario.error.witness-not-reporting': (p) =>
    `a witness who reported has cooperation 'reporting', not '${p.cooperation}'`,
  'scenario.error.witness-no-reflection': () => 'a witness who reported gets no reflection period',
  'scenario.error.detention-needs-consent': () =>
    'in immigration detention a reflection period needs the consent of the OM and the police; set detentionConsent to true if they agreed',
  'scenario.error.consent-not-detained': () => "only applies in immigration detention (residence 'detained')",
  'scenario.error.presence-not-dublin': () => "only applies to Dublin claimants (residence 'dublin')",
  'scenario.error.reflection-end-without-start': () =>
    'given without reflectionStart; give the first day of the reflection period too',
  'scenario.error.end-reason-without-end': () =>
    'given without reflectionEnd; give the day the reflection period ended',
  'scenario.error.outcome-date-without-outcome': () =>
    'given without a final caseOutcome (conviction, acquittal or dismissal)',
  'scenario.error.renewals-without-permit': () =>
    'a permit can only be renewed after it was granted; give permitGranted',
  'scenario.error.permit-declined': () =>
    "a B8 permit needs a report, cooperation or inability to cooperate, but cooperation is 'declined'",
  'scenario.error.date-order': (p) => `${p.date} lies before ${p.earlier} ${p.earlierDate}: ${dateOrder[p.rule]}`,
  'scenario.error.reflection-too-long': (p) =>
    `${p.date} is after ${p.last}, the last possible day: the reflection period lasts at most 3 months and cannot be extended`,
  'scenario.error.reflection-after-report': (p) =>
    `the reflection period ends on the day of the report (${p.report}), not later`,
  'scenario.error.renewal-before-permit': (p) =>
    `${p.date} lies before permitGranted ${p.permitGranted}: a permit is renewed after it was granted`,
  'scenario.error.renewal-not-after-previous': (p) =>
    `${p.date} is not after the previous renewal ${p.previous}; give the renewals oldest first, each once`,
  'scenario.error.date-after-plan-date': (p) =>
    `${p.date} lies after the plan date ${p.asOf}; give only dates that have passed (the planner computes what comes next)`,
}

export const en: Messages = {
  facets,
  codes,
  analysis,
  trajectoryCalendar: {
    name: 'Deadlines of the residence scheme for victims of trafficking',
    description: (step, legalBasis, responsible) =>
      `${step.code} ${step.name}\nLegal basis: ${legalBasis}\nResponsible: ${responsible}\nComputed by the trajectory planner; check the deadline with the IND or a lawyer.`,
    reminder: (label, step) => `Reminder: ${label} – ${step}`,
  },
  cli: {
    route: {
      routeFor: 'Route for',
      asOf: 'Reference date',
      unknown: 'Still unknown',
      years: (n) => (n === 1 ? '1 year old' : `${n} years old`),
      municipality: (name) => `municipality of ${name}`,
      firstHeading: 'Do first',
      askNext: 'Ask next',
      dependOn: (n) => (n === 1 ? '1 part depends on it' : `${n} parts depend on it`),
      fallbackCall: 'fallback',
      checkedShort: (date) => `checked ${date}`,
      unconfirmed: (name, region) => `${name} not confirmed as ${region}`,
      whoDoesWhat: 'Who does what (per aspect; * = derived or not verified, ? = conditional)',
      phase: (id) => `Phase ${id}`,
      noParties: 'no parties for this situation',
      rights: 'Rights and schemes',
      noRights: 'no rights found for this situation',
      conditional: 'conditional',
      limit: 'time limit',
      amount: 'amount',
      via: 'via',
      why: 'why',
      contact: 'contact',
      inRegion: 'in the region',
      dependsOn: (facets) => `conditional: depends on ${facets}`,
      regional: 'Regional contacts',
      regionalIn: (name, code) => `Regional contacts (municipality of ${name}, ${code})`,
      fallback: (region) => `fallback: ${region} not confirmed`,
      warnings: 'Note',
      listFull: 'list: --full',
      openQuestions: 'Open questions',
      confirms: 'certain',
      dropsOut: 'drops out',
      more: 'More: wegwijzer route --full (roles, why and contact per party) or --json.',
      tel: 'tel.',
      free: 'free',
      checked: (dates) => `numbers checked on ${dates}`,
      statuses: { derived: 'derived', unverified: 'not verified' },
      roles: {
        lead: 'lead',
        executes: 'carries out',
        decides: 'decides',
        funds: 'funds',
        supports: 'supports',
        advises: 'advises',
        registers: 'registers',
        refers: 'refers',
      },
      purposes: {
        general: 'main number',
        helpdesk: 'helpdesk',
        professionals: 'for professionals',
        '24-7': '24/7',
        emergency: 'emergency',
        anonymous: 'report anonymously',
        abroad: 'from abroad',
      },
      limitKinds: { max: 'at most', min: 'at least', target: 'target', after: 'after', within: 'within' },
      units: {
        hours: { one: '{n} hour', other: '{n} hours' },
        days: { one: '{n} day', other: '{n} days' },
        weeks: { one: '{n} week', other: '{n} weeks' },
        months: { one: '{n} month', other: '{n} months' },
        years: { one: '{n} year', other: '{n} years' },
      },
      renewable: 'renewable',
      notRenewable: 'not renewable',
    },
    trajectory: {
      title: (asOf) => `Trajectory planner, residence scheme for victims of trafficking — plan date ${asOf}`,
      notApplicable: 'The scheme does not apply.',
      instead: 'What applies instead:',
      grounds: (grounds) => `Fitting permit ground(s), Vb 2000 art. 3.48(1): ${grounds}`,
      statuses: {
        done: 'done',
        current: 'now',
        overdue: 'overdue: act now',
        upcoming: 'next',
        possible: 'possible',
        'not-applicable': 'not applicable',
      },
      kinds: {
        max: 'at the latest',
        within: 'at the latest',
        target: 'target date',
        after: 'from',
        min: 'from',
        event: 'date',
      },
      inRegion: 'in the region',
      responsible: 'Responsible',
      rights: 'Rights',
      passed: 'passed',
      recordStatus: { derived: 'step derived', unverified: 'step not verified' },
      sources: 'sources',
      regional: (municipality) => `Contacts in the region (municipality ${municipality}):`,
      phone: 'tel.',
      warnings: 'Note:',
      rules: 'Rules applied:',
      from: 'from',
    },
    analysis: {
      title: (asOf, region) =>
        `Overlap and gap analysis on ${asOf}${region === undefined ? '' : ` for ${region.name} (${region.municipalities} municipalities)`}`,
      extent: (aspects, combinations) =>
        `${aspects} aspects × ${combinations} combinations of age, unaccompanied, nationality, residence and form of exploitation`,
      perMunicipality: (n, aspects) => `; per municipality (${n}) for: ${aspects}`,
      bySeverity: 'Findings by severity',
      hiddenInTop: '(expected overlaps and agreed overlaps are not in the top; --all shows them)',
      firstHeading: (shown, of) => `DO FIRST (${shown} of ${of}, highest severity and reach first)`,
      noneToAct: 'no gaps and no overlaps without an agreement',
      allHint: 'Every finding, expected and agreed overlaps too: wegwijzer analyse --all (or --csv for a spreadsheet).',
      headings: {
        gap: 'GAPS — required, but nobody leads or carries it out',
        'lead-conflict': 'LEAD CONFLICTS — two or more parties lead, without an agreement',
        'executor-overlap': 'OVERLAPS IN EXECUTION — without an agreement',
        expected: 'EXPECTED OVERLAPS — shared task',
        agreed: 'AGREED OVERLAPS',
      },
      none: 'none',
      phase: (id) => `phase ${id}`,
      for: 'for',
      action: 'action',
      combinations: { one: '{n} combination', other: '{n} combinations' },
      municipalities: { one: '{n} municipality', other: '{n} municipalities' },
      status: 'status',
      agreements: 'agreements',
      requiredBy: 'required by',
      sources: 'sources',
      changes: {
        title: (from, to) => `CHANGES from ${from} to ${to}`,
        gapsAdded: 'New gaps',
        gapsRemoved: 'Gaps gone',
        overlapsAdded: 'New overlaps',
        overlapsRemoved: 'Overlaps gone',
      },
    },
  },
  siteName: 'Human trafficking signpost',
  skipLink: 'Skip to content',
  mainNavLabel: 'Main menu',
  menu: 'Menu',
  nav: {
    home: 'Home',
    route: 'Route per situation',
    search: 'Search',
    organogram: 'Organogram',
    parties: 'Organisations',
    rights: 'Rights',
    signals: 'Signals',
    municipalities: 'Municipalities',
    barriers: 'Barrier model',
    basisniveau: 'Basic level',
  },
  languageSwitch: { label: 'Language', other: 'Nederlands' },
  quickExit: {
    label: 'Quick exit',
    hint: 'Leave this website at once',
    shortcut: 'or press Shift 3 times',
    presses: 'Press Shift {n} more times to leave this website',
    leaving: 'You are leaving this website',
  },
  footer: {
    about:
      'This signpost shows who does what in tackling human trafficking in the Netherlands. The data comes from public sources.',
    privacy: 'This website uses no cookies and no trackers.',
    safeBrowsing: 'Browsing this website safely',
    sourceCode: 'Open-source software (EUPL-1.2)',
  },
  breadcrumbLabel: 'Breadcrumb',
  record: {
    status: 'Status',
    sources: 'Sources',
    verifiedAt: 'Checked on',
    validFrom: 'Valid from',
    validTo: 'Valid until',
    notChecked: 'Not re-checked yet',
    translation: 'Translation',
    machineTranslation:
      'Our own translation of the Dutch, not yet checked by a fluent reviewer; the Dutch text is the one that counts.',
    dutchOnly: 'Only available in Dutch.',
    note: 'Note',
  },
  labels: {
    partyKinds: {
      ministry: 'Ministry',
      'policy-body': 'Policy body',
      'independent-body': 'Independent body',
      'police-justice': 'Police and justice',
      inspectorate: 'Inspectorate',
      'executive-agency': 'Executive agency',
      municipality: 'Municipality',
      'regional-network': 'Regional network',
      'care-provider': 'Care and shelter provider',
      coordination: 'Coordination',
      ngo: 'Non-governmental organisation',
      fund: 'Fund',
      international: 'International organisation',
      private: 'Private sector',
      'sector-body': 'Sector organisation',
    },
    partyLevels: { national: 'National', regional: 'Regional', local: 'Local', international: 'International' },
    serviceTypes: {
      medisch: 'Medical care',
      psychisch: 'Mental health care',
      opvang: 'Shelter',
      financieel: 'Money and income',
      woonruimte: 'Housing',
      'werk-dagbesteding': 'Work and daytime activities',
      'sociaal-praktisch': 'Social and practical help',
      'opsporing-aangifte-vervolging': 'Reporting, investigation and prosecution',
      terugkeer: 'Return',
      juridisch: 'Legal help',
      tolk: 'Interpreter',
      zorgcoordinatie: 'Care coordination',
      'registratie-advies': 'Registration and advice',
      'signalering-melding': 'Spotting and reporting',
      'bestuurlijke-aanpak': 'Administrative approach',
      toezicht: 'Supervision',
      'beleid-kennis': 'Policy and knowledge',
    },
    roleTypes: {
      lead: 'Leads',
      executes: 'Carries out',
      decides: 'Decides',
      funds: 'Funds',
      supports: 'Supports',
      advises: 'Advises',
      registers: 'Registers',
      refers: 'Refers',
    },
    forms: valueTitles(facets.exploitation.values),
    recruitment: valueTitles(facets.recruitment.values),
    statuses: { sourced: 'Sourced', derived: 'Derived', unverified: 'Not verified' },
    regionKinds: {
      'police-unit': 'Police unit',
      riec: 'RIEC',
      'safety-region': 'Safety region',
      'veilig-thuis': 'Veilig Thuis',
      zorgcoordinatie: 'Care coordination',
      'centrumgemeente-vo': 'Central municipality for women’s shelter',
      province: 'Province',
    },
    timeUnits: {
      hours: (n) => (n === 1 ? '1 hour' : `${n} hours`),
      days: (n) => (n === 1 ? '1 day' : `${n} days`),
      weeks: (n) => (n === 1 ? '1 week' : `${n} weeks`),
      months: (n) => (n === 1 ? '1 month' : `${n} months`),
      years: (n) => (n === 1 ? '1 year' : `${n} years`),
    },
    limitKinds: { max: 'at most', min: 'at least', target: 'target', after: 'not before', within: 'within' },
    askers: {
      police: 'police',
      education: 'education',
      'health-care': 'health care',
      'youth-care': 'youth care',
      municipality: 'municipality',
      'aid-organisation': 'aid organisation',
      citizen: 'citizen',
      self: 'the victim themself',
    },
  },
  home: {
    title: 'Who does what in human trafficking?',
    intro:
      'Find out which organisations help with human trafficking, which rights victims have and whom to call in your region.',
    entrancesHeading: 'Where do you want to start?',
    professional: {
      title: 'I have a suspicion or support someone',
      text: 'For professionals: signals, who does what in each phase and whom to involve in the region.',
    },
    victim: {
      title: 'Am I being exploited?',
      text: 'In plain language: what exploitation is, what your rights are and who helps you.',
    },
    citizen: {
      title: 'I see something',
      text: 'Do you think someone is being exploited? How to recognise and report it.',
    },
    instrumentsHeading: 'Instruments',
    instruments: {
      route: {
        title: 'Route per situation',
        text: 'Answer a few questions and see who does what, which rights apply and whom to call.',
      },
      organogram: {
        title: 'Organogram of the chain',
        text: 'All organisations by phase and aspect, as a diagram and as a table.',
      },
      phases: { title: 'Phases and aspects', text: 'From identification to help towards independence.' },
      rights: { title: 'Rights and regulations', text: 'With conditions, time limits and who carries them out.' },
      municipalities: { title: 'Who is who in my region', text: 'Regional contacts per municipality.' },
      trajectory: {
        title: 'Trajectory planner residence scheme (B8)',
        text: 'A timeline with deadlines, responsible parties and rights for one situation.',
      },
      doorstroom: {
        title: 'Moving on to a home',
        text: 'From shelter to a home of one’s own: steps, duties of the municipality and bottlenecks.',
      },
    },
  },
  professional: {
    title: 'I have a suspicion or support someone',
    intro: 'This page helps you further if, as a professional, you suspect trafficking or support a victim.',
    stepsHeading: 'How to proceed',
    steps: [
      'Check which signals you see and write them down.',
      'Discuss your suspicion with a colleague or with one of the organisations below.',
      'Report the suspicion and find out who arranges care and safety in your region.',
    ],
    contactsHeading: 'Advice and reporting',
  },
  citizen: {
    title: 'I see something',
    intro:
      'Do you see something that is not right? For instance someone working very long hours for little money, or a young person who suddenly has expensive things? It may be exploitation.',
    whatHeading: 'What can you do?',
    what: [
      'Do not confront a possible offender yourself.',
      'Write down what you see: when, where and who.',
      'Report it to one of the organisations below. You can do so anonymously.',
    ],
    contactsHeading: 'Where to report',
  },
  emergency: { text: 'In immediate danger? Call 112.', source: 'Source' },
  safeBrowsing: {
    title: 'Browsing this website safely',
    intro:
      'Someone may be watching your phone or computer. This is how you make it less likely that anyone sees you were here.',
    tips: [
      'At the top of every page is the red "Quick exit" bar. Tap or click it: you go straight to a weather site.',
      'On a computer you can also press the Shift key 3 times quickly. That works even when you cannot reach the mouse.',
      'Use a private or incognito window. The browser then does not remember which pages you visited.',
      'If you can, use the phone or computer of someone you trust, or one in a library.',
    ],
    honestyHeading: 'What "Quick exit" cannot erase',
    honesty: [
      'After "Quick exit", the Back button usually does not bring you back to this page. If you came here through the pages "Am I being exploited?", "I see something" or this page, it does not bring you back to other pages of this website either. If you came through other pages of this website, Back can still show those.',
      'If JavaScript does not work in your browser, "Quick exit" is an ordinary link. Then the Back button does show this page again.',
      'The browser history (the list of websites you visited) does remember that you were here, except in a private window. So clear that history after your visit, or use a private window.',
      'Whoever controls your phone or computer, or the network (at home or at work, for example), may still be able to see that you visited this website.',
    ],
    noCookies: 'This website stores no cookies and sends nothing to other websites.',
  },
  contacts: {
    phone: 'Phone',
    website: 'Website',
    email: 'Email',
    professionalEmail: 'Email for professionals',
    form: 'Online form',
    none: 'No contact details known.',
    noPhone: 'No phone number we could check.',
    purposes: {
      general: 'Main number',
      helpdesk: 'Helpdesk',
      professionals: 'For professionals',
      '24-7': 'Day and night',
      emergency: 'Emergency',
      anonymous: 'Report anonymously',
      abroad: 'From abroad',
    },
    free: 'free',
    checkedOn: (date: string) => `checked on ${date}`,
    checkedAt: (date: string, where: string) => `checked on ${date} at ${where}`,
    fallback: 'Fallback number',
    fallbackNote:
      'The care coordinator in this region is not confirmed. Call the CoMensha helpdesk, which covers care coordination where there is no regional coordinator.',
    unconfirmed: 'not confirmed',
  },
  parties: {
    title: 'Organisations',
    intro: 'All organisations in the chain against human trafficking, with their role in each phase.',
    count: (n) => (n === 1 ? '1 organisation' : `${n} organisations`),
    kind: 'Kind',
    level: 'Level',
    parent: 'Part of',
    successor: 'Succeeded by',
    predecessor: 'Predecessor',
    contact: 'Contact',
    services: 'Kinds of help',
    rolesHeading: 'Role by phase and aspect',
    noRoles: 'No roles of this organisation are known.',
    aspect: 'Aspect',
    role: 'Role',
    roleType: 'Kind of role',
    conditions: 'Applies to',
    always: 'Everyone',
    rightsHeading: 'Rights this organisation carries out',
    categoriesHeading: 'For whom',
  },
  phases: {
    title: 'Phases and aspects',
    intro: 'The chain has four phases. Which organisations act in which phase depends on the situation.',
    phase: (id) => `Phase ${id}`,
    aspectsHeading: 'Aspects in this phase',
    partiesHeading: 'Organisations for this aspect',
    noParties: 'No organisations are known for this aspect.',
    party: 'Organisation',
  },
  rights: {
    title: 'Rights and regulations',
    intro: 'Rights a victim of human trafficking can rely on, with their conditions and time limits.',
    kind: 'Subject',
    eligibility: 'For whom',
    providers: 'Carried out by',
    limits: 'Time limits',
    amount: 'Amount',
    legalBasis: 'Legal basis',
    renewable: 'can be extended',
    kinds: {
      residence: 'Residence',
      income: 'Income',
      health: 'Health',
      shelter: 'Shelter',
      legal: 'Legal',
      procedural: 'Criminal procedure',
      compensation: 'Compensation',
      return: 'Return',
      work: 'Work',
      protection: 'Protection',
    },
  },
  signals: {
    title: 'Signals of human trafficking',
    intro: 'Signals help to recognise exploitation. One signal alone says little; look at the whole picture.',
    perForm: 'Signals by form',
    general: 'General signals',
    formTitle: (name) => `Signals of ${name.toLowerCase()}`,
    loverboyTitle: 'Signals of the loverboy method',
    noSignals: 'No signals are known for this form.',
    domain: 'Where it shows',
    audience: 'Who may notice',
    domains: {
      appearance: 'Appearance',
      'self-image': 'Self-image',
      behaviour: 'Behaviour',
      school: 'School',
      social: 'Social contacts',
      work: 'Work',
      housing: 'Housing',
      finance: 'Money',
      documents: 'Documents',
      control: 'Control by others',
      health: 'Health',
      online: 'Online',
    },
    audiences: {
      professional: 'professionals',
      school: 'school',
      health: 'health care',
      municipality: 'municipality',
      employer: 'employers',
      citizen: 'citizens',
      victim: 'the victim',
    },
    aboutForm: 'About this form',
  },
  municipalities: {
    title: 'Who is who in my region',
    intro:
      'Choose your municipality to see its regions and the regional organisations involved in tackling trafficking.',
    searchLabel: 'Name of the municipality',
    searchButton: 'Search',
    results: (n) => (n === 1 ? '1 municipality found' : `${n} municipalities found`),
    noResults: 'No municipality found with this name. Check the spelling.',
    tooLong: 'Use at most 100 characters.',
    regionsHeading: 'Regions',
    regionalParties: 'Regional organisations',
    noRegionalParties: 'No organisations are known for this region yet.',
    code: 'CBS code',
  },
  organogram: {
    title: 'Organogram of the chain',
    intro:
      'All organisations by phase and aspect, on one screen. The chart is built automatically from the data; the table below holds the same.',
    highlightHeading: 'Choose a situation',
    highlightHelp:
      'Choose a form, group or municipality. Organisations without a role in it turn grey. With a municipality you see the regional organisations instead of the national ones.',
    form: 'Form of exploitation',
    category: 'Group of victims',
    municipality: 'Municipality',
    any: 'All',
    anyMunicipality: 'None (national)',
    apply: 'Show',
    reset: 'Clear choice',
    invalidForm: (v) => `"${v}" is not a known form of exploitation. Choose a form from the list.`,
    invalidCategory: (v) => `"${v}" is not a known group. Choose a group from the list.`,
    invalidMunicipality: (v) =>
      `"${v}" is not a known municipality code. Choose a municipality from the list (the code is GM and four digits).`,
    errorSummary: 'There is a problem with your choice',
    diagramHeading: 'Chart of the chain',
    diagramLabel: 'Chart: phases, aspects and the organisations with a role in them',
    skipChart: 'Skip the chart: go to the table',
    tabsLabel: 'Phase on the chart',
    tableHeading: 'Table',
    tableCaption: 'Organisations by phase and aspect',
    download: 'Download',
    downloadSvg: 'Chart as SVG',
    downloadPng: 'Chart as PNG',
    busy: 'The server is making many images right now. Please try again in a few seconds.',
    withRole: (n) =>
      n === 1
        ? '1 organisation has a role in this situation. The others are grey.'
        : `${n} organisations have a role in this situation. The others are grey.`,
    phase: 'Phase',
    allPhases: 'All phases',
    phaseNav: 'Show the chart for',
    invalidPhase: (v) => `"${v}" is not a known phase. Choose A, B, C or D.`,
    legendHeading: 'Legend',
    legendLead: 'In charge (dark, bold, listed first)',
    legendOther: 'Other role (carries out, decides, supports, …)',
    legendNone: 'No role in this situation (grey, dotted border)',
    legendUnsure: 'Regional division derived or not verified (see the table)',
    legendHover: 'Point at an organisation or move to it with Tab for its full name and role.',
    noRole: 'no role in this situation',
    standsInFor: (generic, region) => `for ${generic}, ${region}`,
    scenario: 'Situation',
    national: 'All organisations, national',
    validOn: (date) => `data valid on ${date}`,
    printNote:
      'The table with every role, the sources and the current chart are on the Organogram page of Wegwijzer mensenhandel.',
    phaseColumn: 'Phase',
    aspectColumn: 'Aspect',
    partiesColumn: 'Organisations (in charge first)',
  },
  barriers: {
    title: 'Barrier model',
    intro:
      'To exploit someone, a trafficker has to take a number of steps: recruit, transport, house, put to work and move the money. At every step organisations can raise a threshold. Such a threshold is called a barrier.',
    formsHeading: 'Barrier model per form of exploitation',
    loverboyLink: 'The loverboy method',
    loverboyText:
      'The path from recruitment by a loverboy (pimp) to exploitation, with steps of its own: school, youth care, hotels, taxis, online ads and clients.',
    allHeading: 'All barriers',
    formTitle: (name) => `Barrier model: ${name.toLowerCase()}`,
    loverboyTitle: 'Barrier model: the loverboy method',
    formIntro:
      'From left to right the steps of the trafficker; beneath each step the barriers and the organisations that raise them.',
    filterHeading: 'What can the municipality do?',
    filterLabel: 'Show only barriers the municipality raises itself',
    filterHelp: 'The municipality or the mayor is then one of the organisations raising the barrier.',
    filterApply: 'Show',
    filterReset: 'Show everything',
    filterActive: (n) =>
      n === 1
        ? 'There is 1 barrier the municipality raises itself.'
        : `There are ${n} barriers the municipality raises itself.`,
    invalidFilter: (v) => `"${v}" is not a valid choice for "municipality only". Tick the box or leave it empty.`,
    errorSummary: 'There is a problem with your choice',
    diagramHeading: 'Diagram',
    diagramTitle: (name) => `Barrier model ${name.toLowerCase()}`,
    diagramDesc: (stages, barriers) =>
      `${stages} steps from left to right with ${barriers} barriers in total. The list below the diagram has the same content.`,
    listHeading: 'Steps and barriers as a list',
    step: (n) => `Step ${n}`,
    municipalMark: 'municipality',
    noBarriers: 'No barriers are known for this step.',
    noBarriersMunicipal: 'The municipality raises no barrier of its own at this step.',
    download: 'Download the diagram',
    downloadSvg: 'SVG (vector)',
    downloadPng: 'PNG (image)',
    busy: 'The diagram is being made for many people at once. Please try again in a few seconds.',
    stageOpportunities: 'Opportunities offenders use',
    stageFacilitators: 'Who makes this step possible, knowingly or not',
    examples: 'Practice examples',
    exampleSource: 'Source',
    loverboyPathNote: 'The loverboy path has a barrier model of its own:',
    stageSignals: 'Signals at this step',
    barrier: 'Barrier',
    stage: 'Step',
    instrument: 'Instrument',
    types: 'Kind of approach',
    legalBasis: 'Legal basis',
    forms: 'Forms of exploitation',
    recruitment: 'Recruitment path',
    parties: 'Organisations',
    signals: 'Signals',
    municipal: 'Can the municipality do this itself?',
    yes: 'Yes',
    no: 'No, but the municipality can work with others',
    none: 'None',
    allPaths: 'Every recruitment path',
    typeLabels: {
      bestuurlijk: 'Administrative',
      strafrechtelijk: 'Criminal law',
      fiscaal: 'Tax',
      privaat: 'Private sector',
      zorg: 'Care',
      voorlichting: 'Information',
    },
  },
  basisniveau: {
    title: 'Basic level of the municipal approach to human trafficking',
    shortTitle: 'Basic level',
    intro:
      'The basic level (basisniveau) describes what every municipality should at least have in place to tackle human trafficking. The self-scan shows your municipality where it stands and what the next steps are.',
    elementsHeading: 'The elements of the basic level',
    element: 'Element',
    requirement: 'What is expected',
    questionCount: 'Questions',
    startHeading: 'Fill in the self-scan',
    startText:
      'You choose your municipality and get your own link to the scan. Keep that link safe: whoever has it can view and change the scan. You do not need an account.',
    startButton: 'Start the self-scan',
    overviewLink: 'Overview per region of published scans',
    scanTitle: 'Basic level self-scan',
    chooseHeading: 'Choose your municipality',
    municipalityLabel: 'Municipality',
    municipalityHelp: 'The municipality with its CBS code, for example GM0344 for Utrecht.',
    chooseOption: 'Choose a municipality',
    create: 'Create the scan',
    missingMunicipality: 'Choose a municipality from the list.',
    unknownMunicipality: (code) =>
      `There is no municipality with CBS code "${code}". Choose a municipality from the list.`,
    formTitle: (name) => `Self-scan ${name}`,
    linkNote:
      'This is the link to your scan. Keep it, or send it to colleagues who help; anyone with the link can change the scan.',
    linkLabel: 'Link to this scan',
    statusDraft: (v) => `Draft, version ${v}`,
    statusPublished: (date) => `Published on ${date}`,
    saved: (v) => `Your answers have been saved (version ${v}).`,
    published: 'The scan has been published. It now counts in the overview per region.',
    answerLegend: (n) => `Question ${n}`,
    question: 'Question',
    answer: 'Answer',
    answers: { niet: 'Not met', deels: 'Partly', voldoet: 'Met', nvt: 'Not applicable', 'weet-niet': 'Do not know' },
    evidenceLabel: 'Evidence (optional)',
    evidenceHelp: 'For example a council decision, a protocol or an annual report.',
    evidenceExamples: 'Examples of evidence',
    save: 'Save',
    publish: 'Publish',
    publishHelp:
      'You can publish once every question is answered and carried-over answers are confirmed. A published scan can no longer be changed and counts in the overview per region (without the link and without the evidence).',
    reportLink: 'View the report',
    errorSummary: 'There is a problem with the answers',
    invalidAnswer: (q, v) =>
      `Question ${q}: "${v}" is not a valid answer. Choose not met, partly, met, not applicable or do not know.`,
    repeatedAnswer: (q) => `Question ${q}: choose one answer.`,
    evidenceTooLong: (q, max, n) =>
      `Question ${q}: the evidence is ${n} characters long; use at most ${max} characters.`,
    unanswered: (q) => `Question ${q}: choose an answer (not applicable or do not know will do) before publishing.`,
    unknownField: (name) => `The form contains an unknown field "${name}". Reload the scan and try again.`,
    badVersion: 'The form lacks the version number of the scan. Reload the scan and try again.',
    badAction: 'Choose "Save", "Save and continue" or "Publish".',
    notSavedNote: 'Nothing has been saved. Your input is still shown below; correct the errors and save again.',
    conflictTitle: 'Someone else changed this scan in the meantime',
    conflictText: (mine, stored) =>
      `You edited version ${mine}, but version ${stored} has been saved since. Your answers have not been saved and are still shown below. Where the saved version says something else, you see what was saved.`,
    conflictReload: 'Load the saved version (your changes are dropped)',
    conflictKeep: 'Want to keep your own answers? Check them and save again; they then replace the saved version.',
    storedValue: (answer) => `Saved by someone else: ${answer}`,
    storedOpen: 'open',
    publishedConflictTitle: 'This scan has already been published',
    publishedConflictText:
      'A published scan can no longer be changed. Your input is still shown below but has not been saved. Start a new scan to update the answers.',
    newScan: 'Start a new scan for this municipality',
    readOnlyNote: 'This scan has been published and can no longer be changed.',
    notAnswered: 'Not answered yet',
    reportTitle: (name) => `Self-scan report ${name}`,
    reportIntro:
      'The score per element, the next steps and who helps with them. You can print this page or save it as a PDF with your browser’s print function.',
    draftReportNote: 'This report belongs to a draft. It changes when the answers change.',
    scoreHeading: 'Score',
    overall: 'Total',
    overallText: (percent, answered, questions) =>
      `Total score ${percent}% (${answered} of ${questions} questions answered).`,
    scoreCaption: 'Score per element',
    percent: 'Score',
    level: 'Level',
    answered: 'Answered',
    levels: { niet: 'Not met', deels: 'Partly met', voldoet: 'Met', onbekend: 'Unknown' },
    scoreNote:
      'Not met counts as 0, partly as a half and met as 1; an open question counts as 0; not applicable and do not know do not count. Every element weighs the same. Met at 100%, partly met from 50%, below that not met.',
    nextStepsHeading: 'Next steps',
    allMet: 'The municipality meets every element. Keep the basic level up and repeat the scan every year.',
    yourAnswers: 'Your answers',
    steps: 'What you can do',
    instruments: 'Barriers',
    helpers: 'Who helps',
    helpersHeading: 'Who helps with the next steps',
    helpsWith: 'Helps with',
    regionalHeading: 'Your contacts in the region',
    regionalNone: 'No organisations are known for this region yet.',
    backToScan: 'Back to the scan',
    overviewTitle: 'Basic level per region',
    overviewIntro:
      'How municipalities score in their published self-scan. Only the latest published scan of a municipality counts. Drafts and links to scans are never shown.',
    groupingLabel: 'Group by',
    groupings: {
      riec: 'RIEC',
      zorgcoordinatie: 'Care coordination region',
      'politie-eenheid': 'Police unit',
      veiligheidsregio: 'Safety region',
    },
    showButton: 'Show',
    invalidGrouping: (v) =>
      `"${v}" is not a known grouping. Choose RIEC, care coordination region, police unit or safety region.`,
    withoutScanHeading: (region) => `Without a published scan in ${region}`,
    withoutScanNone: 'Every municipality in this region has published a scan.',
    minimumAverageColumn: 'Average minimum',
    verdictColumn: 'Verdict',
    regionColumn: 'Region',
    municipalitiesColumn: 'Municipalities',
    publishedColumn: 'With a published scan',
    averageColumn: 'Average score',
    overviewCaption: (grouping) => `Published scans per ${grouping.toLowerCase()}`,
    elementsCaption: (region) => `Average score per element in ${region}`,
    scansCaption: (region) => `Published scans in ${region}`,
    publishedOn: 'Published on',
    noneYet: '–',
    noPublished: 'No municipality in this region has published a scan yet.',
    csvLink: 'Download all published scans as CSV',
    verdictHeading: 'Verdict on the basic level',
    verdicts: { voldoet: 'Meets', 'voldoet-deels': 'Partly meets', 'voldoet-niet': 'Does not meet' },
    verdictText: (percent, met, total) =>
      `${percent} of the minimum in place: ${met} of the ${total} minimum questions are met (or do not apply).`,
    provisional: 'provisional',
    provisionalNote: (n) =>
      n === 1
        ? 'Provisional verdict: 1 minimum question is open or answered "do not know".'
        : `Provisional verdict: ${n} minimum questions are open or answered "do not know".`,
    belowHalf: (codes) => `Less than half in place (then the municipality does not meet the minimum): ${codes}.`,
    verdictRule:
      'Meets: every minimum question is met. Does not meet: an element of the minimum is less than half in place. Otherwise: partly meets.',
    verdictRuleLink: 'How the verdict is reached',
    beyondText: (percent, n) =>
      `Beyond the minimum (${n} questions, scored apart, not part of the verdict): ${percent}.`,
    prioritiesHeading: 'Three priorities',
    prioritiesNone: 'No priorities: no question was answered no or partly.',
    minimumTag: 'minimum',
    beyondTag: 'beyond the minimum',
    changeHeading: 'Since the previous published scan',
    changeText: (date, before, after) => `Previous scan ${date}: ${before}; now: ${after}.`,
    changeDelta: (delta) =>
      delta === 0
        ? 'The minimum stayed the same.'
        : delta > 0
          ? `The minimum is ${delta} percentage points better.`
          : `The minimum is ${-delta} percentage points worse.`,
    changeElements: (better, worse) => `Better: ${better}. Worse: ${worse}.`,
    changeNone: 'There is no earlier published scan of this municipality to compare with.',
    nothing: 'none',
    comparisonHeading: 'Comparison in the region',
    comparisonCaption:
      'The minimum in this scan and at the other municipalities of the region (latest published scans)',
    comparisonRegion: 'Region',
    comparisonAverage: 'Average minimum (n)',
    comparisonVerdicts: 'Meets / partly / not',
    comparisonThis: 'This scan',
    comparisonNone: 'No other municipality in your region has published a scan yet.',
    nValue: (percent, n, of) => `${percent} (n = ${n} of ${of})`,
    kinds: { riec: 'RIEC', zorgcoordinatie: 'Care coordination' },
    derived: 'derived',
    derivedNote:
      'Derived: an element we derive from the sources on municipal instruments; it is not a literal part of the basic level.',
    notCountedHeading: 'Not counted in the score',
    notCountedNote:
      'Not applicable (with a reason) and do not know do not count in the score. Do not know makes the verdict provisional.',
    minimumColumn: 'Minimum',
    beyondColumn: 'Beyond',
    nvtNeedsReason: (q) =>
      `Question ${q}: with not applicable, give the reason why the question does not apply as evidence.`,
    publishKeyLabel: 'Log in to publish',
    publishKeyHelp:
      'A published scan speaks for the municipality. Only someone logged in with an account of this municipality or as a national editor can publish; open this link again after logging in. Saving a draft needs no account.',
    publishRefused:
      'Not published: publishing needs a logged-in account of this municipality or of a national editor. Your answers were saved as a draft.',
    contactsHeading: 'Contacts in the region',
    phoneNone: 'no checked number',
    forbiddenTitle: 'This form cannot be processed',
    forbiddenText:
      'The form did not come from this website, or your browser did not say where it came from. Nothing has been saved. Open the scan again through your link and send the form from this website.',
    tooLarge: 'The form is too large to process.',
    tooMany: 'Too many changes from your address in a short time. Wait a minute and send the form again.',
    notAForm: 'The form could not be read. Open the page again and send the form from this website.',
    contactAbove: 'see above',
    startFromLegend: 'What does the scan start with?',
    startFromHelp:
      'If your municipality has published a scan before, you can start with its answers. They are marked "carried over" until you confirm them section by section; the scan can only be published once everything is confirmed.',
    startEmpty: 'An empty scan',
    startFromPublished: 'The answers of this municipality’s latest published scan',
    noPublishedToStart: (code: string) => `${code} has no published scan to start from yet. Choose an empty scan.`,
    notPublished: (open: number, unconfirmed: number) => {
      const parts = [
        ...(open > 0 ? [open === 1 ? '1 question is not answered yet' : `${open} questions are not answered yet`] : []),
        ...(unconfirmed > 0
          ? [
              unconfirmed === 1
                ? '1 carried-over answer is not confirmed yet'
                : `${unconfirmed} carried-over answers are not confirmed yet`,
            ]
          : []),
      ]
      return `The scan was not published: ${parts.join(' and ')}. What you saved is kept.`
    },
    notPublishedSection: (code: string, name: string, open: number, unconfirmed: number) =>
      `${code} ${name}: ${[
        ...(open > 0 ? [`${open} open`] : []),
        ...(unconfirmed > 0 ? [`${unconfirmed} to confirm`] : []),
      ].join(', ')}`,
    sectionOf: (n: number, total: number) => `Section ${n} of ${total}`,
    answeredOf: (answered: number, total: number) => `${answered} of ${total} questions answered`,
    toConfirm: (n: number) => (n === 1 ? '1 carried-over answer to confirm' : `${n} carried-over answers to confirm`),
    sectionsComplete: (n: number, total: number) => `${n} of ${total} sections are complete.`,
    previousSection: (code: string) => `Previous section (${code})`,
    nextSection: (code: string) => `Next section (${code})`,
    toOverview: 'Overview and publishing',
    sectionNavLabel: 'Sections of the scan',
    carriedNote: (date: string) => `Carried over from the scan of ${date}, not confirmed yet`,
    carriedSection: (n: number, date: string) =>
      n === 1
        ? `1 answer in this section comes from the scan published on ${date}. Check it and change it if something has changed.`
        : `${n} answers in this section come from the scan published on ${date}. Check them and change what has changed.`,
    saveConfirms: 'Saving confirms the answers of this section, the carried-over ones included.',
    saveAndNext: 'Save and continue',
    saveAndOverview: 'Save and go to the overview',
    progressHeading: 'Progress',
    sectionsCaption: 'Sections of the scan',
    sectionToConfirm: (n: number) => `${n} to confirm`,
    sectionComplete: 'Complete',
    sectionOpen: (n: number) => `${n} open`,
    continueWith: (code: string) => `Continue with ${code}`,
    publishHeading: 'Publishing',
    publishedBy: (role, code) =>
      role === 'municipality'
        ? `by the municipality (${code}).`
        : role === 'national-editor'
          ? 'by a national editor.'
          : '(publisher not known: from before accounts).',
    withdrawnNote: (date, reason) => `Withdrawn on ${date}. Reason: ${reason}`,
    historyHeading: 'Earlier publications',
    historyColumns: ['Year', 'Published on', 'By', 'Total', 'Verdict on the minimum', 'Withdrawn'],
    publisherRole: (role, code) =>
      role === 'municipality'
        ? `municipality ${code ?? ''}`.trim()
        : role === 'national-editor'
          ? 'national editor'
          : 'unknown',
    notWithdrawn: 'no',
  },
  trajectory: {
    title: 'Trajectory planner for the residence scheme for trafficking victims (B8)',
    intro:
      'Fill in what you know about the situation of a victim of human trafficking. You get a timeline of the residence scheme and of the move on to a home: who is responsible, which rights apply and which deadlines run.',
    privacyHeading: 'Nothing is stored',
    privacy:
      'What you fill in exists only in the address (URL) of this page and is not kept. So do not enter a name, date of birth or anything else that could identify someone. The address may stay in your browser history.',
    disclaimer:
      'The timeline is an aid, not a decision and not legal advice. The IND, the public prosecutor (OM) and the police decide.',
    formHeading: 'Situation',
    errorSummary: 'Please check these fields',
    unknownField: (name) => `The planner does not know the field '${name}'`,
    groups: {
      person: 'About the person',
      special: 'Special situations',
      specialHint: 'Only fill in what applies.',
      dates: 'What has happened so far?',
      datesHint: 'Only give dates that have passed. The planner works out what comes next.',
      criminalCase: 'Criminal case',
      planDate: 'Another plan date',
    },
    toTimeline: 'Go straight to the timeline',
    unknown: 'Unknown',
    yes: 'Yes',
    no: 'No',
    required: '(required)',
    dateFormat: 'For example 2024-03-15 (YYYY-MM-DD).',
    fields: {
      nationality: {
        label: 'Nationality',
        help: 'A country or country code, for example China, Romanian or NG. The scheme does not apply to Dutch nationals and most EU citizens.',
      },
      nationalityGroup: { label: 'Or, when the country is not known: nationality group', help: '' },
      age: { label: 'Age in years', help: '' },
      gender: { label: 'Gender', help: '' },
      exploitation: {
        label: 'Form of exploitation',
        help: 'Labour exploitation opens an extra ground for the permit.',
      },
      recruitment: { label: 'How was the person recruited?', help: '' },
      municipality: {
        label: 'Municipality',
        help: "Municipality name or CBS code. The region's care coordinator and contacts are then shown with the plan.",
      },
      euResidenceRight: {
        label: 'Does the EU citizen have a right of residence under EU law?',
        help: 'Only for citizens of the EU, the EEA or Switzerland. Choose "No" if there is no such right.',
      },
      residence: { label: 'Residence situation', help: 'Leave empty for a Dutch national.' },
      ageGroup: { label: 'Or: age group', help: '' },
      unaccompanied: { label: 'A minor without a parent or guardian in the Netherlands?', help: '' },
      cooperation: { label: 'Stance towards the criminal process', help: '' },
      witness: { label: 'A witness who reported (getuige-aangever) but is not a victim?', help: '' },
      refusedEntry: { label: 'Was the person refused entry at the border?', help: '' },
      detentionConsent: {
        label: 'Immigration detention: do the OM and the police agree to a reflection period?',
        help: '',
      },
      presenceNeeded: {
        label: 'Dublin claimant: does the OM need the person in the Netherlands for the investigation?',
        help: '',
      },
      firstSignal: { label: 'First signal of trafficking', help: '' },
      reflectionStart: { label: 'First day of the reflection period', help: '' },
      reflectionEnd: { label: 'Last day of the reflection period', help: 'Only when the reflection period is over.' },
      reflectionEndReason: { label: 'Why did the reflection period end?', help: '' },
      report: { label: 'Report to the police, or start of other cooperation', help: '' },
      permitGranted: { label: 'Temporary permit granted on', help: '' },
      renewals: { label: 'Renewals of the permit', help: 'One or more dates, oldest first, separated by commas.' },
      prosecutionDecision: { label: 'Decision of the OM to prosecute', help: '' },
      caseOutcome: { label: 'Outcome of the criminal case', help: '' },
      caseOutcomeDate: { label: 'Date of that outcome', help: 'For a conviction: the day it became final.' },
      asOf: { label: 'Plan date', help: 'Leave empty for today. Useful to recalculate an earlier situation.' },
    },
    options: {
      nationalityGroup: { nl: 'Dutch', eu: 'EU, EEA or Swiss', 'third-country': 'From outside the EU (third country)' },
      residence: {
        lawful: 'Lawful stay',
        none: 'No lawful stay',
        asylum: 'In the asylum procedure',
        dublin: 'Dublin claimant',
        detained: 'In immigration detention',
      },
      ageGroup: { minor: 'Under 18', adult: '18 or older' },
      gender: { female: 'Woman', male: 'Man', x: 'Other or unknown (X)' },
      recruitment: { loverboy: 'Loverboy or pimp method', other: 'Other' },
      cooperation: {
        undecided: 'Has not decided yet',
        reporting: 'Reports to the police',
        'cooperating-otherwise': 'Cooperates in another way',
        unable: 'Cannot cooperate (threat or medical reason)',
        declined: 'Does not want to cooperate',
      },
      reflectionEndReason: {
        reported: 'Reported to the police',
        cooperating: 'Started to cooperate in another way',
        declined: 'Does not want to report or cooperate',
        disappeared: 'Left for an unknown destination',
        'other-application': 'Applied for another residence permit',
      },
      caseOutcome: {
        pending: 'Still running',
        conviction: 'Final conviction',
        acquittal: 'Acquittal',
        dismissal: 'Dismissal (no prosecution)',
      },
    },
    submit: 'Make the timeline',
    reset: 'Start again',
    timelineHeading: 'Timeline',
    planDate: 'Plan date',
    permitGrounds: 'Fitting permit grounds (Vb 2000 art. 3.48(1))',
    downloadsHeading: 'Keep and share',
    icsLink: 'Deadlines in your calendar (iCalendar file)',
    jsonLink: 'Download the input as a file (JSON)',
    jsonHint:
      'With this file you can make the timeline again later, also on the command line: wegwijzer trajectory --input file.json.',
    printHint: 'Print with your browser’s print function; the form is left out.',
    warningsHeading: 'Please note',
    statuses: {
      done: 'Done',
      current: 'Current',
      overdue: 'Overdue: act now',
      upcoming: 'Comes next',
      possible: 'Possible',
      'not-applicable': 'Does not apply',
    },
    deadlineKinds: {
      max: 'At the latest',
      within: 'At the latest',
      target: 'Target date',
      after: 'From',
      min: 'From',
      event: 'Date',
    },
    passed: 'passed',
    parties: 'Responsible',
    rights: 'Rights in this step',
    deadlines: 'Deadlines',
    legalBasis: 'Legal basis',
    notes: 'Notes',
    rulesApplied: 'Rules applied',
    next: 'Then',
    nextNone: 'End of this route.',
    sources: 'Sources',
    sourceRef: (n) => `source ${n}`,
    sourcesHeading: 'Sources of the timeline',
    stepStatus: 'Data',
    none: 'None',
    notApplicableHeading: 'The residence scheme does not apply',
    alternativesHeading: 'What applies instead',
    rulesHeading: 'Rules the planner applied',
    ruleColumns: {
      name: 'Rule',
      legalBasis: 'Legal basis',
      validity: 'Valid',
      status: 'Status',
      decisive: 'Decisive date',
    },
    validSince: (date) => `from ${date}`,
    validUntil: (date) => `until ${date}`,
    always: 'Always',
    doorstroomLink: 'Read how the move from shelter to a home works',
  },
  doorstroom: {
    title: 'From shelter to a home',
    intro:
      'A victim with a temporary B8 permit moves from shelter (the categorical shelter COSM or regular shelter) to a home of their own. This page shows the steps, who is responsible, what the municipality must do and where things get stuck in practice.',
    diagramHeading: 'Diagram',
    diagramTitle: 'From shelter to a home',
    diagramDesc: (steps, bottlenecks) =>
      `Diagram of ${steps} steps from top to bottom, from shelter to continued residence or return, with ${bottlenecks} known bottlenecks. The list below the diagram has the same content.`,
    duties: (n) => (n === 1 ? '1 duty of the municipality' : `${n} duties of the municipality`),
    bottleneckCount: (n) => (n === 1 ? '1 bottleneck' : `${n} bottlenecks`),
    or: 'or',
    listHeading: 'The steps as a list',
    parties: 'Responsible',
    rights: 'Rights',
    dutiesHeading: 'Duties',
    municipal: 'municipality',
    bottlenecksHeading: 'Known bottlenecks',
    legalBasis: 'Legal basis',
    sources: 'Sources',
    stepData: 'Data of this step',
    outcomesHeading: 'Then: continued residence or return',
    plannerLink: 'Make a timeline for a concrete situation with the trajectory planner',
    missing: 'The dataset has no data on the move to housing.',
  },
  wizard: {
    title: 'Which route fits this situation?',
    shortTitle: 'Route',
    intro:
      'Answer a few questions about the (possible) victim. You then see per phase which organisations act, which rights apply and whom to call in the region. Only the form of exploitation is required; leave open what you do not know.',
    privacy: 'Nothing is stored. Your answers live only in the page address, so you can share the route.',
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    step1Heading: 'About the exploitation and the person',
    step2Heading: 'More about the situation',
    step2Intro: 'These questions make the route more precise. If you do not know, choose "I do not know".',
    next: 'Next step',
    show: 'Show the route',
    back: 'Back to step 1',
    answersHeading: 'Your answers from step 1',
    change: 'Change',
    unknown: 'I do not know',
    moreHeading: 'More precise (optional)',
    errorSummary: 'Please check these answers',
    errorTitle: (title: string) => `Error: ${title}`,
    fieldError: (field: string, message: string) => `${field}: ${message}`,
    unknownField: (name: string) =>
      `The address contains an unknown field "${name}". It was left out; check the answers and continue.`,
    fields: {
      ...facetQuestions,
      exploitation: facets.exploitation.question,
      exploitationHelp: 'Choose one or more forms.',
      age: 'Age in years',
      ageHelp: 'If you know the age. Under 18 counts as a minor.',
      nationality: 'Country of nationality',
      nationalityHelp: 'Country or country code, for example Romania, Chinese or NG.',
      residenceHelp: 'Only relevant if the person does not have Dutch nationality.',
      unaccompaniedHelp: 'Unaccompanied means: without a parent or guardian in the Netherlands.',
      municipalityHelp: 'You then see the regional contacts: police unit, RIEC, Veilig Thuis and care coordination.',
      asOf: 'Reference date',
      asOfHelp: 'The route as it stood on this date, as YYYY-MM-DD. Leave empty for today.',
      asker: 'Who is asking?',
      askerNone: 'Rather not say',
      askerHelp:
        'The first steps at the top of the route are then written for you, in your order. You are never referred to your own kind of organisation.',
    },
    options: {
      minor: 'Yes, under 18',
      adult: 'No, 18 or older',
      nl: 'Dutch',
      eu: 'From the EU, the EEA or Switzerland',
      'third-country': 'From outside the EU',
      lawful: 'Lawful stay',
      none: 'No lawful stay',
      asylum: 'In the asylum procedure',
      dublin: 'Dublin claimant (another EU state is responsible)',
      detained: 'In immigration detention',
      true: 'Yes, unaccompanied',
      false: 'No, with a parent or guardian',
      female: 'Female',
      male: 'Male',
      x: 'X (other or not disclosed)',
      loverboy: 'With the loverboy method',
      other: 'In another way',
      undecided: 'Not yet decided',
      reporting: 'Reports to the police',
      'cooperating-otherwise': 'Cooperates in another way',
      unable: 'Cannot cooperate (threat or medical reason)',
      declined: 'Does not want to cooperate',
      police: 'Police',
      education: 'Education (school, vocational college)',
      'health-care': 'Health care (GP, mental health, GGD, hospital)',
      'youth-care': 'Youth care',
      municipality: 'Municipality',
      'aid-organisation': 'Aid organisation or shelter',
      citizen: 'Citizen: I am worried about someone',
      self: 'It is about me',
    },
    chooseMunicipality: 'I do not know',
    municipalityAlias: (alias: string, name: string) => `${alias} (municipality of ${name})`,
  },
  route: {
    title: 'Route for this situation',
    intro:
      'Per phase the organisations that have a role, and why. Without a reason, the role applies to every victim. What depends on something not yet known is listed under "Possibly also".',
    situationHeading: 'The situation',
    changeAnswers: 'Change answers',
    shareHeading: 'Share this route',
    shareText: 'The address holds only the answers, no names. Copy it to share the route or to find it again later.',
    shareLabel: 'Address of this route',
    contentsLabel: 'Contents of this page',
    warningsHeading: 'Note about this route',
    nextStepsHeading: 'Next steps',
    nextSteps: {
      lead: (aspect: string) => `${aspect}: led by`,
      regional: 'Call the regional contacts below.',
      openQuestions: 'Find out what is still unknown; the route then becomes more precise.',
      print: 'Print this page or save it as a PDF with your browser’s print function.',
    },
    instrumentsHeading: 'Continue with this situation',
    instrumentsIntro: 'These links carry the situation in the address; nothing is stored.',
    instruments: {
      trajectory: 'Plan the B8 trajectory',
      trajectoryText: 'The planner is filled in already; you only add the dates.',
      barrierModel: (topic: string) => `Barrier model: ${topic}`,
      doorstroom: 'Moving on to housing',
      basisniveau: (name: string) => `Basisniveau of the municipality of ${name} (regional overview)`,
    },
    regionalHeading: 'Contacts in your region',
    regionalIntro: (name: string) => `For the municipality of ${name}.`,
    noMunicipality: 'No municipality was chosen, so the regional contacts are missing.',
    addMunicipality: 'Choose a municipality',
    noRegional: 'No regional organisations are known yet for this municipality.',
    phaseHeading: (id: string, name: string) => `Phase ${id}: ${name}`,
    noAspects: 'In this phase no organisation has a role for this situation.',
    why: 'Why',
    maybe: 'Possibly also, depending on what is not yet known:',
    regionalBranch: 'In your region',
    rightsHeading: 'Rights and time limits',
    noRights: 'No rights were found for this situation.',
    limits: 'Time limits',
    providers: 'Provided by',
    openHeading: 'What changes if you know more?',
    openIntro: 'Some parts depend on what is not yet known. Choose an answer to adapt the route to it.',
    noOpen: 'Every question that affects the route has been answered.',
    ifAnswer: (label: string) => `If the answer is: ${label}`,
    confirms: (n: number) => (n === 1 ? '1 part certainly applies' : `${n} parts certainly apply`),
    dropsOut: (n: number) => (n === 1 ? '1 part drops out' : `${n} parts drop out`),
    noChange: 'nothing changes',
    showRoute: 'show this route',
    openEffect: (n: number) =>
      n === 0
        ? 'The answer changes nothing in this route.'
        : n === 1
          ? '1 part depends on the answer.'
          : `${n} parts depend on the answer.`,
    municipalityQuestion: 'With the municipality the route shows the regional contacts.',
    questions: facetQuestions,
    warnings: {
      derived: (n: number) =>
        n === 1
          ? '1 part rests on derived data: our own reasoning from the sources, not recorded literally. It is marked "Derived".'
          : `${n} parts rest on derived data: our own reasoning from the sources, not recorded literally. They are marked "Derived".`,
      unverified: (n: number) =>
        n === 1
          ? '1 part has not yet been checked against a source. It is marked "Not checked".'
          : `${n} parts have not yet been checked against a source. They are marked "Not checked".`,
      aspects: (n: number, of: number) =>
        `The division into aspects is partly derived; this holds for ${n} of the ${of} aspects in this route.`,
      conditional: (n: number) =>
        n === 1
          ? '1 part applies only for certain answers to the open questions.'
          : `${n} parts apply only for certain answers to the open questions.`,
      renamed: (date: string, old: string) =>
        `On the reference date ${date} an organisation had another name: the route shows the name of that time (${old}).`,
    },
    situation: {
      ...facetTitles,
      age: 'Age',
      nationality: 'Country of nationality',
      asOf: 'Reference date',
      unknownValue: 'unknown',
      derived: 'derived',
      stillUnknown: (list: string) => `Not yet known: ${list}.`,
      asker: 'Written for',
    },
    years: (n: number) => `${n} years`,
  },
  search: {
    title: 'Search',
    intro:
      'Search organisations, their tasks, rights, signals and terms. The texts are mostly in Dutch, so Dutch search words work best.',
    label: 'Search words',
    help: 'For example: shelter for minors, reflection period or loverboy.',
    button: 'Search',
    results: (n: number, q: string) => (n === 1 ? `1 result for "${q}"` : `${n} results for "${q}"`),
    more: (shown: number, total: number) => `${shown} of ${total} shown`,
    noResults: (q: string) => `Nothing found for "${q}".`,
    noResultsTips: [
      'Check the spelling.',
      'Use fewer or more general words, in Dutch.',
      'Search for the name of an organisation, for example CoMensha or IND.',
    ],
    noResultsLinks: 'You can also browse:',
    ignored: (words: string) => `Not used in the search: ${words}.`,
    didYouMean: 'Did you mean:',
    empty: 'Enter one or more search words.',
    noWords: 'Use at least one letter or digit.',
    tooLong: (max: number, n: number) => `The search is ${n} characters long; use at most ${max} characters.`,
    unavailable:
      'Search is not available right now, because the data has not been loaded yet. Try again later or browse through the menu.',
    errorSummary: 'There is a problem with the search',
    groups: {
      party: 'Organisations',
      responsibility: 'Tasks of organisations',
      right: 'Rights and regulations',
      indicator: 'Signals',
      glossary: 'Terms',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist (any more). The address may have been mistyped.',
    home: 'Go to the home page',
  },
  badRequest: { title: 'There is a problem with your choice' },
  summaryActions: {
    general: {
      'acute-danger': () => 'Call 112 when the victim or anyone else is in acute danger.',
      'care-coordinator': (p) =>
        p.fallback !== undefined && p.regional !== undefined
          ? `Consult the region's care coordinator for trafficking (${p.region ?? p.regional}); probably ${p.regional}, but that is not confirmed: call ${p.fallback} as fallback.`
          : p.fallback !== undefined
            ? `Consult the care coordinator for trafficking; ${p.region === undefined ? 'without a municipality' : `for ${p.region}`} that is ${p.fallback}.`
            : `Consult the care coordinator for trafficking${within(p)}: first point of contact, arranges shelter and support.`,
      'veilig-thuis': (p) =>
        `Ask ${p.regional ?? 'Veilig Thuis'} (Safe at Home) for advice or report: exploitation of a minor or in a domestic setting.`,
      'guardian-nidos': () =>
        'Involve Nidos: the guardian of unaccompanied foreign minors decides on protected shelter.',
      'police-report': (p) =>
        `Report the suspicion to the police${within(p)}; trafficking detectives (AVIM) hold the information interview and take the report.`,
      'labour-inspectorate': (p) =>
        p.scope === 'criminal'
          ? 'Report exploitation outside the sex industry to the Netherlands Labour Authority (NLA), anonymously if need be.'
          : 'Report labour exploitation to the Netherlands Labour Authority (NLA), anonymously if need be.',
      'reflection-period': (p) =>
        `Make sure the reflection period is offered${p.duration === undefined ? '' : ` (at most ${p.duration})`} at the slightest indication; the police or KMar do so.`,
      'register-comensha': () =>
        'Make sure the possible victim is registered with CoMensha (the police, KMar, NLA or the care coordinator do so).',
    },
    police: {
      'reflection-period': (p) =>
        `Offer the reflection period${p.duration === undefined ? '' : ` (at most ${p.duration})`} at the slightest indication and report it to the IND.`,
      'register-comensha': () =>
        'Register the possible victim with CoMensha; as an investigating service the police must do so.',
      'labour-inspectorate': () =>
        'Involve the Netherlands Labour Authority (NLA) in exploitation at work: it can run its own criminal investigation.',
    },
    citizen: {
      'acute-danger': () => 'Is someone in immediate danger? Call 112.',
      'veilig-thuis': (p) =>
        `Is it about someone under 18? Ask ${p.regional ?? 'Veilig Thuis'} (Safe at Home) for advice or report it, free and day and night.`,
      'police-report': () => 'Tell the police what you see; call the ordinary number when it is not urgent.',
      'report-anonymously': () => 'Rather stay anonymous? Report it to Meld Misdaad Anoniem; nobody asks your name.',
      'labour-inspectorate': () =>
        'Is it about work? Report it to the Netherlands Labour Authority, anonymously if you like.',
      'victim-helpline': () => 'Not sure? Ask CoMensha for advice (on working days).',
    },
    self: {
      'acute-danger': () => 'Are you in immediate danger? Call 112.',
      'veilig-thuis': () =>
        'Are you under 18? Call Veilig Thuis (Safe at Home): free, day and night. You may also just ask for advice.',
      'victim-helpline': () => 'Call CoMensha: you get advice and help finding a safe place to live.',
      'fair-work': () =>
        'Is it about your work? FairWork helps for free and in confidence, also in other languages (fairwork.nu).',
      'victim-support': () =>
        'Victim Support Netherlands listens and helps you with practical matters, money and your rights.',
      'police-report': () =>
        'You can report the crime to the police (human trafficking team). You may, but you do not have to right away.',
      'reflection-period': (p) =>
        `You have a right to a reflection period: ${p.duration === undefined ? 'time' : `up to ${p.duration}`} to decide in peace whether to report the crime. The police offer it.`,
      'labour-inspectorate': () =>
        'Are you exploited at work? Report it to the Labour Authority, anonymously if you like.',
    },
  },
}
