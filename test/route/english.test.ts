// SPDX-License-Identifier: EUPL-1.2
// English route output carries no Dutch engine text: for a few broad scenarios on the national
// data, every message (reasons, warnings, open-question effects), question and answer label that
// the API and `wegwijzer route --json --lang en` hand out is English (ADR 0011).
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import { localiseRoute } from '../../src/messages/localise-route.ts'
import { catalogNames } from '../../src/messages/names.ts'
import { loadRouteData, nationalDir, routeFor } from './route-data.ts'

const { dataset, index } = loadRouteData(nationalDir)
const catalog = buildCatalog(dataset)

const SCENARIOS: Record<string, unknown>[] = [
  { exploitation: ['sexual', 'labour', 'criminal', 'organ-removal'] },
  { age: 16, nationality: 'NL', exploitation: ['sexual'], recruitment: 'loverboy', municipality: 'GM0344' },
  { age: 15, nationality: 'VN', unaccompanied: true, exploitation: ['criminal'], municipality: 'GM0363' },
  { age: 30, nationality: 'ER', residence: 'dublin', exploitation: ['labour'], asOf: '2020-05-01' },
  { ageGroup: 'adult', nationalityGroup: 'third-country', exploitation: ['labour'], cooperation: 'reporting' },
]

/** Words that only Dutch engine text has (names from the dataset, such as "Veilig Thuis", may stay). */
const DUTCH =
  /\b(geldt|alleen bij|nog onbekend|onderdelen?|gemeente|hoort bij|valt in|minderjarig|meerderjarig|verblijf|uitbuiting|afgeleide|het antwoord|niet|van deze route)\b/i

function englishTexts(route: ReturnType<typeof localiseRoute>): string[] {
  const out: string[] = []
  const messages = (list: readonly { message?: string }[]): void => {
    for (const m of list) {
      out.push(m.message ?? '')
    }
  }
  for (const phase of route.phases) {
    for (const aspect of phase.aspects) {
      for (const p of aspect.parties) {
        messages(p.why)
        for (const r of p.regional ?? []) {
          messages(r.why)
        }
      }
    }
  }
  route.rights.forEach((r) => messages(r.why))
  route.regional.parties.forEach((r) => messages(r.why))
  messages(route.warnings)
  for (const q of route.openQuestions) {
    out.push(q.question ?? '', q.effect.message ?? '', ...q.options.map((o) => o.label ?? ''))
  }
  return out
}

describe('English route output', () => {
  it.each(SCENARIOS.map((s) => [JSON.stringify(s), s] as const))('has no Dutch engine text: %s', (_, input) => {
    const route = routeFor(index, input)
    const english = englishTexts(localiseRoute(route, 'en', catalog))
    const dutch = englishTexts(localiseRoute(route, 'nl', catalog))
    expect(english.length).toBeGreaterThan(10)
    expect(english.every((t) => t.length > 0)).toBe(true)
    // Strip the dataset's own names (party, region and municipality names are Dutch proper nouns).
    // The derived/unverified warnings name parties by id; the edge words them ("COA (Identification)").
    const name = catalogNames(catalog, 'en')
    const listed = route.warnings.flatMap((w) =>
      ((w.params as { items?: readonly { party?: string }[] }).items ?? []).map(
        (i) => name('party', i.party ?? '') ?? '',
      ),
    )
    const names = [
      ...listed.filter((n) => n !== ''),
      ...route.regional.parties.map((p) => p.name),
      ...(route.regional.municipality?.regions ?? []).map((r) => r.name),
    ].sort((a, b) => b.length - a.length)
    const strip = (t: string): string => names.reduce((acc, n) => acc.split(n).join(''), t)
    expect(english.map(strip).filter((t) => DUTCH.test(t))).toEqual([])
    // The same checker does see the Dutch output as Dutch.
    expect(dutch.map(strip).filter((t) => DUTCH.test(t)).length).toBeGreaterThan(0)
  })
})
