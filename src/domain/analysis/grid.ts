// SPDX-License-Identifier: EUPL-1.2
// The facet space of one aspect as a grid of cells: every combination of the core facets, plus the
// secondary facets and region classes only where a record of that aspect actually conditions on them.
import type { Conditions } from '../facets.ts'
import { EXPLOITATION_FORMS } from '../facets.ts'
import {
  FACET_VALUES,
  FORM_BITS,
  allBits,
  anyPossible,
  bitOf,
  restrict,
  type MaskFacet,
  type Possible,
} from '../conditions/index.ts'

export const CORE_FACETS = ['ageGroup', 'unaccompanied', 'nationalityGroup', 'residence', 'exploitation'] as const
export const SECONDARY_FACETS = ['gender', 'recruitment', 'cooperation'] as const
export type SecondaryFacet = (typeof SECONDARY_FACETS)[number]
export type GridFacet = (typeof CORE_FACETS)[number] | SecondaryFacet | 'region'

export interface GridDim {
  readonly facet: GridFacet
  readonly values: readonly string[]
}

/** Municipalities that agree on every region the aspect's records name: they behave identically. */
export interface RegionClass {
  readonly id: string
  /** The relevant region ids these municipalities belong to (empty: none of them). */
  readonly signature: readonly string[]
  readonly regionSet: ReadonlySet<string>
  readonly municipalities: readonly string[]
}

export interface Grid {
  readonly dims: readonly GridDim[]
  readonly sizes: readonly number[]
  readonly strides: readonly number[]
  readonly size: number
  /** 1 where the cell is a possible scenario (residence only for non-Dutch, unaccompanied only for minors). */
  readonly valid: Uint8Array
  readonly regionClasses: readonly RegionClass[]
  /** Per cell: its index in the core grid (CORE_FACETS only), for heatmap counts and comparisons. */
  readonly coreOf: Int32Array
}

export interface CellContext {
  readonly possible: Possible
  readonly forms: number
  readonly regionSet: ReadonlySet<string> | undefined
}

const CORE_VALUES: Readonly<Record<(typeof CORE_FACETS)[number], readonly string[]>> = {
  ageGroup: FACET_VALUES.ageGroup,
  unaccompanied: FACET_VALUES.unaccompanied,
  nationalityGroup: FACET_VALUES.nationalityGroup,
  residence: FACET_VALUES.residence,
  exploitation: EXPLOITATION_FORMS,
}
export const CORE_SIZES = CORE_FACETS.map((f) => CORE_VALUES[f].length)
export const CORE_SIZE = CORE_SIZES.reduce((a, b) => a * b, 1)

function stridesOf(sizes: readonly number[]): number[] {
  const strides = new Array<number>(sizes.length).fill(1)
  for (let d = sizes.length - 2; d >= 0; d--) {
    strides[d] = (strides[d + 1] ?? 1) * (sizes[d + 1] ?? 1)
  }
  return strides
}
const CORE_STRIDES = stridesOf(CORE_SIZES)

export function decode(grid: Pick<Grid, 'sizes' | 'strides'>, cell: number): number[] {
  return grid.sizes.map((size, d) => Math.floor(cell / (grid.strides[d] ?? 1)) % size)
}

/** Which secondary facets and regions the given conditions touch. */
export function usedFacets(conditions: readonly (Conditions | undefined)[]): {
  secondary: SecondaryFacet[]
  regions: Set<string>
} {
  const secondary = new Set<SecondaryFacet>()
  const regions = new Set<string>()
  for (const c of conditions) {
    for (const f of SECONDARY_FACETS) {
      if (c?.[f] !== undefined) {
        secondary.add(f)
      }
    }
    for (const r of c?.regions ?? []) {
      regions.add(r)
    }
  }
  return { secondary: SECONDARY_FACETS.filter((f) => secondary.has(f)), regions }
}

/** Groups municipalities by the relevant regions they belong to; one class per distinct signature. */
export function regionClasses(
  municipalities: Iterable<{ readonly id: string; readonly regionSet: ReadonlySet<string> }>,
  relevant: ReadonlySet<string>,
): RegionClass[] {
  const groups = new Map<string, { signature: string[]; municipalities: string[] }>()
  for (const m of municipalities) {
    const signature = [...relevant].filter((r) => m.regionSet.has(r)).sort()
    const key = signature.join(',')
    const group = groups.get(key) ?? { signature, municipalities: [] }
    group.municipalities.push(m.id)
    groups.set(key, group)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g], i) => ({
      id: `r${i}`,
      signature: g.signature,
      regionSet: new Set(g.signature),
      municipalities: g.municipalities.sort(),
    }))
}

export function buildGrid(secondary: readonly SecondaryFacet[], classes: readonly RegionClass[]): Grid {
  const dims: GridDim[] = [
    ...CORE_FACETS.slice(0, 4).map((facet) => ({ facet, values: CORE_VALUES[facet] })),
    ...secondary.map((facet) => ({ facet, values: FACET_VALUES[facet] })),
    { facet: 'exploitation' as const, values: EXPLOITATION_FORMS },
    ...(classes.length === 0 ? [] : [{ facet: 'region' as const, values: classes.map((c) => c.id) }]),
  ]
  const sizes = dims.map((d) => d.values.length)
  const strides = stridesOf(sizes)
  const size = sizes.reduce((a, b) => a * b, 1)
  const valid = new Uint8Array(size)
  const coreOf = new Int32Array(size)
  const at = (facet: GridFacet): number => dims.findIndex((d) => d.facet === facet)
  const [age, unacc, nat, res, form] = [
    at('ageGroup'),
    at('unaccompanied'),
    at('nationalityGroup'),
    at('residence'),
    at('exploitation'),
  ]
  const any = anyValue()
  for (let cell = 0; cell < size; cell++) {
    const c = decode({ sizes, strides }, cell)
    const [a, u, n, r, f] = [c[age] ?? 0, c[unacc] ?? 0, c[nat] ?? 0, c[res] ?? 0, c[form] ?? 0]
    // A cell is a possible situation when the facet rules leave it standing (value i is bit 1 << i).
    const cellValues = { ...any, ageGroup: 1 << a, unaccompanied: 1 << u, nationalityGroup: 1 << n, residence: 1 << r }
    valid[cell] = anyPossible(restrict(cellValues)) ? 1 : 0
    coreOf[cell] = [a, u, n, r, f].reduce((sum, v, i) => sum + v * (CORE_STRIDES[i] ?? 0), 0)
  }
  return { dims, sizes, strides, size, valid, regionClasses: classes, coreOf }
}

function anyValue(): Possible {
  return {
    ageGroup: allBits('ageGroup'),
    nationalityGroup: allBits('nationalityGroup'),
    residence: allBits('residence'),
    unaccompanied: allBits('unaccompanied'),
    gender: allBits('gender'),
    recruitment: allBits('recruitment'),
    cooperation: allBits('cooperation'),
  }
}

/** What the condition check needs to know about a cell. */
export function cellContext(grid: Grid, cell: number): CellContext {
  const coords = decode(grid, cell)
  const possible = anyValue()
  let forms = 0
  let regionSet: ReadonlySet<string> | undefined
  grid.dims.forEach((dim, d) => {
    const value = dim.values[coords[d] ?? 0] ?? ''
    if (dim.facet === 'exploitation') {
      forms = FORM_BITS[value] ?? 0
    } else if (dim.facet === 'region') {
      regionSet = grid.regionClasses[coords[d] ?? 0]?.regionSet
    } else {
      possible[dim.facet as MaskFacet] = bitOf(dim.facet as MaskFacet, value)
    }
  })
  return { possible, forms, regionSet }
}

/** The facet values of a cell by name (region as the class), for tests and the brute-force check. */
export function cellValues(grid: Grid, cell: number): Partial<Record<GridFacet, string>> {
  const coords = decode(grid, cell)
  const out: Partial<Record<GridFacet, string>> = {}
  grid.dims.forEach((dim, d) => {
    out[dim.facet] = dim.values[coords[d] ?? 0] ?? ''
  })
  return out
}

/** Core-grid coordinates (CORE_FACETS order) of a core index. */
export function decodeCore(core: number): number[] {
  return decode({ sizes: CORE_SIZES, strides: CORE_STRIDES }, core)
}

export function coreValue(core: number, facet: (typeof CORE_FACETS)[number]): string {
  const i = CORE_FACETS.indexOf(facet)
  return CORE_VALUES[facet][decodeCore(core)[i] ?? 0] ?? ''
}
