// SPDX-License-Identifier: EUPL-1.2
// The shape of the one label set per facet that each catalogue holds (src/domain/facets.ts names
// the facets and their values; this type makes a missing or extra value a compile error).
import type { FACETS, FacetName } from '../domain/facets.ts'
import type { RESIDENCE_NOT_APPLICABLE } from '../domain/conditions/index.ts'

/** The facets of the table plus the scenario's municipality (asked, but not a condition facet). */
export type FacetKey = FacetName | 'municipality'

type ListedValues<F extends FacetName> = (typeof FACETS)[F]['values'] extends readonly (infer V extends string)[]
  ? V
  : never

/** The values each facet's labels must cover. */
export type FacetValueKey<F extends FacetKey> = F extends 'unaccompanied'
  ? 'true' | 'false'
  : F extends 'residence'
    ? ListedValues<'residence'> | typeof RESIDENCE_NOT_APPLICABLE
    : F extends FacetName
      ? ListedValues<F>
      : never

interface FacetLabels<F extends FacetKey> {
  /** What the facet is called, lower case, to use inside a sentence ("hangt af van: …"). */
  readonly name: string
  /** The values' labels, lower case, as they read inside a sentence. */
  readonly values: Readonly<Record<FacetValueKey<F>, string>>
}

export type FacetLabelSet = {
  readonly [F in FacetKey]: FacetLabels<F> &
    // Regions are never asked: the municipality decides them.
    (F extends 'regions' ? object : { readonly question: string })
}
