// SPDX-License-Identifier: EUPL-1.2
// The change of 18 May 2023 (WBV 2023/11, after CJEU C-66/21): every presumed victim from outside
// the EU gets the reflection period, lawful stay such as an asylum procedure included; Dublin
// claimants get 30 days. Both sides of the boundary, in the route (national data) and in the B8
// planner, so `asOf` answers right before and after the change.
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { dutch, dutchText } from './plan-for.ts'
import { namesOf, texts } from '../helpers/messages.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import {
  buildRouteIndex,
  computeRoute,
  parseScenario,
  type Route,
  type RouteIndex,
} from '../../src/domain/route/index.ts'
import { parseTrajectoryInput, planTrajectory, type TrajectoryPlan } from '../../src/domain/trajectory/index.ts'

let dataset: Dataset
let index: RouteIndex
beforeAll(() => {
  const loaded = loadDataset(fileURLToPath(new URL('../../data', import.meta.url)))
  expect(loaded.problems).toEqual([])
  dataset = loaded.dataset
  index = buildRouteIndex(dataset)
})

function route(input: Record<string, unknown>): Route {
  const parsed = parseScenario(input, { municipalities: index.municipalities, today: '2026-12-06' })
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return computeRoute(index, parsed.scenario)
}

function plan(input: Record<string, unknown>): TrajectoryPlan {
  const parsed = parseTrajectoryInput(
    { nationalityGroup: 'third-country', ...input },
    { municipalities: new Set<string>(), today: '2026-12-06' },
  )
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return planTrajectory(dataset, parsed.input)
}

const reflection = (r: Route) => r.rights.filter((x) => x.id.startsWith('bedenktijd'))

const nigerianAsylumSeeker = {
  age: 24,
  nationality: 'NG',
  residence: 'asylum',
  gender: 'female',
  exploitation: ['sexual'],
  municipality: 'GM0193',
}

describe('route: reflection period for an asylum-seeking victim from outside the EU', () => {
  it('is not offered on 17 May 2023, under the rule that required no lawful stay', () => {
    expect(reflection(route({ ...nigerianAsylumSeeker, asOf: '2023-05-17' }))).toEqual([])
    expect(reflection(route({ ...nigerianAsylumSeeker, asOf: '2022-06-01' }))).toEqual([])
  })

  it('is offered from 18 May 2023, for at most three months', () => {
    for (const asOf of ['2023-05-18', '2026-12-06']) {
      const [r, ...rest] = reflection(route({ ...nigerianAsylumSeeker, asOf }))
      expect(rest).toEqual([])
      expect(r?.id).toBe('bedenktijd')
      expect(r?.conditional).toBeUndefined()
      expect(r?.limits).toContainEqual(expect.objectContaining({ value: 3, unit: 'months', kind: 'max' }))
      expect(r?.sources).toContain('wbv-2023-11')
    }
  })

  it('keeps the old rule for a victim without lawful stay on both sides of the boundary', () => {
    const before = reflection(route({ ...nigerianAsylumSeeker, residence: 'none', asOf: '2023-05-17' }))
    const after = reflection(route({ ...nigerianAsylumSeeker, residence: 'none', asOf: '2023-05-18' }))
    expect(before.map((r) => r.id)).toEqual(['bedenktijd-tot-2023'])
    expect(after.map((r) => r.id)).toEqual(['bedenktijd'])
  })
})

describe('route: Dublin claimant', () => {
  const dublin = { age: 30, nationality: 'ER', residence: 'dublin', exploitation: ['labour'], municipality: 'GM0363' }

  it('gets no reflection period before 18 May 2023 and 30 days from that day', () => {
    expect(reflection(route({ ...dublin, asOf: '2023-05-17' }))).toEqual([])
    const [r, ...rest] = reflection(route({ ...dublin, asOf: '2023-05-18' }))
    expect(rest).toEqual([])
    expect(r?.id).toBe('bedenktijd-dublin')
    expect(r?.limits).toEqual([expect.objectContaining({ value: 30, unit: 'days', kind: 'max' })])
    expect(r?.summary).toMatch(/dertig dagen/)
  })
})

describe('planner: reflection period by the rule in force on its start', () => {
  it('offers no reflection period to an asylum seeker whose signal came on 17 May 2023', () => {
    const p = plan({ residence: 'asylum', firstSignal: '2023-05-17', asOf: '2023-05-20' })
    const t02 = p.steps.find((s) => s.id === 't02-aanbod-bedenktijd')
    expect(t02?.status).toBe('not-applicable')
    expect(t02?.notes.map(dutch).join(' ')).toMatch(/rechtmatig verblijf/)
    expect(p.steps.map((s) => s.id)).not.toContain('t06-bedenktijd')
    expect(p.rules.map((r) => r.id)).toContain('bedenktijd-alleen-zonder-rechtmatig-verblijf')
  })

  it('offers it from 18 May 2023 and counts three months', () => {
    const p = plan({
      residence: 'asylum',
      firstSignal: '2023-05-18',
      reflectionStart: '2023-05-18',
      asOf: '2023-05-20',
    })
    expect(p.steps.find((s) => s.id === 't02-aanbod-bedenktijd')?.status).toBe('done')
    const t06 = p.steps.find((s) => s.id === 't06-bedenktijd')
    expect(t06?.deadlines.find((d) => d.id === 't06-bedenktijd.reflection-max')?.date).toBe('2023-08-17')
    expect(t06?.rights.map((r) => r.id)).toContain('bedenktijd')
    expect(p.rules.map((r) => r.id)).toContain('bedenktijd-voor-vermoedelijke-slachtoffers')
    expect(p.warnings.map(dutch).join(' ')).not.toMatch(/alleen zonder rechtmatig verblijf/)
    // The note names the rule in force by id; the edge words it with the rule's name.
    const t02 = p.steps.find((s) => s.id === 't02-aanbod-bedenktijd')?.notes ?? []
    expect(t02).toContainEqual({
      code: 'trajectory.note.rule',
      params: { rule: 'bedenktijd-voor-vermoedelijke-slachtoffers' },
    })
    expect(texts(t02, 'en', namesOf(dataset, 'en')).join(' ')).toMatch(/Reflection period for every presumed victim/)
  })

  it('warns when a reflection period is given before 18 May 2023 to someone with lawful stay', () => {
    const p = plan({ residence: 'lawful', reflectionStart: '2022-06-01', asOf: '2022-06-10' })
    expect(p.warnings.map(dutch).join(' ')).toMatch(/alleen zonder rechtmatig verblijf/)
  })

  it('gives a Dublin claimant 30 days, taken from the rule record, and names the rule', () => {
    const p = plan({ residence: 'dublin', reflectionStart: '2024-03-01', asOf: '2024-03-05' })
    const t06 = p.steps.find((s) => s.id === 't06-bedenktijd')
    const last = t06?.deadlines.find((d) => d.id === 't06-bedenktijd.reflection-max')
    expect(last?.date).toBe('2024-03-30')
    expect(dutchText([last?.label], namesOf(dataset))).toMatch(/30 dagen/)
    expect(last?.label.params).toEqual({
      step: 't06-bedenktijd',
      limit: 'reflection-max',
      rule: 'bedenktijd-dublin-dertig-dagen',
    })
    expect(t06?.rights.map((r) => r.id)).toEqual(expect.arrayContaining(['bedenktijd-dublin']))
    expect(t06?.rights.map((r) => r.id)).not.toContain('bedenktijd')
    expect(p.rules.map((r) => r.id)).toContain('bedenktijd-dublin-dertig-dagen')
    // Without a start date the note says how long it lasts, naming the rule's limit by ids.
    const open = plan({ residence: 'dublin', firstSignal: '2024-03-01', asOf: '2024-03-05' })
    const notes = open.steps.find((s) => s.id === 't06-bedenktijd')?.notes ?? []
    expect(dutchText(notes, namesOf(dataset))).toMatch(/30 dagen/)
    expect(texts(notes, 'en', namesOf(dataset, 'en')).join(' ')).toMatch(/\(Dublin claimant, 30 days\)/)
    expect(notes.find((n) => n.code === 'trajectory.note.shorter-limit')?.params).toMatchObject({
      step: 't06-bedenktijd',
      limit: 'reflection-max',
      rule: 'bedenktijd-dublin-dertig-dagen',
    })
  })

  it('gives a Dublin claimant no reflection period before 18 May 2023', () => {
    const p = plan({ residence: 'dublin', firstSignal: '2023-05-17', asOf: '2023-05-20' })
    expect(p.steps.find((s) => s.id === 't02-aanbod-bedenktijd')?.status).toBe('not-applicable')
    expect(p.rules.map((r) => r.id)).not.toContain('bedenktijd-dublin-dertig-dagen')
  })

  it('counts three months for a Dublin claimant when the data has no 30-day rule (the limit is data, not code)', () => {
    const without = {
      ...dataset,
      trajectoryRules: dataset.trajectoryRules.filter((r) => r.rule !== 'reflection-dublin-shorter'),
    }
    const parsed = parseTrajectoryInput(
      { nationalityGroup: 'third-country', residence: 'dublin', reflectionStart: '2024-03-01', asOf: '2024-03-05' },
      { municipalities: new Set<string>(), today: '2026-12-06' },
    )
    if (!parsed.ok) {
      throw new Error('input')
    }
    const t06 = planTrajectory(without, parsed.input).steps.find((s) => s.id === 't06-bedenktijd')
    expect(t06?.deadlines.find((d) => d.id === 't06-bedenktijd.reflection-max')?.date).toBe('2024-05-31')
  })
})
