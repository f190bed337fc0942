// SPDX-License-Identifier: EUPL-1.2
// An item of a route is only as firm as its weakest record (a sourced role of a derived party is derived).
import type { Status } from '../common.ts'

const RANK: Readonly<Record<Status, number>> = { sourced: 0, derived: 1, unverified: 2 }

export function weakest(a: Status, b: Status): Status {
  return RANK[a] >= RANK[b] ? a : b
}
