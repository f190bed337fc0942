// SPDX-License-Identifier: EUPL-1.2
// The codes the route engine returns instead of text (ADR 0011), with their parameters. Facets and
// values travel as ids (the catalogue has their labels); parties, aspects and rights as ids too
// (worded at the edge in the reader's language, issue 22 item 3); names of regions and
// municipalities travel as the dataset spells them.
import type { MaskFacet } from '../conditions/index.ts'
import type { MessageOf } from '../message.ts'
import type { RegionKind } from '../region.ts'

type Nothing = Readonly<Record<string, never>>

/** A route item by ids: a party under an aspect (a regional party alone), or a right. */
export type RouteItemIds = { readonly party: string; readonly aspect?: string } | { readonly right: string }

export interface RouteMessageParams {
  /** Parts of the route that rest on derived data; `items` their ids. */
  'route.warning.derived': { readonly count: number; readonly items: readonly RouteItemIds[] }
  'route.warning.unverified': { readonly count: number; readonly items: readonly RouteItemIds[] }
  /** Aspects whose place in the organogram is derived. */
  'route.warning.aspects-derived': { readonly derived: number; readonly total: number }
  'route.warning.conditional': { readonly count: number }
  'route.warning.no-municipality': Nothing
  /** A party had another name on the reference date. */
  'route.warning.renamed': { readonly asOf: string; readonly old: string; readonly current: string }
  /** What answering an open question changes: `count` route items depend on it. */
  'route.open.effect': { readonly count: number }
  /** The municipality is open: regional parties follow; `items` depend on the region. */
  'route.open.municipality': { readonly items: readonly string[] }
  /** The why of an item without conditions. */
  'route.reason.everyone': Nothing
  /** The listed forms of exploitation that the scenario has. */
  'route.reason.forms': { readonly forms: readonly string[] }
  /** The scenario's value(s) of a facet satisfy the condition. */
  'route.reason.values': { readonly facet: MaskFacet; readonly values: readonly string[] }
  'route.reason.age': { readonly value: string; readonly age: number }
  'route.reason.nationality': { readonly value: string; readonly nationality: string }
  /** The facet is unknown; the item holds only for these values. */
  'route.reason.only-if': { readonly facet: MaskFacet; readonly values: readonly string[] }
  'route.reason.regions-unknown': Nothing
  'route.reason.regions': { readonly municipality: string; readonly regions: readonly string[] }
  'route.reason.valid': { readonly from?: string; readonly to?: string }
  /** A regional party is shown because its national party (id) stands in the route (under an aspect or a right, ids). */
  'route.reason.in-route': {
    readonly party: string
    readonly aspect?: string
    readonly right?: string
    readonly conditional: boolean
  }
  /** The summary's first action: 112 in acute danger, for every victim. */
  'route.reason.acute': Nothing
  /** A regional party: the municipality belongs to its region (`fallback`: the region's stand-in). */
  'route.reason.region-member': {
    readonly municipality: string
    readonly regionKind: RegionKind
    readonly region: string
    readonly fallback: boolean
  }
}

export type RouteMessage = MessageOf<RouteMessageParams>
