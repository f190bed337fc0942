// SPDX-License-Identifier: EUPL-1.2
// The codes the analysis returns instead of text (ADR 0011), with their parameters: the action for
// a finding and the words for where it holds. The aspect travels as its id (worded in the reader's
// language at the edge), party names as the dataset spells them; facets and values as ids.
import type { MessageOf } from '../message.ts'

/** The aspect (id, worded at the edge) and the parties an action speaks of, with their names. */
export interface ActionParams {
  readonly aspect: string
  readonly parties?: string[]
  readonly partyNames?: string[]
  readonly agreements?: string[]
}

/** Who a finding is about: the noun of the scope (age group and unaccompanied together). */
export const SCOPE_WHO = [
  'all',
  'minors',
  'unaccompanied-minors',
  'accompanied-minors',
  'adults',
  'adults-and-accompanied',
] as const
export type ScopeWho = (typeof SCOPE_WHO)[number]

/** A facet cube in parameters: only the facets that narrow the scope are present. */
export interface ScopeParams {
  readonly who: ScopeWho
  /** The nationality groups, joined by "," in facet order (e.g. "eu,third-country"). */
  readonly nationality?: string
  readonly residence?: string[]
  /** The residence words apply to the non-Dutch only (Dutch nationals are in the scope too). */
  readonly residenceNonDutchOnly?: boolean
  readonly gender?: string[]
  readonly recruitment?: string[]
  readonly cooperation?: string[]
  readonly exploitation?: string[]
  /** Only some municipalities: the region names of each group of municipalities (one list per group). */
  readonly regions?: string[][]
  /** The groups are everywhere except these regions ("outside"). */
  readonly outside?: boolean
  readonly municipalities?: number
}

export interface AnalysisMessageParams {
  'analysis.action.assign': ActionParams
  'analysis.action.agree-lead': ActionParams
  'analysis.action.agree-roles': ActionParams
  'analysis.action.shared': ActionParams
  'analysis.action.keep-agreement': ActionParams
  'analysis.scope': ScopeParams
}

export type AnalysisMessage = MessageOf<AnalysisMessageParams>
