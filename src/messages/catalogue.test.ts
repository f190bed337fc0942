// SPDX-License-Identifier: EUPL-1.2
// The catalogues: the same keys in every language, one label per value of every facet, every key
// used somewhere in src/ (an unused text is a text nobody keeps true), and the formatters' plurals
// and lists per language.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FACETS, FACET_NAMES } from '../domain/facets.ts'
import { RESIDENCE_NOT_APPLICABLE } from '../domain/conditions/index.ts'
import { formatFor, LOCALES, messages } from './catalogue.ts'

/** Every leaf of a catalogue as a dotted path; functions are leaves. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
  }
  return [path]
}

const CATALOGUE_FILES = new Set(['nl.ts', 'en.ts'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name)
    if (e.isDirectory()) {
      return e.name === 'generated' ? [] : sourceFiles(full)
    }
    const catalogue = dir.endsWith('messages') && CATALOGUE_FILES.has(e.name)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !catalogue ? [full] : []
  })
}

describe('message catalogues', () => {
  const dutch = leaves(messages('nl')).map((p) => p.join('.'))

  it.each(LOCALES)('%s has exactly the keys of the Dutch catalogue (nothing missing, nothing extra)', (locale) => {
    const keys = leaves(messages(locale)).map((p) => p.join('.'))
    expect(keys.filter((k) => !dutch.includes(k))).toEqual([])
    expect(dutch.filter((k) => !keys.includes(k))).toEqual([])
  })

  it.each(LOCALES)('%s labels every facet of the facet table and each of its values, once', (locale) => {
    const facets = messages(locale).facets as Readonly<Record<string, { values: Readonly<Record<string, string>> }>>
    expect(Object.keys(facets).sort()).toEqual([...FACET_NAMES, 'municipality'].sort())
    for (const name of FACET_NAMES) {
      const listed: readonly string[] =
        name === 'unaccompanied'
          ? ['true', 'false']
          : name === 'residence'
            ? [...FACETS.residence.values, RESIDENCE_NOT_APPLICABLE]
            : (FACETS[name].values ?? [])
      expect(Object.keys(facets[name]?.values ?? {}).sort(), name).toEqual([...listed].sort())
    }
    const labels = Object.values(facets).flatMap((f) => Object.values(f.values))
    expect(labels.every((l) => l.trim().length > 0)).toBe(true)
  })

  it('uses every key somewhere in src/ (an engine code as a string, a text as a property)', () => {
    const source = sourceFiles(join(import.meta.dirname, '..'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const used = (path: string[]): boolean => {
      const key = path[path.length - 1] ?? ''
      const parent = path[path.length - 2] ?? ''
      if (path[0] === 'codes') {
        // Engine codes are returned by the domain as string literals.
        return source.includes(`'${key}'`)
      }
      if (path[0] === 'facets' || path[0] === 'labels') {
        // Keyed by the domain's own value lists (checked above and by the types).
        return true
      }
      const escaped = key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
      // A property access (t.route.title, t.title, { title } = …), a computed key ('title') or a
      // whole section handed on by its parent's name.
      return (
        new RegExp(`[.?]${escaped}\\b|[{,]\\s*${escaped}\\s*[,}]|['"\`]${escaped}['"\`]`).test(source) ||
        new RegExp(`\\.${parent}\\b(?!\\.)`).test(source)
      )
    }
    const unused = leaves(messages('nl')).filter((p) => !used(p))
    expect(unused.map((p) => p.join('.'))).toEqual([])
  })

  it('counts with the plural rules of each language', () => {
    const forms = { one: '{n} onderdeel', other: '{n} onderdelen' }
    expect([0, 1, 2].map((n) => formatFor('nl').count(n, forms))).toEqual([
      '0 onderdelen',
      '1 onderdeel',
      '2 onderdelen',
    ])
    expect(formatFor('en').count(1, { one: '{n} item', other: '{n} items' })).toBe('1 item')
    expect(formatFor('en').count(3, { one: '{n} item', other: '{n} items' })).toBe('3 items')
  })

  it('joins lists with "and" or "or" in the language', () => {
    expect(formatFor('nl').list(['a', 'b', 'c'])).toBe('a, b en c')
    expect(formatFor('nl').list(['a', 'b'], 'or')).toBe('a of b')
    expect(formatFor('en').list(['a', 'b'], 'or')).toBe('a or b')
  })

  it('names facets and values from the one label set, falling back to the value itself', () => {
    expect(formatFor('nl').facet('residence')).toBe('verblijfsstatus')
    expect(formatFor('en').value('residence', 'none')).toBe('no lawful stay')
    expect(formatFor('en').value('gender', 'unknown-value')).toBe('unknown-value')
  })
})
