// SPDX-License-Identifier: EUPL-1.2
// The curated barrier model and basisniveau in data/: shape, statuses and the scan's end points.
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { basisniveauProblems } from '../../src/domain/basisniveau.ts'
import { EXPLOITATION_FORMS } from '../../src/domain/facets.ts'
import { buildBarrierModel } from '../../src/domain/barrier-model/build-barrier-model.ts'
import {
  answerTemplate,
  buildScanReport,
  type AnswerValue,
  type ScanAnswers,
} from '../../src/domain/basisniveau/index.ts'

const real = loadDataset(new URL('../../data', import.meta.url).pathname).dataset
const fill = (value: AnswerValue | null, ids: readonly string[]): ScanAnswers =>
  Object.fromEntries(ids.map((id) => [id, { answer: value }]))

describe('on the real basisniveau elements', () => {
  const ids = real.basisniveau.flatMap((e) => e.questions.map((q) => q.id))

  it('has the fifteen elements with unique, well-formed question ids', () => {
    expect(real.basisniveau.map((e) => e.code).sort()).toEqual(
      Array.from({ length: 15 }, (_, i) => `BN${String(i + 1).padStart(2, '0')}`),
    )
    expect(basisniveauProblems(real.basisniveau)).toEqual([])
  })

  it('all voldoet scores 100% with no next steps', () => {
    const r = buildScanReport(real, { answers: fill('voldoet', ids) })
    expect(r.score.overall.percent).toBe(100)
    expect(r.nextSteps).toEqual([])
  })

  it('all niet scores 0 with action perspectives for every element', () => {
    const r = buildScanReport(real, { answers: fill('niet', ids) })
    expect(r.score.overall.percent).toBe(0)
    expect(r.nextSteps).toHaveLength(real.basisniveau.length)
    for (const step of r.nextSteps) {
      expect(step.actionPerspectives.length).toBeGreaterThan(0)
      expect(step.actionPerspectives.every((a) => a.parties.length > 0)).toBe(true)
    }
  })

  it('prints a template with every question open', () => {
    const t = answerTemplate(real.basisniveau)
    expect(Object.keys(t.answers).sort()).toEqual([...ids].sort())
    expect(Object.values(t.answers).every((a) => a.answer === null)).toBe(true)
  })
})

describe('the real barrier model', () => {
  it.each(EXPLOITATION_FORMS)('has stages left to right with barriers for %s', (form) => {
    const m = buildBarrierModel(real, { form })
    const orders = m.stages.map((s) => s.order)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    expect(m.stages.length).toBeGreaterThanOrEqual(6)
    expect(m.stages.flatMap((s) => s.barriers).length).toBeGreaterThan(0)
  })
  it('gives loverboy recruitment its own stage for sexual exploitation', () => {
    const ids = buildBarrierModel(real, { form: 'sexual', path: 'loverboy' }).stages.map((s) => s.id)
    expect(ids[0]).toBe('werving-loverboy')
    expect(ids).not.toContain('werving')
  })
  it('marks what is derived and explains it; nothing in the model is unverified', () => {
    for (const r of [...real.barriers, ...real.barrierStages]) {
      expect(r.status, r.id).not.toBe('unverified')
      if (r.status === 'derived') {
        expect(r.note, r.id).toMatch(/Afgeleid/)
      }
    }
    // The step structure is ours: every stage stays derived.
    expect(real.barrierStages.every((s) => s.status === 'derived')).toBe(true)
  })

  it('builds the loverboy path from its own stages, not the labour-migrant route', () => {
    const m = buildBarrierModel(real, { path: 'loverboy' })
    const stageIds = m.stages.map((s) => s.id)
    for (const migrantStage of ['werving', 'vervoer-entree', 'identiteit-verblijf', 'huisvesting', 'exit-terugkeer']) {
      expect(stageIds).not.toContain(migrantStage)
    }
    expect(stageIds).toEqual(
      expect.arrayContaining([
        'werving-loverboy',
        'binden-isoleren',
        'locaties-vervoer',
        'aanbieden-online',
        'klanten',
      ]),
    )
    expect(stageIds.at(-1)).toBe('uitstap-loverboy')
    const barriers = m.stages.flatMap((s) => s.barriers)
    expect(barriers.some((b) => b.forms.length === 1 && b.forms[0] === 'labour')).toBe(false)
    const parties = new Set(barriers.flatMap((b) => b.parties.map((p) => p.id)))
    // Hotels and holiday parks, taxis, online platforms, school attendance, youth care, Veilig Thuis,
    // the Zorg- en Veiligheidshuis and the perpetrator approach (probation) each raise a barrier.
    for (const party of [
      'hotels-vakantieparken',
      'taxibedrijven',
      'online-platforms',
      'scholen',
      'jeugdhulp',
      'veilig-thuis',
      'zorg-en-veiligheidshuis',
      'reclassering',
    ]) {
      expect(parties, party).toContain(party)
    }
    expect(barriers.some((b) => b.legalBasis.some((l) => l.includes('248b')))).toBe(true)
    // Per stage, as the VNG/CCV model: opportunities, signals, facilitators and at least one barrier.
    for (const stage of m.stages.filter((s) => s.recruitment?.includes('loverboy') === true || s.forms.length === 1)) {
      expect(stage.opportunities.length, stage.id).toBeGreaterThan(0)
      expect(stage.signals.length, stage.id).toBeGreaterThan(0)
      expect(stage.facilitators.length, stage.id).toBeGreaterThan(0)
      expect(stage.barriers.length, stage.id).toBeGreaterThan(0)
    }
  })

  it('gives organ removal its medical steps and barriers, not housing or work', () => {
    const m = buildBarrierModel(real, { form: 'organ-removal' })
    const ids = m.stages.map((s) => s.id)
    expect(ids).toEqual(expect.arrayContaining(['medische-screening', 'orgaanverwijdering', 'nazorg-orgaan']))
    expect(ids).not.toContain('huisvesting')
    expect(ids).not.toContain('tewerkstelling-uitbuiting')
    const parties = new Set(m.stages.flatMap((s) => s.barriers.flatMap((b) => b.parties.map((p) => p.id))))
    expect(parties).toContain('transplantatiecentra')
    expect(parties).toContain('zorgverzekeraars')
  })

  it('covers the unlicensed and online sex sector in the general path of sexual exploitation', () => {
    const ids = buildBarrierModel(real, { form: 'sexual', path: 'other' })
      .stages.flatMap((s) => s.barriers)
      .map((b) => b.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'toezicht-niet-vergunde-prostitutie',
        'screening-seksadvertenties',
        'hotels-certificering',
        'vergunningen-seksbedrijven',
      ]),
    )
  })
})
