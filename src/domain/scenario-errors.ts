// SPDX-License-Identifier: EUPL-1.2
// What is wrong with a scenario, as codes with parameters instead of text (ADR 0011): the scenario
// parser and the planner's event checks return these, and the web, the CLI and the API word them
// from the message catalogue. Each error names its field in `path`; the parameters hold the value
// that was given and what was expected, so the text can say both in any language.
import type { Message, MessageOf } from './message.ts'
import type { AgeGroup, NationalityGroup } from './facets.ts'

type Nothing = Readonly<Record<string, never>>

/**
 * A value as an error shows it: text (cut at 40 characters), a number or a boolean as given, and
 * only the kind of anything larger (a list, an object) or of null.
 */
export type GivenValue =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' | 'list' | 'object' }

type Given = { readonly given: GivenValue }

/** The dates of the events of a case (the planner's date fields). */
export type EventDateField =
  | 'firstSignal'
  | 'reflectionStart'
  | 'reflectionEnd'
  | 'report'
  | 'permitGranted'
  | 'prosecutionDecision'
  | 'caseOutcomeDate'
  | 'asOf'

/** Why two dates of a case cannot come in the order given (the later field is the error's path). */
export const DATE_ORDER_RULES = [
  'reflection-after-signal',
  'reflection-end-after-start',
  'report-after-signal',
  'report-after-reflection',
  'permit-after-signal',
  'permit-after-reflection',
  'permit-after-report',
  'prosecution-after-report',
  'outcome-after-report',
  'outcome-after-prosecution',
] as const
export type DateOrderRule = (typeof DATE_ORDER_RULES)[number]

export interface ScenarioErrorParams {
  'scenario.error.not-object': Nothing
  'scenario.error.unknown-field': { readonly allowed: readonly string[] }
  'scenario.error.repeated': Nothing
  'scenario.error.not-text': Given
  'scenario.error.not-allowed': Given & { readonly allowed: readonly string[] }
  'scenario.error.not-boolean': Given
  'scenario.error.age': Given & { readonly max: number }
  'scenario.error.age-group-disagrees': {
    readonly ageGroup: string
    readonly age: number
    readonly fromAge: AgeGroup
  }
  /** Only a minor can be unaccompanied; `age` when the age was given, else the group said adult. */
  'scenario.error.unaccompanied-adult': { readonly age?: number }
  'scenario.error.nationality': Given
  /** A country name that fits more than one country: their ISO codes. */
  'scenario.error.nationality-ambiguous': Given & { readonly codes: readonly string[] }
  'scenario.error.nationality-unknown': Given & { readonly suggestion?: string }
  'scenario.error.nationality-group-disagrees': {
    readonly nationalityGroup: string
    readonly nationality: string
    readonly fromCountry: NationalityGroup
  }
  'scenario.error.residence-dutch': Nothing
  'scenario.error.exploitation-missing': { readonly allowed: readonly string[] }
  'scenario.error.exploitation-not-list': Given
  'scenario.error.exploitation-empty': { readonly allowed: readonly string[] }
  'scenario.error.exploitation-unknown': Given & { readonly allowed: readonly string[] }
  'scenario.error.exploitation-twice': Given
  /** A name that fits more than one municipality: their CBS codes and names. */
  'scenario.error.municipality-ambiguous': Given & {
    readonly matches: readonly { readonly id: string; readonly name: string }[]
  }
  'scenario.error.municipality-name-unknown': Given
  'scenario.error.municipality-code': Given
  'scenario.error.municipality-unknown': Given

  'scenario.error.date': Given
  'scenario.error.renewals-not-list': Given
  'scenario.error.renewals-too-many': { readonly max: number }
  'scenario.error.eu-right-not-eu': Nothing
  'scenario.error.witness-not-reporting': { readonly cooperation: string }
  'scenario.error.witness-no-reflection': Nothing
  'scenario.error.detention-needs-consent': Nothing
  'scenario.error.consent-not-detained': Nothing
  'scenario.error.presence-not-dublin': Nothing
  'scenario.error.reflection-end-without-start': Nothing
  'scenario.error.end-reason-without-end': Nothing
  'scenario.error.outcome-date-without-outcome': Nothing
  'scenario.error.renewals-without-permit': Nothing
  'scenario.error.permit-declined': Nothing
  /** `date` (the path's) lies before `earlierDate` of field `earlier`. */
  'scenario.error.date-order': {
    readonly date: string
    readonly earlier: EventDateField
    readonly earlierDate: string
    readonly rule: DateOrderRule
  }
  'scenario.error.reflection-too-long': { readonly date: string; readonly last: string }
  'scenario.error.reflection-after-report': { readonly report: string }
  'scenario.error.renewal-before-permit': { readonly date: string; readonly permitGranted: string }
  'scenario.error.renewal-not-after-previous': { readonly date: string; readonly previous: string }
  'scenario.error.date-after-plan-date': { readonly date: string; readonly asOf: string }
}

export type ScenarioErrorCode = keyof ScenarioErrorParams & string
export type ScenarioErrorMessage = MessageOf<ScenarioErrorParams>

/** One problem of the input: the field it is about (top-level name, or `renewals/1`) and what. */
export type ScenarioError = ScenarioErrorMessage & {
  /** The input field the problem is about (top-level name, e.g. "age"). */
  readonly path: string
}

/** Records a problem with a field; returns undefined so a reader can `return fail(…)`. */
export type Fail = <C extends ScenarioErrorCode>(path: string, code: C, params: ScenarioErrorParams[C]) => undefined

/** Collects errors into `errors`. */
export function failInto(errors: ScenarioError[]): Fail {
  return (path, code, params) => {
    errors.push({ path, code, params } as Message as ScenarioError)
    return undefined
  }
}

/** The parameters of a code that has none. */
export const noParams: Nothing = {}

/** A value as an error names it (see GivenValue). */
export function given(v: unknown): GivenValue {
  if (typeof v === 'string') {
    return { type: 'text', value: v.length > 40 ? `${v.slice(0, 40)}…` : v }
  }
  if (typeof v === 'number') {
    return { type: 'number', value: v }
  }
  if (typeof v === 'boolean') {
    return { type: 'boolean', value: v }
  }
  if (v === null || v === undefined) {
    return { type: 'null' }
  }
  return { type: Array.isArray(v) ? 'list' : 'object' }
}
