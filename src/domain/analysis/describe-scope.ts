// SPDX-License-Identifier: EUPL-1.2
// A facet cube as the parameters of its description ("alle minderjarigen × seksuele uitbuiting",
// "adults from third countries without lawful stay"): who, then the facets that narrow it. Facets
// that span everything are left out; the catalogue (src/messages) words it per language.
import { FACET_VALUES, RESIDENCE_NOT_APPLICABLE } from '../conditions/index.ts'
import { EXPLOITATION_FORMS } from '../facets.ts'
import type { Scope } from './analysis-schema.ts'
import type { Grid, GridFacet } from './grid.ts'
import type { Cube } from './merge-cells.ts'
import type { ScopeParams, ScopeWho } from './messages.ts'

type Writable<T> = { -readonly [K in keyof T]: T[K] }

const FOREIGN_RESIDENCE = FACET_VALUES.residence.filter((r) => r !== RESIDENCE_NOT_APPLICABLE)

export interface DescribeContext {
  readonly grid: Grid
  readonly regionNames: ReadonlyMap<string, string>
}

/** The scope of a normalised cube (see normaliseCube): its facet values and its description. */
export function describeCube(ctx: DescribeContext, cube: Cube): Scope {
  const { grid } = ctx
  const chosen = new Map<GridFacet, string[]>()
  grid.dims.forEach((dim, d) => {
    chosen.set(
      dim.facet,
      (cube[d] ?? []).map((i) => dim.values[i] ?? ''),
    )
  })
  const get = (f: GridFacet): string[] | undefined => chosen.get(f)
  const full = (f: GridFacet): boolean => {
    const d = grid.dims.findIndex((x) => x.facet === f)
    return d < 0 || (cube[d]?.length ?? 0) === (grid.sizes[d] ?? 0)
  }
  const facets: Scope['facets'] = {}
  const params: Writable<ScopeParams> = { who: 'all' }

  const ages = get('ageGroup') ?? []
  const unacc = get('unaccompanied') ?? []
  const minorsOnly = ages.length === 1 && ages[0] === 'minor'
  const adultsOnly = ages.length === 1 && ages[0] === 'adult'
  let who: ScopeWho = 'all'
  if (minorsOnly && unacc.length === 1) {
    who = unacc[0] === 'true' ? 'unaccompanied-minors' : 'accompanied-minors'
    facets.ageGroup = ['minor']
    facets.unaccompanied = unacc[0] === 'true'
  } else if (minorsOnly) {
    who = 'minors'
    facets.ageGroup = ['minor']
  } else if (adultsOnly) {
    who = 'adults'
    facets.ageGroup = ['adult']
  } else if (unacc.length === 1 && unacc[0] === 'false') {
    who = 'adults-and-accompanied'
    facets.unaccompanied = false
  }
  params.who = who

  const nats = get('nationalityGroup') ?? []
  if (!full('nationalityGroup')) {
    params.nationality = nats.join(',')
    facets.nationalityGroup = nats
  }
  const residence = (get('residence') ?? []).filter((r) => r !== RESIDENCE_NOT_APPLICABLE)
  const dutchOnly = nats.length === 1 && nats[0] === 'nl'
  if (!dutchOnly && residence.length > 0 && residence.length < FOREIGN_RESIDENCE.length) {
    params.residence = residence
    if (nats.includes('nl')) {
      params.residenceNonDutchOnly = true
    }
    facets.residence = residence
  }
  for (const f of ['gender', 'recruitment', 'cooperation'] as const) {
    const values = get(f)
    if (values !== undefined && !full(f)) {
      params[f] = values
      facets[f] = values
    }
  }

  const forms = get('exploitation') ?? []
  if (!full('exploitation')) {
    const ordered = EXPLOITATION_FORMS.filter((f) => forms.includes(f))
    params.exploitation = ordered
    facets.exploitation = ordered
  }

  if (!full('region')) {
    const ids = get('region') ?? []
    const classes = grid.regionClasses.filter((c) => ids.includes(c.id))
    const others = grid.regionClasses.filter((c) => !ids.includes(c.id))
    const municipalities = classes.flatMap((c) => c.municipalities).sort()
    facets.municipalities = municipalities
    const name = (id: string): string => ctx.regionNames.get(id) ?? id
    // "Everywhere except …" reads better than listing every other region.
    const outside = classes.some((c) => c.signature.length === 0)
    params.regions = (outside ? others : classes).map((c) => c.signature.map(name))
    if (outside) {
      params.outside = true
    }
    params.municipalities = municipalities.length
  }
  return { code: 'analysis.scope', params, facets }
}
