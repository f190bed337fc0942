// SPDX-License-Identifier: EUPL-1.2
// The scenarios the route tests describe cases with (domain.md §12.6, the bucket checks, the
// acceptance case of #12) and one per victim category × form: the same objects go through the
// route and through the B8 planner (test/trajectory/route-scenarios.test.ts), since one scenario
// describes a case for every instrument.
import { EXPLOITATION_FORMS } from '../../src/domain/facets.ts'
import type { VictimCategory } from '../../src/domain/victim.ts'

export const ROUTE_SCENARIOS: readonly { readonly name: string; readonly input: Record<string, unknown> }[] = [
  {
    name: '1. Nigerian woman without residence, sexual exploitation',
    input: {
      age: 28,
      nationality: 'NG',
      gender: 'female',
      residence: 'none',
      exploitation: ['sexual'],
      municipality: 'GM0344',
    },
  },
  { name: '2. Romanian man, labour', input: { age: 35, nationality: 'RO', gender: 'male', exploitation: ['labour'] } },
  {
    name: '2b. Romanian man, labour, in 2021',
    input: { age: 35, nationality: 'RO', gender: 'male', exploitation: ['labour'], asOf: '2021-06-01' },
  },
  {
    name: '3. Dutch 16-year-old girl, loverboy',
    input: {
      age: 16,
      nationality: 'NL',
      gender: 'female',
      exploitation: ['sexual'],
      recruitment: 'loverboy',
      municipality: 'GM0344',
    },
  },
  {
    name: '4. Unaccompanied Vietnamese boy, criminal exploitation',
    input: { age: 15, nationality: 'VN', gender: 'male', unaccompanied: true, exploitation: ['criminal'] },
  },
  { name: '5. Dublin claimant', input: { age: 30, nationality: 'ER', residence: 'dublin', exploitation: ['labour'] } },
  {
    name: '6. Hungarian woman, forced begging',
    input: { age: 40, nationality: 'HU', gender: 'female', exploitation: ['criminal'] },
  },
  { name: 'only a form', input: { exploitation: ['labour'] } },
  {
    name: 'reporting, by group',
    input: {
      nationalityGroup: 'third-country',
      residence: 'none',
      cooperation: 'reporting',
      exploitation: ['sexual'],
      municipality: 'GM0344',
    },
  },
  {
    name: 'Dutch minor by code, two forms',
    input: { age: 16, nationality: 'NL', exploitation: ['sexual', 'criminal'], recruitment: 'loverboy' },
  },
  {
    name: '#12 acceptance: Chinese man, labour, reflection period running',
    input: {
      age: 40,
      nationality: 'CN',
      residence: 'none',
      exploitation: ['labour'],
      municipality: 'GM1783',
      reflectionStart: '2025-03-10',
      asOf: '2025-04-01',
    },
  },
  {
    name: '#21: nationality typed as a Dutch adjective',
    input: { age: 40, nationality: 'Chinees', residence: 'none', exploitation: ['labour'], municipality: 'GM0599' },
  },
]

/** The input of the one ROUTE_SCENARIOS entry whose name starts with `prefix` ("1.", "5. Dublin"). */
export function routeScenario(prefix: string): Record<string, unknown> {
  const found = ROUTE_SCENARIOS.filter((s) => s.name.startsWith(prefix))
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`${found.length} route scenarios named '${prefix}…'`)
  }
  return found[0].input
}

/** A scenario for a victim category: the first value of every facet it names. */
export function categoryScenario(c: VictimCategory, form: string): Record<string, unknown> {
  const f = c.facets
  return {
    exploitation: [form],
    ...(f.ageGroup === undefined ? {} : { ageGroup: f.ageGroup[0] }),
    ...(f.nationalityGroup === undefined ? {} : { nationalityGroup: f.nationalityGroup[0] }),
    ...(f.residence === undefined ? {} : { residence: f.residence[0] }),
    ...(f.unaccompanied === undefined ? {} : { unaccompanied: f.unaccompanied }),
    ...(f.gender === undefined ? {} : { gender: f.gender[0] }),
    ...(f.recruitment === undefined ? {} : { recruitment: f.recruitment[0] }),
    ...(f.cooperation === undefined ? {} : { cooperation: f.cooperation[0] }),
  }
}

/** Every victim category with every form of exploitation. */
export function categoryScenarios(
  categories: readonly VictimCategory[],
): { readonly name: string; readonly input: Record<string, unknown> }[] {
  return categories.flatMap((c) =>
    EXPLOITATION_FORMS.map((form) => ({ name: `${c.id} × ${form}`, input: categoryScenario(c, form) })),
  )
}
