// SPDX-License-Identifier: EUPL-1.2
// The planner form as data: which input fields it has, how they are grouped for progressive
// disclosure, and how the query string maps to field values, errors and the links that carry the
// same input (calendar, JSON file). The field names are the API's, so one query fits both.
import {
  AGE_GROUPS,
  COOPERATION,
  GENDERS,
  NATIONALITY_GROUPS,
  RECRUITMENT_METHODS,
  RESIDENCE_STATUSES,
} from '../../../domain/facets.ts'
import type { ParseContext } from '../../../domain/route/index.ts'
import {
  CASE_OUTCOMES,
  REFLECTION_END_REASONS,
  TRAJECTORY_FIELDS,
  parseTrajectoryInput,
  type ParsedTrajectoryInput,
  type TrajectoryInput,
  type TrajectoryInputError,
} from '../../../domain/trajectory/index.ts'
import type { Locale } from '../../i18n.ts'
import { render } from '../../../messages/catalogue.ts'

/** The planner asks about the case only; who is asking words the route summary, not the plan. */
export type PlannerFieldName = Exclude<keyof TrajectoryInput, 'asker'>
const PLANNER_FIELDS = TRAJECTORY_FIELDS.filter((f): f is PlannerFieldName => f !== 'asker')
export type FieldGroup = 'person' | 'special' | 'dates' | 'criminalCase' | 'planDate'

export type PlannerField =
  | { readonly name: PlannerFieldName; readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly name: PlannerFieldName; readonly kind: 'yes-no' }
  | { readonly name: PlannerFieldName; readonly kind: 'date' | 'dates' | 'text' }
  | { readonly name: PlannerFieldName; readonly kind: 'forms' }

/** Form fields per group, in the order they are shown. Every input field appears exactly once. */
export const FIELD_GROUPS: readonly { readonly group: FieldGroup; readonly fields: readonly PlannerField[] }[] = [
  {
    group: 'person',
    fields: [
      { name: 'nationality', kind: 'text' },
      { name: 'nationalityGroup', kind: 'choice', options: NATIONALITY_GROUPS },
      { name: 'residence', kind: 'choice', options: RESIDENCE_STATUSES },
      { name: 'age', kind: 'text' },
      { name: 'ageGroup', kind: 'choice', options: AGE_GROUPS },
      { name: 'gender', kind: 'choice', options: GENDERS },
      { name: 'exploitation', kind: 'forms' },
      { name: 'recruitment', kind: 'choice', options: RECRUITMENT_METHODS },
      { name: 'cooperation', kind: 'choice', options: COOPERATION },
      { name: 'municipality', kind: 'text' },
    ],
  },
  {
    group: 'special',
    fields: [
      { name: 'euResidenceRight', kind: 'yes-no' },
      { name: 'unaccompanied', kind: 'yes-no' },
      { name: 'witness', kind: 'yes-no' },
      { name: 'refusedEntry', kind: 'yes-no' },
      { name: 'detentionConsent', kind: 'yes-no' },
      { name: 'presenceNeeded', kind: 'yes-no' },
    ],
  },
  {
    group: 'dates',
    fields: [
      { name: 'firstSignal', kind: 'date' },
      { name: 'reflectionStart', kind: 'date' },
      { name: 'reflectionEnd', kind: 'date' },
      { name: 'reflectionEndReason', kind: 'choice', options: REFLECTION_END_REASONS },
      { name: 'report', kind: 'date' },
      { name: 'permitGranted', kind: 'date' },
      { name: 'renewals', kind: 'dates' },
    ],
  },
  {
    group: 'criminalCase',
    fields: [
      { name: 'prosecutionDecision', kind: 'date' },
      { name: 'caseOutcome', kind: 'choice', options: CASE_OUTCOMES },
      { name: 'caseOutcomeDate', kind: 'date' },
    ],
  },
  { group: 'planDate', fields: [{ name: 'asOf', kind: 'date' }] },
]

/** Groups that start closed (<details>) unless one of their fields has a value or an error. */
export const COLLAPSIBLE_GROUPS: ReadonlySet<FieldGroup> = new Set(['special', 'criminalCase', 'planDate'])

export function fieldId(name: string): string {
  return `b8-${name}`
}

export type RawQuery = Readonly<Record<string, string | readonly string[] | undefined>>

/** What the form shows again: the text of each field exactly as it was sent. */
export type FormValues = Readonly<Partial<Record<PlannerFieldName, string>>>

export function formValues(query: RawQuery): FormValues {
  const out: Partial<Record<PlannerFieldName, string>> = {}
  for (const name of PLANNER_FIELDS) {
    const v = query[name]
    const text = Array.isArray(v) ? v.join(', ') : (v as string | undefined)
    if (text !== undefined && text !== '') {
      out[name] = text
    }
  }
  return out
}

export interface FieldError {
  /** The form field the error belongs to, or undefined for a field the form does not have. */
  readonly field: PlannerFieldName | undefined
  readonly path: string
  readonly message: string
}

const FIELD_NAMES: ReadonlySet<string> = new Set(PLANNER_FIELDS)

/** Errors of the parser, in the page language, attached to a form field (`renewals/1` → renewals). */
export function fieldErrors(errors: readonly TrajectoryInputError[], locale: Locale): FieldError[] {
  return errors.map((e) => {
    const base = e.path.split('/')[0] ?? e.path
    return {
      field: FIELD_NAMES.has(base) ? (base as PlannerFieldName) : undefined,
      path: e.path,
      message: render(locale, e),
    }
  })
}

export type PlannerRequest =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly values: FormValues; readonly errors: readonly FieldError[] }
  | {
      readonly kind: 'valid'
      readonly values: FormValues
      readonly input: ParsedTrajectoryInput
      readonly asOfGiven: boolean
    }

/**
 * A first visit (no query at all) shows only the form; anything sent is parsed and checked.
 * `requireInput` treats an empty query as a submitted empty form (for the JSON file link).
 */
export function readPlannerRequest(
  query: RawQuery,
  ctx: ParseContext,
  locale: Locale,
  options: { requireInput?: boolean } = {},
): PlannerRequest {
  if (Object.keys(query).length === 0 && options.requireInput !== true) {
    return { kind: 'empty' }
  }
  const values = formValues(query)
  const parsed = parseTrajectoryInput(query, ctx, { fromQuery: true })
  if (!parsed.ok) {
    return { kind: 'invalid', values, errors: fieldErrors(parsed.errors, locale) }
  }
  return { kind: 'valid', values, input: parsed.input, asOfGiven: values.asOf !== undefined }
}

/** The input as the API's query string (fields in schema order; renewals comma-separated). */
export function inputQuery(input: ParsedTrajectoryInput, options: { withAsOf: boolean }): string {
  const params = new URLSearchParams()
  for (const name of TRAJECTORY_FIELDS) {
    if (name === 'asOf' && !options.withAsOf) {
      continue
    }
    const v = input[name]
    if (v === undefined) {
      continue
    }
    params.set(name, Array.isArray(v) ? v.join(',') : String(v))
  }
  return params.toString()
}

/** The input as a JSON document for the CLI (`wegwijzer trajectory --input`) or the API body. */
export function inputDocument(input: ParsedTrajectoryInput, options: { withAsOf: boolean }): TrajectoryInput {
  const out: Record<string, unknown> = {}
  for (const name of TRAJECTORY_FIELDS) {
    if ((name !== 'asOf' || options.withAsOf) && input[name] !== undefined) {
      out[name] = input[name]
    }
  }
  return out as TrajectoryInput
}
