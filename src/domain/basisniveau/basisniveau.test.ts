// SPDX-License-Identifier: EUPL-1.2
// Scoring, report, overview and CSV of the self-scan, on a tiny dataset and on the real elements.
import { describe, expect, it } from 'vitest'
import { municipalDataset } from '../../../test/helpers/municipal-dataset.ts'
import { basisniveauProblems } from '../basisniveau.ts'
import {
  answerProblems,
  buildRegionalOverview,
  buildScanReport,
  csvCell,
  publishedScansCsv,
  scoreScan,
  summariseScore,
  unansweredQuestions,
  type AnswerValue,
  type ScanAnswers,
} from './index.ts'

const data = municipalDataset()
const fill = (value: AnswerValue | null, ids: readonly string[]): ScanAnswers =>
  Object.fromEntries(ids.map((id) => [id, { answer: value }]))
/** A published scan as the views get it: its score kept at publication. */
const published = (municipality: string, publishedAt: string, answers: ScanAnswers) => ({
  municipality,
  publishedAt,
  score: summariseScore(scoreScan(data.basisniveau, answers)),
})

describe('scoreScan', () => {
  it('scores niet 0, deels 0.5, voldoet 1 and weighs elements equally', () => {
    const s = scoreScan(data.basisniveau, {
      'bn01-1': { answer: 'voldoet' },
      'bn01-2': { answer: 'deels' },
      'bn02-1': { answer: 'niet' },
    })
    expect(s.elements.map((e) => [e.code, e.percent, e.level])).toEqual([
      ['BN01', 75, 'deels'],
      ['BN02', 0, 'niet'],
    ])
    // (0.75 + 0) / 2 elements, not (1.5 / 3 questions)
    expect(s.overall.percent).toBe(38)
    expect(s.overall.complete).toBe(true)
  })

  it('counts unanswered questions as open', () => {
    const s = scoreScan(data.basisniveau, { 'bn01-1': { answer: 'voldoet' } })
    expect(s.elements[0]?.open).toEqual(['bn01-2'])
    expect(s.elements[0]?.percent).toBe(50)
    expect(s.overall).toMatchObject({ answered: 1, questions: 3, complete: false })
    expect(unansweredQuestions(data.basisniveau, { 'bn01-1': { answer: 'voldoet' } })).toEqual(['bn01-2', 'bn02-1'])
  })

  it('flags unknown question ids', () => {
    expect(answerProblems(data.basisniveau, { 'bn09-1': { answer: 'niet' } })).toEqual([
      { path: '/answers/bn09-1', message: expect.stringContaining('unknown question id') },
    ])
  })
})

describe('basisniveauProblems', () => {
  it('wants every question to have advice of its own and every advice to name a question of its element', () => {
    const [first, second] = data.basisniveau
    if (first === undefined || second === undefined) {
      throw new Error('fixture has two elements')
    }
    const broken = { ...first, actionPerspectives: [{ question: 'bn01-1', text: 'Elders.', parties: ['riec'] }] }
    expect(basisniveauProblems([broken, second]).map((p) => p.message)).toEqual([
      "question 'bn02-1' has no action perspective; add one with question: bn02-1",
      "action perspective names 'bn01-1', which is not a question of BN02",
    ])
    expect(basisniveauProblems(data.basisniveau)).toEqual([])
  })
})

describe('buildScanReport', () => {
  it('gives next steps with parties and barriers only for elements not met, plus regional contacts', () => {
    const r = buildScanReport(data, {
      municipality: 'GM0001',
      answers: { ...fill('voldoet', ['bn01-1', 'bn01-2']), 'bn02-1': { answer: 'deels', evidence: 'concept' } },
    })
    expect(r.municipality).toEqual({ code: 'GM0001', name: 'Aadorp' })
    expect(r.nextSteps.map((s) => s.element.code)).toEqual(['BN02'])
    expect(r.nextSteps[0]?.questions[0]).toMatchObject({ answer: 'deels', evidence: 'concept' })
    expect(r.helpers).toEqual([{ id: 'riec', name: 'RIEC', elements: ['BN02'] }])
    expect(r.regionalContacts.find((c) => c.kind === 'riec')).toEqual({
      kind: 'riec',
      region: { id: 'riec-noord', name: 'RIEC Noord' },
      parties: [{ id: 'riec-noord', name: 'RIEC Noord', phones: [] }],
    })
  })

  it('resolves barrier names in action perspectives', () => {
    const r = buildScanReport(data, { answers: { 'bn01-1': { answer: 'niet' } } })
    expect(r.municipality).toBeNull()
    expect(r.nextSteps[0]?.actionPerspectives[0]?.barriers).toEqual([
      { id: 'woninginspectie', name: 'Woninginspectie' },
    ])
  })

  it('advises per question: only what was answered niet or deels, never what is in place or still open', () => {
    const r = buildScanReport(data, {
      answers: { 'bn01-1': { answer: 'voldoet' }, 'bn01-2': { answer: 'niet' }, 'bn02-1': { answer: null } },
    })
    expect(r.nextSteps.map((s) => s.actionPerspectives.map((a) => [a.question, a.answer, a.text]))).toEqual([
      [['bn01-2', 'niet', 'Spreek af wie signalen doorgeeft.']],
    ])
  })
})

describe('regional overview', () => {
  const scans = [
    published('GM0001', '2025-01-01T00:00:00Z', fill('niet', ['bn01-1', 'bn01-2', 'bn02-1'])),
    published('GM0001', '2025-02-01T00:00:00Z', fill('voldoet', ['bn01-1', 'bn01-2', 'bn02-1'])),
    published('GM0003', '2025-01-05T00:00:00Z', fill('deels', ['bn01-1', 'bn01-2', 'bn02-1'])),
  ]
  it('groups the latest published scan per municipality by RIEC', () => {
    const o = buildRegionalOverview(data, scans, 'riec')
    expect(o.regions.map((r) => [r.region.id, r.municipalities, r.published, r.average])).toEqual([
      ['riec-noord', 2, 1, { percent: 100, n: 1 }],
      ['riec-zuid', 1, 1, { percent: 50, n: 1 }],
    ])
    // The RIEC must chase the municipalities without a published scan: named, by name.
    expect(o.regions.map((r) => r.withoutScan.map((m) => m.code))).toEqual([['GM0002'], []])
    expect(o.regions[0]?.verdicts).toEqual({ voldoet: 1, 'voldoet-deels': 0, 'voldoet-niet': 0 })
  })
  it('groups by police unit and safety region', () => {
    expect(buildRegionalOverview(data, scans, 'police-unit').regions[0]).toMatchObject({
      published: 2,
      average: { percent: 75, n: 2 },
    })
    expect(buildRegionalOverview(data, [], 'safety-region').regions[0]).toMatchObject({
      published: 0,
      average: { percent: null, n: 0 },
    })
  })
  it('leaves a scan out of an element it was never scored on (element added after publication)', () => {
    const old = published('GM0003', '2025-01-05T00:00:00Z', fill('deels', ['bn01-1', 'bn01-2', 'bn02-1']))
    const withoutBn02 = {
      ...old,
      score: { ...old.score, elements: old.score.elements.filter((e) => e.code !== 'BN02') },
    }
    const region = buildRegionalOverview(data, [withoutBn02], 'riec').regions.find((r) => r.region.id === 'riec-zuid')
    expect(region?.elements.map((e) => [e.code, e.average])).toEqual([
      ['BN01', { percent: 50, n: 1 }],
      ['BN02', { percent: null, n: 0 }],
    ])
  })
})

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvCell('+31')).toBe("'+31")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@x')).toBe("'@x")
    expect(csvCell('=1,2')).toBe(`"'=1,2"`)
    expect(csvCell(42)).toBe('42')
    expect(csvCell(null)).toBe('')
  })
  it('writes one row per municipality with CRLF line ends', () => {
    const csv = publishedScansCsv(data, [
      published('GM0002', '2025-01-01T00:00:00Z', fill('voldoet', ['bn01-1', 'bn01-2', 'bn02-1'])),
      published('GM0003', '2025-01-01T00:00:00Z', {}),
    ])
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(
      'gemeentecode,gemeente,riec,politie_eenheid,veiligheidsregio,gepubliceerd_op,totaal_procent,vragen_beantwoord,bn01_procent,bn02_procent',
    )
    expect(lines[1]).toBe(
      "GM0002,'=Beekdorp,RIEC Noord,Eenheid Noord,Veiligheidsregio Noord,2025-01-01T00:00:00Z,100,3,100,100",
    )
    expect(lines[2]).toBe(
      'GM0003,"Ceedorp, ""C""",RIEC Zuid,Eenheid Noord,Veiligheidsregio Noord,2025-01-01T00:00:00Z,0,0,0,0',
    )
    expect(lines[3]).toBe('')
  })
})
