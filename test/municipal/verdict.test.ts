// SPDX-License-Identifier: EUPL-1.2
// The verdict rule of docs/basisniveau.md on the real basisniveau: its thresholds discriminate,
// the part beyond the minimum never dilutes it, n.v.t. and weet niet stay out of the score.
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { levelOf, scoreScan, type ScanAnswers } from '../../src/domain/basisniveau/index.ts'

const real = loadDataset(new URL('../../data', import.meta.url).pathname).dataset
const questions = real.basisniveau.flatMap((e) => e.questions)
const minimum = questions.filter((q) => q.minimum === true).map((q) => q.id)
const beyond = questions.filter((q) => q.minimum !== true).map((q) => q.id)
const fill = (ids: readonly string[], answer: string): ScanAnswers =>
  Object.fromEntries(ids.map((id) => [id, { answer: answer as 'niet' }]))

describe('the verdict on the basisniveau proper', () => {
  it('has fifteen minimum questions in BN01–BN07', () => {
    expect(minimum).toHaveLength(15)
    expect(new Set(minimum.map((id) => id.slice(0, 4)))).toEqual(
      new Set(['bn01', 'bn02', 'bn03', 'bn04', 'bn05', 'bn06', 'bn07']),
    )
  })

  it('voldoet with the minimum in place, whatever lies beyond it', () => {
    const s = scoreScan(real.basisniveau, { ...fill(minimum, 'voldoet'), ...fill(beyond, 'niet') })
    expect(s.minimum).toMatchObject({ verdict: 'voldoet', percent: 100, provisional: false })
    expect(s.beyond.percent).toBe(0)
  })

  it('voldoet deels with one minimum question deels', () => {
    const s = scoreScan(real.basisniveau, { ...fill(minimum, 'voldoet'), 'bn03-2': { answer: 'deels' } })
    expect(s.minimum.verdict).toBe('voldoet-deels')
  })

  it('voldoet niet when one building block is less than half in place, though the mean is high', () => {
    const s = scoreScan(real.basisniveau, {
      ...fill(minimum, 'voldoet'),
      ...fill(['bn03-1', 'bn03-2', 'bn03-3'], 'niet'),
    })
    expect(s.minimum).toMatchObject({ verdict: 'voldoet-niet', elementsBelowHalf: ['BN03'], percent: 86 })
  })

  it('voldoet deels at exactly half everywhere, voldoet niet below', () => {
    expect(scoreScan(real.basisniveau, fill(minimum, 'deels')).minimum).toMatchObject({
      verdict: 'voldoet-deels',
      percent: 50,
    })
    expect(scoreScan(real.basisniveau, fill(minimum, 'niet')).minimum.verdict).toBe('voldoet-niet')
    expect([levelOf(1), levelOf(0.83), levelOf(0.5), levelOf(0.49), levelOf(0), levelOf(null)]).toEqual([
      'voldoet',
      'deels',
      'deels',
      'niet',
      'niet',
      'onbekend',
    ])
  })

  it('leaves n.v.t. and weet niet out of the score; weet niet makes the verdict provisional, never voldoet', () => {
    const nvt = scoreScan(real.basisniveau, {
      ...fill(minimum, 'voldoet'),
      'bn05-1': { answer: 'nvt', evidence: 'Geen seksbedrijven.' },
    })
    expect(nvt.minimum).toMatchObject({ verdict: 'voldoet', percent: 100 })
    expect(nvt.elements.find((e) => e.code === 'BN05')?.notApplicable).toEqual(['bn05-1'])
    const unknown = scoreScan(real.basisniveau, { ...fill(minimum, 'voldoet'), 'bn02-2': { answer: 'weet-niet' } })
    expect(unknown.minimum).toMatchObject({ verdict: 'voldoet-deels', provisional: true, unknown: ['bn02-2'] })
    expect(unknown.minimum.percent).toBe(100)
  })
})
