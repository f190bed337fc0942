// SPDX-License-Identifier: EUPL-1.2
// The state of every cell of every aspect on one date: which parties lead or execute, whether the
// aspect is required there, and which agreements apply. Conditions are matched by the route
// engine's own `evaluate`, so analysis and route cannot disagree on who is responsible.
import { evaluate } from '../conditions/index.ts'
import { partyOnDate } from '../route/index.ts'
import { isValidOn } from '../validity.ts'
import type { AnalysisIndex, AspectModel } from './analysis-index.ts'
import { meet } from './areas.ts'

export type CellKind = 'uncovered' | 'gap' | 'covered' | 'overlap' | 'agreed'

export interface CellState {
  readonly kind: CellKind
  /** Party ids valid on the date (a predecessor's id before a rename), sorted. */
  readonly parties: readonly string[]
  /** The same parties under their current ids (the ids records use), so dates compare across renames. */
  readonly currentParties: readonly string[]
  readonly responsibilities: readonly string[]
  readonly required: readonly string[]
  readonly agreements: readonly string[]
  readonly unresolvedPairs: readonly (readonly [string, string])[]
  /** The parties (ids on the date) that lead the aspect in this cell, sorted. */
  readonly leads: readonly string[]
  /** True when some pair without an agreement are both leads: two parties claim the regie. */
  readonly leadConflict: boolean
}

export interface AspectRun {
  readonly model: AspectModel
  /** False when the aspect or its phase is not valid on the date: no findings then. */
  readonly active: boolean
  readonly states: readonly CellState[]
  /** Cell → index in states; -1 for impossible cells. */
  readonly stateOf: Int32Array
}

export interface AnalysisRun {
  readonly asOf: string
  /** The region the run is limited to (issue 20 item 9), with its municipalities. */
  readonly region?: { readonly id: string; readonly municipalities: ReadonlySet<string> }
  readonly index: AnalysisIndex
  readonly aspects: readonly AspectRun[]
}

/**
 * Every cell on a date, optionally only in one region. A party counts in a cell only where it works
 * (its area meets the cell's municipalities and the region), and two parties are a pair only where
 * their areas meet: regional parties of different regions never overlap.
 */
export function evaluateCells(index: AnalysisIndex, asOf: string, regionId?: string): AnalysisRun {
  const region =
    regionId === undefined ? undefined : { id: regionId, municipalities: index.areas.regionMunicipalities(regionId) }
  return {
    asOf,
    ...(region === undefined ? {} : { region }),
    index,
    aspects: index.aspects.map((model) => evaluateAspect(index, model, asOf, region?.municipalities)),
  }
}

function evaluateAspect(
  index: AnalysisIndex,
  model: AspectModel,
  asOf: string,
  within: ReadonlySet<string> | undefined,
): AspectRun {
  const stateOf = new Int32Array(model.grid.size).fill(-1)
  const active = isValidOn(model.phase, asOf) && isValidOn(model.aspect, asOf)
  if (!active) {
    return { model, active, states: [], stateOf }
  }
  const players = model.players
    .filter((p) => isValidOn(p.record, asOf))
    .map((p) => ({ ...p, partyId: partyOnDate(index.route, p.record.party, asOf)?.id }))
    .filter((p): p is typeof p & { partyId: string } => p.partyId !== undefined)
  const required = model.required.filter((r) => isValidOn(r.record, asOf))
  const agreements = model.agreements
    .filter((a) => isValidOn(a.record, asOf))
    .map((a) => ({
      ...a,
      parties: new Set(a.record.parties.map((id) => partyOnDate(index.route, id, asOf)?.id ?? id)),
    }))

  const { grid } = model
  const regionDim = grid.dims.findIndex((d) => d.facet === 'region')
  const classSets = grid.regionClasses.map((c) => new Set(c.municipalities))
  const areaOf = (partyId: string) => index.areas.municipalitiesOf(partyId)
  const states: CellState[] = []
  const interned = new Map<string, number>()
  for (const cell of model.validCells) {
    const ctx = model.contexts[cell]
    if (ctx === undefined) {
      continue
    }
    const cls = regionDim < 0 ? -1 : Math.floor(cell / (grid.strides[regionDim] ?? 1)) % (grid.sizes[regionDim] ?? 1)
    const place = cls < 0 ? undefined : classSets[cls]
    if (within !== undefined && !meet(place, within)) {
      continue // a group of municipalities outside the region
    }
    const hits: number[] = []
    players.forEach((p, i) => {
      if (
        evaluate(p.conditions, ctx.possible, ctx.forms, ctx.regionSet).kind === 'included' &&
        meet(areaOf(p.partyId), place, within)
      ) {
        hits.push(i)
      }
    })
    const req: number[] = []
    required.forEach((r, i) => {
      if (evaluate(r.conditions, ctx.possible, ctx.forms, ctx.regionSet).kind === 'included') {
        req.push(i)
      }
    })
    const agr: number[] = []
    agreements.forEach((a, i) => {
      if (evaluate(a.conditions, ctx.possible, ctx.forms, ctx.regionSet).kind === 'included') {
        agr.push(i)
      }
    })
    const key = `${hits.join(',')}|${req.join(',')}|${agr.join(',')}|${cls}`
    let id = interned.get(key)
    if (id === undefined) {
      const parties = [...new Set(hits.map((i) => players[i]?.partyId ?? ''))].sort()
      const applicable = agr.map((i) => agreements[i]).filter((a) => a !== undefined)
      const unresolvedPairs: [string, string][] = []
      const usedAgreements = new Set<string>()
      for (let x = 0; x < parties.length; x++) {
        for (let y = x + 1; y < parties.length; y++) {
          const [p, q] = [parties[x] ?? '', parties[y] ?? '']
          if (!meet(areaOf(p), areaOf(q), place, within)) {
            continue // they work in different places: no pair
          }
          const covering = applicable.filter((a) => a.parties.has(p) && a.parties.has(q))
          if (covering.length === 0) {
            unresolvedPairs.push([p, q])
          }
          for (const a of covering) {
            usedAgreements.add(a.record.id)
          }
        }
      }
      const kind: CellKind =
        parties.length === 0
          ? req.length > 0
            ? 'gap'
            : 'uncovered'
          : parties.length === 1
            ? 'covered'
            : unresolvedPairs.length > 0
              ? 'overlap'
              : usedAgreements.size > 0
                ? 'agreed'
                : 'covered' // several parties, each in its own region
      const leads = [
        ...new Set(hits.filter((i) => players[i]?.record.roleType === 'lead').map((i) => players[i]?.partyId ?? '')),
      ].sort()
      states.push({
        kind,
        leads,
        leadConflict: unresolvedPairs.some(([p, q]) => leads.includes(p) && leads.includes(q)),
        parties,
        currentParties: [...new Set(hits.map((i) => players[i]?.record.party ?? ''))].sort(),
        responsibilities: hits.map((i) => players[i]?.record.id ?? ''),
        required: req.map((i) => required[i]?.record.id ?? ''),
        agreements: [...usedAgreements].sort(),
        unresolvedPairs,
      })
      id = states.length - 1
      interned.set(key, id)
    }
    stateOf[cell] = id
  }
  return { model, active, states, stateOf }
}
