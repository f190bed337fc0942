// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from './drafts.ts'
import { recordVersions } from './record-versions.ts'

const entry = (
  at: string,
  before: object | null,
  after: object | null,
  kind: HistoryEntry['kind'] = 'change',
): HistoryEntry => ({
  id: at,
  at,
  kind,
  authorId: 'a',
  publisherId: 'b',
  reason: 'r',
  draftId: null,
  before: before as Record<string, unknown> | null,
  after: after as Record<string, unknown> | null,
  importId: null,
})

describe('recordVersions', () => {
  it('is the record alone when nothing was recorded', () => {
    expect(recordVersions([], { id: 'x', v: 1 })).toEqual([{ n: 1, doc: { id: 'x', v: 1 } }])
  })

  it('starts at the version before the first change and ends at the published one', () => {
    const e1 = entry('2026-12-01', { id: 'x', v: 1 }, { id: 'x', v: 2 })
    const e2 = entry('2026-12-02', { id: 'x', v: 2 }, { id: 'x', v: 3 }, 'verify')
    const versions = recordVersions([e2, e1], { id: 'x', v: 3 })
    expect(versions.map((v) => [v.n, v.doc, v.entry?.at])).toEqual([
      [1, { id: 'x', v: 1 }, undefined],
      [2, { id: 'x', v: 2 }, '2026-12-01'],
      [3, { id: 'x', v: 3 }, '2026-12-02'],
    ])
  })

  it('makes a version of a change the history did not see, and of a removal', () => {
    const e1 = entry('2026-12-01', null, { id: 'x', v: 1 }, 'import')
    const e2 = entry('2026-12-03', { id: 'x', v: 5 }, { id: 'x', v: 6 })
    const versions = recordVersions([e2, e1], undefined)
    expect(versions.map((v) => [v.n, v.doc, v.entry?.at])).toEqual([
      [1, { id: 'x', v: 1 }, '2026-12-01'],
      [2, { id: 'x', v: 5 }, undefined],
      [3, { id: 'x', v: 6 }, '2026-12-03'],
      [4, null, undefined],
    ])
  })
})
