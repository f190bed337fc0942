// SPDX-License-Identifier: EUPL-1.2
// The barrier model per form: stage order, the loverboy path, the municipal filter, and the shape.
import { describe, expect, it } from 'vitest'
import { municipalDataset } from '../../../test/helpers/municipal-dataset.ts'
import { buildBarrierModel } from './build-barrier-model.ts'

const data = municipalDataset()

describe('buildBarrierModel', () => {
  it('lists the stages of a form in order, each with its barriers and their parties', () => {
    const m = buildBarrierModel(data, { form: 'labour' })
    expect(m.stages.map((s) => s.id)).toEqual(['werving', 'huisvesting'])
    const housing = m.stages[1]
    expect(housing?.barriers.map((b) => b.id)).toEqual(['woninginspectie', 'politiecontrole'])
    expect(housing?.barriers[0]?.parties).toEqual([
      { id: 'gemeente', name: 'Gemeente' },
      { id: 'politie', name: 'Politie' },
    ])
    expect(housing?.barriers[0]?.municipal).toBe(true)
  })

  it('shows the loverboy recruitment path next to the general one, or alone', () => {
    expect(buildBarrierModel(data, { form: 'sexual' }).stages.map((s) => s.id)).toEqual([
      'werving',
      'werving-loverboy',
      'huisvesting',
    ])
    expect(buildBarrierModel(data, { form: 'sexual', path: 'loverboy' }).stages.map((s) => s.id)).toEqual([
      'werving-loverboy',
      'huisvesting',
    ])
    expect(buildBarrierModel(data, { form: 'sexual', path: 'other' }).stages.map((s) => s.id)).toEqual([
      'werving',
      'huisvesting',
    ])
  })

  it('keeps only what the municipality does itself when asked', () => {
    const m = buildBarrierModel(data, { form: 'labour', municipalOnly: true })
    expect(m.stages.flatMap((s) => s.barriers.map((b) => b.id))).toEqual(['woninginspectie'])
  })
})
