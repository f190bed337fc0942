// SPDX-License-Identifier: EUPL-1.2
// Looks up the analysed state for one concrete scenario (facet values and municipality): used by
// the property test against the route engine and by anyone who wants one cell, not a summary.
import type { AnalysisRun, CellState } from './evaluate-cells.ts'

export interface CellQuery {
  readonly ageGroup: string
  readonly unaccompanied: boolean
  readonly nationalityGroup: string
  /** 'not-applicable' for Dutch nationals. */
  readonly residence: string
  readonly exploitation: string
  readonly gender?: string
  readonly recruitment?: string
  readonly cooperation?: string
  /** CBS code; needed only for aspects analysed per region. */
  readonly municipality?: string
}

/** The state of the cell the scenario falls in; undefined when the aspect is not valid on the run's date. */
export function stateFor(run: AnalysisRun, aspectId: string, q: CellQuery): CellState | undefined {
  const a = run.aspects.find((x) => x.model.aspect.id === aspectId)
  if (a === undefined || !a.active) {
    return undefined
  }
  const { grid } = a.model
  let cell = 0
  grid.dims.forEach((dim, d) => {
    let index: number
    if (dim.facet === 'region') {
      index = q.municipality === undefined ? -1 : (a.model.classOf.get(q.municipality) ?? -1)
    } else if (dim.facet === 'unaccompanied') {
      index = dim.values.indexOf(String(q.unaccompanied))
    } else {
      const value = q[dim.facet]
      index = value === undefined ? -1 : dim.values.indexOf(value)
    }
    if (index < 0) {
      throw new Error(`stateFor: no value for ${dim.facet} in the query`)
    }
    cell += index * (grid.strides[d] ?? 0)
  })
  return a.states[a.stateOf[cell] ?? -1]
}
