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

  it('keeps a path without a form to the forms its own stages lead to', () => {
    // The loverboy path leads to sexual exploitation in the fixture: the labour-only barrier of the
    // shared housing step stays out.
    const m = buildBarrierModel(data, { path: 'loverboy' })
    expect(m.stages.map((s) => s.id)).toEqual(['werving-loverboy', 'huisvesting'])
    expect(m.stages[1]?.barriers.map((b) => b.id)).toEqual(['woninginspectie'])
    // The general path covers every form.
    expect(buildBarrierModel(data, { path: 'other' }).stages[1]?.barriers.map((b) => b.id)).toEqual([
      'woninginspectie',
      'politiecontrole',
    ])
  })

  it('carries opportunities, facilitators and practice examples, empty when a record has none', () => {
    const example = { title: 'Les', text: 'Een les.', source: 'src-a' }
    const withModel = municipalDataset({
      barrierStages: data.barrierStages.map((s) =>
        s.id === 'werving-loverboy'
          ? { ...s, opportunities: ['Sociale media'], facilitators: [{ name: 'Chatdiensten', how: 'Besloten kanaal' }] }
          : s,
      ),
      barriers: data.barriers.map((b) => (b.id === 'lespakket' ? { ...b, examples: [example] } : b)),
    })
    const [stage] = buildBarrierModel(withModel, { path: 'loverboy' }).stages
    expect(stage?.opportunities).toEqual(['Sociale media'])
    expect(stage?.facilitators).toEqual([{ name: 'Chatdiensten', how: 'Besloten kanaal' }])
    expect(stage?.barriers[0]?.examples).toEqual([example])
    const housing = buildBarrierModel(withModel, { form: 'labour' }).stages[1]
    expect(housing?.opportunities).toEqual([])
    expect(housing?.facilitators).toEqual([])
    expect(housing?.barriers[0]?.examples).toEqual([])
  })

  it('keeps only what the municipality does itself when asked', () => {
    const m = buildBarrierModel(data, { form: 'labour', municipalOnly: true })
    expect(m.stages.flatMap((s) => s.barriers.map((b) => b.id))).toEqual(['woninginspectie'])
  })
})
