// SPDX-License-Identifier: EUPL-1.2
// Finding a municipality by the name people type: the CBS name ("'s-Gravenhage"), the common name
// ("Den Haag"), a municipality merged into it since 2015 ("Weesp") or a large town in it
// ("Hoofddorp"). Accents, case, apostrophes and hyphens are ignored. One module for the wizard,
// the API and the CLI, so they all find the same municipality.
import type { Municipality, MunicipalityAlias } from './region.ts'

/** Lower case, no accents, every run of other characters one space: "'s-Hertogenbosch" → "s hertogenbosch". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export interface MunicipalityHit {
  readonly municipality: Municipality
  /** The other name that matched, when the query did not match the CBS name or code. */
  readonly alias?: MunicipalityAlias
}

interface Entry {
  readonly municipality: Municipality
  readonly folded: string
  readonly alias?: MunicipalityAlias
}

export interface MunicipalityNames {
  /** Municipalities whose code, name or other name equals the text (folded); usually one, "Bergen" gives two. */
  exact(text: string): MunicipalityHit[]
  /** Search as you type: exact matches first, then names starting with the query, then names containing it. */
  search(query: string): MunicipalityHit[]
}

export function municipalityNames(municipalities: readonly Municipality[]): MunicipalityNames {
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const entries: Entry[] = sorted.flatMap((m) => [
    { municipality: m, folded: foldName(m.name) },
    ...(m.aliases ?? []).map((alias) => ({ municipality: m, folded: foldName(alias.name), alias })),
  ])
  const collect = (keep: (e: Entry) => boolean, into: Map<string, MunicipalityHit>): void => {
    for (const e of entries) {
      if (!into.has(e.municipality.id) && keep(e)) {
        into.set(e.municipality.id, e.alias === undefined ? { municipality: e.municipality } : e)
      }
    }
  }
  const byCode = (text: string): Municipality | undefined => {
    const code = text.trim().toUpperCase()
    return /^GM\d{4}$/.test(code) ? sorted.find((m) => m.id === code) : undefined
  }
  return {
    exact(text) {
      const m = byCode(text)
      if (m !== undefined) {
        return [{ municipality: m }]
      }
      const q = foldName(text)
      const hits = new Map<string, MunicipalityHit>()
      collect((e) => e.folded === q, hits)
      return [...hits.values()]
    },
    search(query) {
      const m = byCode(query)
      if (m !== undefined) {
        return [{ municipality: m }]
      }
      const q = foldName(query)
      if (q === '') {
        return sorted.map((municipality) => ({ municipality }))
      }
      const hits = new Map<string, MunicipalityHit>()
      collect((e) => e.folded === q, hits)
      collect((e) => e.folded.startsWith(q), hits)
      collect((e) => e.folded.includes(q), hits)
      return [...hits.values()]
    },
  }
}
