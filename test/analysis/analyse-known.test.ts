// SPDX-License-Identifier: EUPL-1.2
// The analysis on a constructed dataset whose gaps and overlaps are known in advance
// (test/helpers/analysis-dataset.ts describes them), plus comparison between dates and CSV.
import { describe, expect, it } from 'vitest'
import { agreement, knownDataset, party, required, resp, skeleton } from '../helpers/analysis-dataset.ts'
import { analysisToCsv } from '../../src/messages/analysis-csv.ts'
import { localiseAnalysis, localiseFinding } from '../../src/messages/localise-analysis.ts'
import {
  analyse,
  buildAnalysisIndex,
  compareAnalyses,
  findingsOf,
  type AnalysisResult,
  type Finding,
} from '../../src/domain/analysis/index.ts'

const index = buildAnalysisIndex(knownDataset())
// The engine returns codes; the scopes and actions are read here as the Dutch edge words them.
const dutch = (r: AnalysisResult): AnalysisResult => ({ ...r, analysis: localiseAnalysis(r.analysis, 'nl') })
const before = dutch(analyse(index, '2021-06-01'))
const after = dutch(analyse(index, '2023-01-01'))

const summary = (fs: readonly Finding[]) =>
  fs.map((f) => ({
    aspect: f.aspect.id,
    parties: f.parties.map((p) => p.id),
    scope: localiseFinding(f, 'nl').scope,
    combinations: f.combinations,
  }))

describe('analyse on the known dataset', () => {
  it('finds exactly the expected gaps, merged into readable scopes', () => {
    expect(summary(findingsOf(before.analysis, 'gap'))).toEqual([
      {
        aspect: 'opvang',
        parties: [],
        scope:
          'alle minderjarigen; slachtoffers uit derde landen met rechtmatig verblijf, in de asielprocedure, die onder de Dublinverordening vallen of in vreemdelingenbewaring',
        combinations: 88 + 16,
      },
      {
        aspect: 'voogdij-jeugdbescherming',
        parties: [],
        scope: 'begeleide minderjarigen uit derde landen',
        combinations: 20,
      },
    ])
    expect(findingsOf(before.analysis, 'gap')[0]?.requiredAspects).toEqual(['opvang-iedereen'])
    expect(findingsOf(before.analysis, 'gap')[0]?.status).toBe('derived')
  })

  it('finds the overlaps without agreement, with their parties and records, widest reach first', () => {
    // Same severity (no party leads): ranked by combinations × share of municipalities, so the
    // Twente overlap (132 × 2 of 4 municipalities = 66) comes before 24 and 4 combinations.
    expect(summary(findingsOf(before.analysis, 'overlap'))).toEqual([
      {
        aspect: 'zorgcoordinatie',
        parties: ['comensha', 'zorgcoordinator'],
        scope: 'alle slachtoffers × in Zorgcoördinatie Twente (2 gemeenten)',
        combinations: 132,
      },
      {
        aspect: 'voogdij-jeugdbescherming',
        parties: ['gi', 'nidos'],
        scope: 'alleenstaande minderjarigen uit Nederland of de EU, EER of Zwitserland',
        combinations: 24,
      },
      {
        aspect: 'opvang',
        parties: ['centrumgemeente-vo', 'comensha'],
        scope: 'volwassenen uit de EU, EER of Zwitserland zonder rechtmatig verblijf',
        combinations: 4,
      },
    ])
    expect(findingsOf(before.analysis, 'overlap').map((f) => f.severity)).toEqual([
      'executor-overlap',
      'executor-overlap',
      'executor-overlap',
    ])
    const opvang = findingsOf(before.analysis, 'overlap')[2]
    // A party that only refers is not counted as covering: comensha-verwijst is not involved.
    expect(opvang?.responsibilities).toEqual(['cg-opvang', 'comensha-cosm'])
    expect(opvang?.unresolvedPairs).toEqual([['centrumgemeente-vo', 'comensha']])
    expect(opvang?.action).toEqual({
      code: 'analysis.action.agree-roles',
      params: {
        aspect: 'opvang',
        parties: ['centrumgemeente-vo', 'comensha'],
        partyNames: ['Partij centrumgemeente-vo', 'Partij comensha'],
      },
      message: 'Leg een rolafspraak vast tussen Partij centrumgemeente-vo en Partij comensha over ‘Opvang’.',
    })
    const zc = findingsOf(before.analysis, 'overlap')[0]
    expect(zc?.municipalities).toBe(2)
    expect(zc?.scopes[0]?.facets.municipalities).toEqual(['GM0001', 'GM0002'])
  })

  it('moves an overlap an agreement covers to agreedOverlaps', () => {
    expect(summary(findingsOf(before.analysis, 'agreed-overlap'))).toEqual([
      {
        aspect: 'signaleren',
        parties: ['arbeidsinspectie', 'politie'],
        scope: 'alle slachtoffers × arbeidsuitbuiting',
        combinations: 33,
      },
    ])
    expect(findingsOf(before.analysis, 'agreed-overlap')[0]?.agreements).toEqual(['signaleren-arbeid'])
  })

  it('respects validity: a responsibility and an agreement that start in 2022 change the picture', () => {
    expect(findingsOf(after.analysis, 'gap').map((g) => g.scope)).toEqual([
      'begeleide minderjarigen uit derde landen',
      'volwassenen uit derde landen met rechtmatig verblijf, in de asielprocedure, die onder de Dublinverordening vallen of in vreemdelingenbewaring',
    ])
    expect(findingsOf(after.analysis, 'overlap').map((o) => o.aspect.id)).not.toContain('zorgcoordinatie')
    expect(findingsOf(after.analysis, 'agreed-overlap').map((o) => o.aspect.id)).toContain('zorgcoordinatie')
  })

  it('compares two dates cell by cell', () => {
    const c = compareAnalyses(before.run, after.run)
    expect(c.from).toBe('2021-06-01')
    expect(c.to).toBe('2023-01-01')
    expect(summary(c.gaps.removed)).toEqual([
      { aspect: 'opvang', parties: [], scope: 'alle minderjarigen', combinations: 88 },
    ])
    expect(c.gaps.added).toEqual([])
    expect(c.overlaps.removed.map((o) => o.aspect.id)).toEqual(['zorgcoordinatie'])
    // jeugdhulp joins opvang where minors had nobody: a gap closes, no overlap appears.
    expect(c.overlaps.added).toEqual([])
    const back = compareAnalyses(after.run, before.run)
    expect(back.gaps.added.map((g) => localiseFinding(g, 'nl').scope)).toEqual(['alle minderjarigen'])
  })

  it('counts per heatmap slice, so colour is never the only carrier', () => {
    const opvang = before.analysis.heatmap.rows.find((r) => r.aspect.id === 'opvang')
    const cell = (slice: string) => opvang?.cells.find((c) => c.slice === slice)
    expect(cell('nl-minor')).toEqual({ slice: 'nl-minor', gaps: 8, overlaps: 0, agreed: 0 })
    expect(cell('eu-adult')).toEqual({ slice: 'eu-adult', gaps: 0, overlaps: 4, agreed: 0 })
    expect(cell('tc-adult-no-stay')?.gaps).toBe(4) // detained only: "none" has comensha
    const total = before.analysis.heatmap.slices.reduce((n, s) => n + s.combinations, 0)
    expect(total).toBe(before.analysis.summary.combinations)
  })

  it('exports one CSV row per finding', () => {
    const csv = analysisToCsv(before.analysis).trim().split('\r\n')
    expect(csv).toHaveLength(1 + 2 + 3 + 1)
    expect(csv[0]).toMatch(/^rang,ernst,soort,aspect,aspect_naam/)
    expect(csv[0]).toMatch(/,actie$/)
    expect(csv[1]).toMatch(/^1,hiaat,hiaat,opvang,Opvang,B/)
    expect(csv.at(-1)).toMatch(/^6,afgesproken,overlap met afspraak,signaleren/)
  })
})

describe('analyse on small edge cases', () => {
  it('reports no gap where nothing is required, and a gap everywhere where nobody acts', () => {
    const d = skeleton()
    d.parties = [party('x')]
    d.requiredAspects = [required('r', 'signaleren', {})]
    d.responsibilities = [resp('x-opvang', 'x', 'opvang')]
    const a = analyse(buildAnalysisIndex(d), '2024-01-01').analysis
    expect(findingsOf(a, 'gap').map((g) => [g.aspect.id, localiseFinding(g, 'nl').scope])).toEqual([
      ['signaleren', 'alle slachtoffers'],
    ])
    expect(findingsOf(a, 'overlap')).toEqual([])
  })

  it('keeps an overlap open when an agreement covers only some of the pairs', () => {
    const d = skeleton()
    d.parties = [party('a'), party('b'), party('c')]
    d.responsibilities = [resp('a1', 'a', 'opvang'), resp('b1', 'b', 'opvang'), resp('c1', 'c', 'opvang')]
    d.agreements = [agreement('ab', 'opvang', ['a', 'b'], {})]
    const a = analyse(buildAnalysisIndex(d), '2024-01-01').analysis
    expect(findingsOf(a, 'overlap')).toHaveLength(1)
    expect(findingsOf(a, 'overlap')[0]?.unresolvedPairs).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ])
    expect(findingsOf(a, 'overlap')[0]?.agreements).toEqual(['ab'])
  })

  it('splits on a secondary facet only where a record conditions on it', () => {
    const d = skeleton()
    d.parties = [party('mannen'), party('vrouwen')]
    d.responsibilities = [
      resp('m', 'mannen', 'opvang', { gender: ['male'] }),
      resp('v', 'vrouwen', 'opvang', { gender: ['female', 'x'] }),
    ]
    d.requiredAspects = [required('r', 'opvang', {})]
    const a = analyse(buildAnalysisIndex(d), '2024-01-01').analysis
    // Men and women each have a party: no gap and no (false) overlap between them.
    expect(findingsOf(a, 'gap')).toEqual([])
    expect(findingsOf(a, 'overlap')).toEqual([])
  })

  it('shows a renamed party under its name on an older date', () => {
    const d = skeleton()
    d.parties = [
      party('oud', { validTo: '2022-01-01', successor: 'nieuw', name: 'Oude naam' }),
      party('nieuw', { validFrom: '2022-01-01', name: 'Nieuwe naam' }),
      party('ander'),
    ]
    d.responsibilities = [resp('n1', 'nieuw', 'opvang'), resp('a1', 'ander', 'opvang')]
    const index = buildAnalysisIndex(d)
    const old = analyse(index, '2020-01-01')
    expect(findingsOf(old.analysis, 'overlap')[0]?.parties.map((p) => p.name)).toEqual(['Partij ander', 'Oude naam'])
    // The same overlap under a new name is no change.
    const c = compareAnalyses(old.run, analyse(index, '2024-01-01').run)
    expect([...c.overlaps.added, ...c.overlaps.removed]).toEqual([])
  })
})
