// SPDX-License-Identifier: EUPL-1.2
// The planner on the curated trajectory data in data/: every rule path, rule versions by date,
// and that the deadlines come from the data (change the data, the plan changes).
import { beforeAll, describe, expect, it } from 'vitest'
import { dutch, dutchText } from './plan-for.ts'
import { fileURLToPath } from 'node:url'
import { loadDataset } from '../../src/data/dataset/load.ts'
import type { Dataset } from '../../src/domain/entities.ts'
import {
  parseTrajectoryInput,
  planTrajectory,
  type PlanStep,
  type TrajectoryPlan,
} from '../../src/domain/trajectory/index.ts'

let dataset: Dataset
beforeAll(() => {
  const loaded = loadDataset(fileURLToPath(new URL('../../data', import.meta.url)))
  const mine = loaded.problems.filter((p) => p.file.includes('trajectory'))
  expect(mine).toEqual([])
  dataset = loaded.dataset
})

function plan(input: Record<string, unknown>, data: Dataset = dataset): TrajectoryPlan {
  const parsed = parseTrajectoryInput(
    { nationalityGroup: 'third-country', ...input },
    { municipalities: new Set<string>(), today: '2030-01-01' },
  )
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return planTrajectory(data, parsed.input)
}
const step = (p: TrajectoryPlan, id: string): PlanStep => {
  const s = p.steps.find((x) => x.id === id)
  if (s === undefined) {
    throw new Error(`no step ${id} in plan: ${p.steps.map((x) => x.id).join(', ')}`)
  }
  return s
}
const dates = (s: PlanStep) => Object.fromEntries(s.deadlines.map((d) => [d.id, d.date]))

describe('scope', () => {
  it('says the scheme does not apply to Dutch nationals and names what applies instead', () => {
    const p = plan({ nationalityGroup: 'nl', ageGroup: 'adult', asOf: '2015-01-01' })
    expect(p.applicable).toBe(false)
    expect(dutchText([p.reason])).toMatch(/Nederlanders/)
    expect(p.steps).toEqual([])
    const ids = (p.alternatives ?? []).map((a) => a.id)
    expect(ids).toContain('wmo-opvang')
    expect(ids).not.toContain('jeugdbescherming-jeugdhulp') // minors only
  })

  it('says the scheme does not apply to EU citizens with EU residence rights, unless they have none', () => {
    const p = plan({ nationalityGroup: 'eu', asOf: '2015-01-01' })
    expect(p.applicable).toBe(false)
    expect(dutchText([p.reason])).toMatch(/EU-recht/)
    expect((p.alternatives ?? []).map((a) => a.id)).toContain('eu-verblijfsrecht-behouden')
    const residual = plan({ nationalityGroup: 'eu', euResidenceRight: false, residence: 'none', asOf: '2015-01-01' })
    expect(residual.applicable).toBe(true)
    expect(residual.warnings.map(dutch).join(' ')).toMatch(/EU\/EER/)
  })
})

describe('reflection period', () => {
  it('gives the last day, monthly reporting and the parties, counting from 31 January', () => {
    const p = plan({ residence: 'none', firstSignal: '2014-01-31', reflectionStart: '2014-01-31', asOf: '2014-02-10' })
    const t06 = step(p, 't06-bedenktijd')
    expect(t06.status).toBe('current')
    expect(dates(t06)).toMatchObject({
      't06-bedenktijd.reflection-max': '2014-04-30',
      't06-bedenktijd.reflection-reporting.1': '2014-02-28',
      't06-bedenktijd.reflection-reporting.2': '2014-03-30',
    })
    expect(t06.deadlines.find((d) => d.id === 't06-bedenktijd.reflection-max')?.legalBasis).toBe('Vc 2000 (B) B8/3.1')
    expect(t06.parties.map((x) => x.id)).toEqual(expect.arrayContaining(['ind', 'politie', 'zorgcoordinator']))
    expect(t06.rights.map((x) => x.id)).toEqual(
      expect.arrayContaining(['bedenktijd-tot-2023', 'rvb-toelage-en-zorgkosten', 'gratis-rechtsbijstand']),
    )
    expect(t06.rights.map((x) => x.id)).not.toContain('bedenktijd')
    expect(step(p, 't03-aanmelding-comensha').status).toBe('done')
  })

  it('ends in a leap February when it starts on 30 November', () => {
    expect(
      dates(step(plan({ residence: 'none', reflectionStart: '2015-11-30', asOf: '2015-12-01' }), 't06-bedenktijd'))[
        't06-bedenktijd.reflection-max'
      ],
    ).toBe('2016-02-29')
    expect(
      dates(step(plan({ residence: 'none', reflectionStart: '2014-11-30', asOf: '2014-12-01' }), 't06-bedenktijd'))[
        't06-bedenktijd.reflection-max'
      ],
    ).toBe('2015-02-28')
  })

  it('warns when the reflection period ran out without a recorded end', () => {
    const p = plan({ residence: 'none', reflectionStart: '2014-01-15', asOf: '2014-06-01' })
    expect(p.warnings.map(dutch).join(' ')).toMatch(/2014-04-14/)
  })

  it('gives no reflection period with lawful stay or to a witness', () => {
    expect(
      step(plan({ residence: 'lawful', cooperation: 'reporting', asOf: '2015-01-01' }), 't02-aanbod-bedenktijd').status,
    ).toBe('not-applicable')
    const w = plan({ residence: 'none', witness: true, report: '2015-01-05', asOf: '2015-01-06' })
    expect(step(w, 't02-aanbod-bedenktijd').status).toBe('not-applicable')
    expect(w.steps.some((s) => s.id === 't06-bedenktijd')).toBe(false)
    expect(w.permitGrounds).toEqual(['c'])
  })

  it('in detention, needs the consent of the OM and the police', () => {
    const without = plan({ residence: 'detained', asOf: '2015-01-01' })
    expect(step(without, 't02-aanbod-bedenktijd').status).toBe('possible')
    expect(without.steps.some((s) => s.id === 't06-bedenktijd')).toBe(false)
    const withConsent = plan({
      residence: 'detained',
      detentionConsent: true,
      reflectionStart: '2015-01-01',
      asOf: '2015-01-02',
    })
    expect(step(withConsent, 't06-bedenktijd').rules.map((r) => r.id)).toContain('bedenktijd-in-bewaring')
  })

  it('lets the KMar decide after refused entry', () => {
    const p = plan({ residence: 'none', refusedEntry: true, asOf: '2015-01-01' })
    expect(step(p, 't02-aanbod-bedenktijd').rules.map((r) => r.id)).toContain('bedenktijd-geweigerde-toegang')
    expect(step(p, 't02-aanbod-bedenktijd').parties.map((x) => x.id)).toContain('kmar')
  })

  it('leads to return when the person declines', () => {
    const p = plan({
      residence: 'none',
      cooperation: 'declined',
      reflectionStart: '2015-01-01',
      reflectionEnd: '2015-02-01',
      reflectionEndReason: 'declined',
      asOf: '2015-02-02',
    })
    expect(step(p, 't06x-einde-bedenktijd-zonder-vergunning').status).toBe('done')
    expect(step(p, 't14-terugkeer').status).toBe('upcoming')
    expect(step(p, 't14-terugkeer').parties.map((x) => x.id)).toEqual(expect.arrayContaining(['iom', 'dtv']))
  })
})

describe('temporary permit', () => {
  it('computes the IND target, the permit end and each renewal, across a leap day', () => {
    const waiting = plan({ residence: 'none', report: '2016-02-28', asOf: '2016-02-28' })
    expect(dates(step(waiting, 't07-aangifte-of-medewerking'))['t07-aangifte-of-medewerking.ind-decision-target']).toBe(
      '2016-02-29',
    )
    expect(waiting.permitGrounds).toEqual(['a'])
    const p = plan({
      residence: 'none',
      report: '2016-02-28',
      permitGranted: '2016-02-29',
      renewals: ['2017-02-20', '2018-02-20'],
      asOf: '2018-03-01',
    })
    expect(dates(step(p, 't08-tijdelijke-vergunning'))['t08-tijdelijke-vergunning.permit-max']).toBe('2017-02-28')
    expect(dates(step(p, 't09-verlenging'))).toMatchObject({
      't09-verlenging.renewal-max.1': '2018-02-28',
      't09-verlenging.renewal-max.2': '2019-02-28',
    })
    expect(step(p, 't15a-inschrijving-brp').status).toBe('current')
    expect(step(p, 't15b-koppeling-taakstelling').parties.map((x) => x.id)).toEqual(['coa', 'gemeente', 'comensha'])
  })

  it("shows permit rights for the person's role only", () => {
    const victim = step(
      plan({ residence: 'none', cooperation: 'reporting', asOf: '2015-01-01' }),
      't08-tijdelijke-vergunning',
    ).rights.map((r) => r.id)
    expect(victim).toContain('b8-vergunning-slachtoffer-aangever')
    expect(victim).not.toContain('b8-vergunning-getuige-aangever')
    const witness = step(
      plan({ residence: 'none', witness: true, asOf: '2015-01-01' }),
      't08-tijdelijke-vergunning',
    ).rights.map((r) => r.id)
    expect(witness).toEqual(expect.arrayContaining(['b8-vergunning-getuige-aangever']))
    expect(witness).not.toContain('b8-vergunning-slachtoffer-aangever')
  })

  // Fixed: the planner read each facet on its own, so an unaccompanied person of unknown age was
  // offered the categorial shelter for adults; the conditions module applies the facet rules.
  it('offers an unaccompanied person the shelter for minors, not the one for adults', () => {
    const t04 = step(
      plan({ residence: 'none', unaccompanied: true, firstSignal: '2015-01-05', asOf: '2015-01-10' }),
      't04-opvang',
    ).rights.map((r) => r.id)
    expect(t04).toContain('beschermde-opvang-amv')
    expect(t04).not.toContain('cosm-categorale-opvang')
  })

  it('opens the labour-exploitation ground without a residence title', () => {
    expect(
      plan({ residence: 'none', cooperation: 'cooperating-otherwise', exploitation: ['labour'], asOf: '2015-01-01' })
        .permitGrounds,
    ).toEqual(['b', 'g'])
    expect(
      plan({ residence: 'lawful', cooperation: 'reporting', exploitation: ['labour'], asOf: '2015-01-01' })
        .permitGrounds,
    ).toEqual(['a'])
  })

  it('gives victims unable to cooperate one non-renewable year, then continued residence from the day after', () => {
    const p = plan({ residence: 'none', cooperation: 'unable', permitGranted: '2016-02-29', asOf: '2016-06-01' })
    expect(p.permitGrounds).toEqual(['d'])
    expect(
      dates(step(p, 't12-vergunning-niet-kunnen-meewerken'))['t12-vergunning-niet-kunnen-meewerken.noncoop-permit'],
    ).toBe('2017-02-28')
    expect(
      dates(step(p, 't12b-na-een-jaar-niet-meewerken'))['t12b-na-een-jaar-niet-meewerken.noncoop-continued-after'],
    ).toBe('2017-03-01')
    expect(p.steps.some((s) => s.id === 't09-verlenging')).toBe(false)
  })

  it('withdraws after an acquittal and stops renewals', () => {
    const p = plan({
      residence: 'none',
      report: '2015-01-01',
      permitGranted: '2015-01-02',
      prosecutionDecision: '2015-03-01',
      caseOutcome: 'acquittal',
      caseOutcomeDate: '2016-05-01',
      asOf: '2016-06-01',
    })
    expect(step(p, 't10-intrekking').status).toBe('current')
    expect(step(p, 't09-verlenging').status).toBe('not-applicable')
    expect(step(p, 't11-voortgezet-verblijf').notes.map(dutch).join(' ')).toMatch(/driejaarsregel helpt dan niet/)
  })
})

describe('asylum and Dublin', () => {
  it('checks the permit ex officio in the asylum procedure', () => {
    const p = plan({ residence: 'asylum', asOf: '2015-01-01' })
    expect(step(p, 't13-asielprocedure').notes.map(dutch).join(' ')).toMatch(/aangifte/)
  })

  it('applies the Dublin restriction only to applications from 1 August 2019 (WBV 2019/10)', () => {
    const before = plan({ residence: 'dublin', report: '2019-07-31', presenceNeeded: false, asOf: '2019-09-01' })
    expect(step(before, 't08-tijdelijke-vergunning').status).not.toBe('not-applicable')
    expect(before.rules.map((r) => r.id)).not.toContain('dublin-aanwezigheid-nodig')
    const after = plan({ residence: 'dublin', report: '2019-08-01', presenceNeeded: false, asOf: '2019-09-01' })
    expect(step(after, 't08-tijdelijke-vergunning').status).toBe('not-applicable')
    expect(step(after, 't14-terugkeer').status).toBe('upcoming')
    expect(after.rules.find((r) => r.id === 'dublin-aanwezigheid-nodig')?.validFrom).toBe('2019-08-01')
    const unknown = plan({ residence: 'dublin', report: '2019-08-02', asOf: '2019-09-01' })
    expect(step(unknown, 't08-tijdelijke-vergunning').notes.map(dutch).join(' ')).toMatch(/vraag het OM/)
  })
})

describe('continued residence', () => {
  it('uses the 2018 prosecution rule only for decisions from its start date', () => {
    const base = { residence: 'none', report: '2017-01-10', permitGranted: '2017-01-11', asOf: '2019-06-01' }
    const old = plan({ ...base, prosecutionDecision: '2018-11-12' })
    const t11old = step(old, 't11-voortgezet-verblijf')
    expect(t11old.rules.map((r) => r.id)).not.toContain('voortgezet-verblijf-vervolgingsbeslissing')
    expect(t11old.notes.map(dutch).join(' ')).toMatch(/oudere voorwaarden/)
    expect(t11old.status).toBe('upcoming')
    expect(dates(t11old)['t11-voortgezet-verblijf.continued-three-years']).toBe('2020-01-11')
    const recent = plan({ ...base, prosecutionDecision: '2018-11-13' })
    const t11 = step(recent, 't11-voortgezet-verblijf')
    expect(t11.rules.map((r) => r.id)).toContain('voortgezet-verblijf-vervolgingsbeslissing')
    expect(t11.status).toBe('current')
    expect(t11.rights.map((r) => r.id)).toContain('voortgezet-verblijf-vanaf-2018')
  })

  it('opens continued residence at a final conviction, and the CJIB advance eight months later', () => {
    const p = plan({
      residence: 'none',
      report: '2014-01-10',
      permitGranted: '2014-01-11',
      prosecutionDecision: '2014-03-01',
      caseOutcome: 'conviction',
      caseOutcomeDate: '2015-06-30',
      asOf: '2015-07-01',
    })
    const t11 = step(p, 't11-voortgezet-verblijf')
    expect(t11.status).toBe('current')
    expect(dates(t11)['t11-voortgezet-verblijf.conviction']).toBe('2015-06-30')
    expect(t11.rights.map((r) => r.id)).toContain('voortgezet-verblijf-tot-2018')
    expect(dates(step(p, 'p01-schadevergoeding'))['p01-schadevergoeding.cjib-advance-after']).toBe('2016-03-01')
  })

  it('for witnesses, only special individual circumstances', () => {
    const t11 = step(
      plan({ residence: 'none', witness: true, report: '2015-01-01', permitGranted: '2015-01-02', asOf: '2015-02-01' }),
      't11-voortgezet-verblijf',
    )
    expect(t11.deadlines).toEqual([])
    expect(t11.rules.map((r) => r.id)).toEqual(['voortgezet-verblijf-bijzondere-omstandigheden'])
  })
})

describe('data drives the plan', () => {
  it('uses the limit values and rule records of the dataset', () => {
    const steps = dataset.trajectorySteps.map((s) =>
      s.id === 't06-bedenktijd'
        ? { ...s, limits: s.limits.map((l) => (l.key === 'reflection-max' ? { ...l, value: 2 } : l)) }
        : s,
    )
    const rules = dataset.trajectoryRules.filter((r) => r.rule !== 'continued-prosecution-decision')
    const changed: Dataset = { ...dataset, trajectorySteps: steps, trajectoryRules: rules }
    const p = plan({ residence: 'none', reflectionStart: '2019-01-31', asOf: '2019-02-01' }, changed)
    expect(dates(step(p, 't06-bedenktijd'))['t06-bedenktijd.reflection-max']).toBe('2019-03-30')
    const q = plan(
      {
        residence: 'none',
        report: '2019-01-10',
        permitGranted: '2019-01-11',
        prosecutionDecision: '2019-02-01',
        asOf: '2019-06-01',
      },
      changed,
    )
    expect(step(q, 't11-voortgezet-verblijf').status).toBe('upcoming')
  })

  it('shows a renamed party under the name it had on the step date', () => {
    const early = step(
      plan({ residence: 'none', firstSignal: '2015-01-01', asOf: '2015-01-02' }),
      't01-signaal',
    ).parties.map((x) => x.id)
    expect(early).toContain('inspectie-szw')
    expect(early).not.toContain('arbeidsinspectie')
    const late = step(
      plan({ residence: 'none', firstSignal: '2023-01-01', asOf: '2023-01-02' }),
      't01-signaal',
    ).parties.map((x) => x.id)
    expect(late).toContain('arbeidsinspectie')
  })
})
