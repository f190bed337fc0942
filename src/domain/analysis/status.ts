// SPDX-License-Identifier: EUPL-1.2
// A finding is only as firm as the weakest record behind it (a gap found from a derived
// requirement is itself derived).
import type { Status } from '../common.ts'

const RANK: Readonly<Record<Status, number>> = { sourced: 0, derived: 1, unverified: 2 }

export function weakestStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((w, s) => (RANK[s] > RANK[w] ? s : w), 'sourced')
}
