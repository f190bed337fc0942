// SPDX-License-Identifier: EUPL-1.2
// Merges a set of grid cells into few facet cubes ("alle minderjarigen × seksuele uitbuiting"):
// grow maximal cubes from seed cells, then a greedy set cover. Impossible cells are don't-cares.

export interface CubeGrid {
  readonly sizes: readonly number[]
  readonly strides: readonly number[]
  readonly valid: Uint8Array
}

/** Per dimension the value indices the cube spans (sorted). */
export type Cube = readonly (readonly number[])[]

/** Calls fn for every cell index of the cube; stops early when fn returns false. */
export function forEachCell(grid: CubeGrid, cube: Cube, fn: (cell: number) => boolean | void): boolean {
  const n = cube.length
  const pos = new Array<number>(n).fill(0)
  for (;;) {
    let cell = 0
    for (let d = 0; d < n; d++) {
      cell += (cube[d]?.[pos[d] ?? 0] ?? 0) * (grid.strides[d] ?? 0)
    }
    if (fn(cell) === false) {
      return false
    }
    let d = n - 1
    while (d >= 0) {
      const next = (pos[d] ?? 0) + 1
      if (next < (cube[d]?.length ?? 0)) {
        pos[d] = next
        break
      }
      pos[d] = 0
      d--
    }
    if (d < 0) {
      return true
    }
  }
}

function grow(grid: CubeGrid, allowed: Uint8Array, seed: readonly number[], order: readonly number[]): number[][] {
  const sets = seed.map((v) => [v])
  for (const d of order) {
    const current = sets[d] ?? []
    const add: number[] = []
    for (let v = 0; v < (grid.sizes[d] ?? 0); v++) {
      if (current.includes(v)) {
        continue
      }
      const slab = sets.map((s, i) => (i === d ? [v] : s))
      if (forEachCell(grid, slab, (cell) => allowed[cell] === 1)) {
        add.push(v)
      }
    }
    sets[d] = [...current, ...add].sort((a, b) => a - b)
  }
  return sets
}

function contains(cube: Cube, coords: readonly number[]): boolean {
  return coords.every((v, d) => cube[d]?.includes(v) === true)
}

/**
 * A small set of cubes whose valid cells are exactly the target cells. Greedy, so not always the
 * minimum, but deterministic and never wrong: every cube lies inside target ∪ impossible cells.
 */
export function coverCells(grid: CubeGrid, targetCells: readonly number[]): Cube[] {
  if (targetCells.length === 0) {
    return []
  }
  const size = grid.valid.length
  const allowed = new Uint8Array(size)
  for (let i = 0; i < size; i++) {
    allowed[i] = grid.valid[i] === 1 ? 0 : 1
  }
  for (const c of targetCells) {
    allowed[c] = 1
  }
  const dims = grid.sizes.length
  // Every rotation of the dimension order: growing along different dimensions first finds different maximal cubes.
  const orders = Array.from({ length: dims }, (_, r) => Array.from({ length: dims }, (_, i) => (i + r) % dims))
  const decode = (cell: number): number[] => grid.sizes.map((s, d) => Math.floor(cell / (grid.strides[d] ?? 1)) % s)

  const candidates: { cube: Cube; cells: number[] }[] = []
  const seen = new Set<string>()
  for (const seed of targetCells) {
    const coords = decode(seed)
    if (candidates.some((c) => contains(c.cube, coords))) {
      continue
    }
    for (const order of orders) {
      const cube = grow(grid, allowed, coords, order)
      const key = cube.map((s) => s.join('.')).join('|')
      if (seen.has(key)) {
        continue
      }
      seen.add(key)
      const cells: number[] = []
      forEachCell(grid, cube, (cell) => {
        if (grid.valid[cell] === 1) {
          cells.push(cell)
        }
      })
      candidates.push({ cube, cells })
    }
  }

  const uncovered = new Uint8Array(size)
  for (const c of targetCells) {
    uncovered[c] = 1
  }
  let left = new Set(targetCells).size
  const chosen: { cube: Cube; cells: number[] }[] = []
  const restricted = (cube: Cube): number => cube.reduce((n, s, d) => n + (s.length === grid.sizes[d] ? 0 : 1), 0)
  while (left > 0) {
    let best: { cube: Cube; cells: number[] } | undefined
    let bestScore = 0
    for (const c of candidates) {
      let score = 0
      for (const cell of c.cells) {
        score += uncovered[cell] ?? 0
      }
      if (
        score > bestScore ||
        (score === bestScore && score > 0 && best !== undefined && restricted(c.cube) < restricted(best.cube))
      ) {
        best = c
        bestScore = score
      }
    }
    if (best === undefined) {
      break // unreachable: every target cell seeds or lies in a candidate
    }
    chosen.push(best)
    for (const cell of best.cells) {
      if (uncovered[cell] === 1) {
        uncovered[cell] = 0
        left--
      }
    }
  }
  // Drop cubes whose cells the others already cover (greedy order can leave such leftovers).
  const count = new Map<number, number>()
  for (const c of chosen) {
    for (const cell of c.cells) {
      count.set(cell, (count.get(cell) ?? 0) + 1)
    }
  }
  const kept: Cube[] = []
  for (const c of [...chosen].reverse()) {
    if (c.cells.every((cell) => (count.get(cell) ?? 0) > 1)) {
      for (const cell of c.cells) {
        count.set(cell, (count.get(cell) ?? 0) - 1)
      }
    } else {
      kept.push(c.cube)
    }
  }
  return kept.reverse()
}

/**
 * Removes values whose part of the cube holds no possible cell (e.g. "unaccompanied" for adults),
 * so the description names only what is really meant.
 */
export function normaliseCube(grid: CubeGrid, cube: Cube): Cube {
  const sets = cube.map((s) => [...s])
  let changed = true
  while (changed) {
    changed = false
    for (let d = 0; d < sets.length; d++) {
      const keep = (sets[d] ?? []).filter((v) => {
        const slab = sets.map((s, i) => (i === d ? [v] : s))
        return !forEachCell(grid, slab, (cell) => grid.valid[cell] !== 1)
      })
      if (keep.length !== (sets[d] ?? []).length) {
        sets[d] = keep
        changed = true
      }
    }
  }
  return sets
}
