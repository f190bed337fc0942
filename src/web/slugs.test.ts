// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import { localePath, splitLocale } from './i18n.ts'
import { ENGLISH_PATHS, dutchPath, englishPath, englishRedirect } from './slugs.ts'

const pairs = Object.entries(ENGLISH_PATHS)
const words = (p: string) => (p === '/' ? [] : p.slice(1).split('/'))

describe('the slug table', () => {
  it('gives every page its own English address', () => {
    const english = pairs.map(([, en]) => en)
    expect(new Set(english).size).toBe(english.length)
  })

  it('keeps the parameters in place and translates each Dutch word one way only', () => {
    const seen = new Map<string, string>()
    for (const [nl, en] of pairs) {
      const [a, b] = [words(nl), words(en)]
      expect(b.length, nl).toBe(a.length)
      for (const [i, word] of a.entries()) {
        if (word.startsWith(':')) {
          expect(b[i], nl).toBe(word)
        } else {
          expect(seen.get(word) ?? b[i], `${nl}: ${word}`).toBe(b[i])
          seen.set(word, b[i] ?? '')
        }
      }
    }
  })

  it('has no Dutch word left in an English address unless it is a name', () => {
    // The words that are names (Organogram, B8) or the same in both languages.
    const same = new Set(['professionals', 'route', 'organogram', 'b8-planner', 'scan'])
    for (const [nl, en] of pairs) {
      for (const word of words(nl).filter((w) => !w.startsWith(':') && !same.has(w))) {
        expect(words(en), `${nl} → ${en}`).not.toContain(word)
      }
    }
  })
})

describe('paths in each language', () => {
  it.each([
    ['/', '/en/'],
    ['/situatie', '/en/situation'],
    ['/rechten/bedenktijd', '/en/rights/bedenktijd'],
    ['/organisaties?fase=A#x', '/en/organisations?fase=A#x'],
    ['/barrieremodel/barrieres/woninginspecties', '/en/barrier-model/barriers/woninginspecties'],
    ['/barrieremodel/sexual', '/en/barrier-model/sexual'],
    ['/basisniveau/scan/abc/rapport', '/en/basic-level/scan/abc/report'],
    ['/hulp/kaart?format=a6', '/en/help/card?format=a6'],
    ['/b8-planner/invoer.json?age=30', '/en/b8-planner/input.json?age=30'],
  ])('%s is %s in English and back', (nl, en) => {
    expect(localePath('en', nl)).toBe(en)
    expect(localePath('nl', nl)).toBe(nl)
    const bare = en.replace(/[?#].*$/, '')
    expect(splitLocale(bare)).toEqual({ locale: 'en', path: nl.replace(/[?#].*$/, '') })
  })

  it('leaves a path of no page as it is', () => {
    expect(englishPath('/bestaat-niet')).toBe('/bestaat-niet')
    expect(dutchPath('/does-not-exist')).toBe('/does-not-exist')
    expect(englishPath('/organisaties/')).toBe('/organisaties/')
  })
})

describe('old Dutch addresses under /en', () => {
  it.each([
    ['/rechten', '/rights'],
    ['/hulp/aangifte', '/help/reporting'],
    ['/organisaties/politie', '/organisations/politie'],
    ['/rechten/%2F%2Fevil.example', '/rights/%2F%2Fevil.example'],
    ['/rechten/\\evil.example', '/rights/%5Cevil.example'],
  ])('%s moves to %s', (old, now) => {
    expect(englishRedirect(old)).toBe(now)
  })

  it.each(['/organogram', '/rights', '//evil.example', '/rechten//evil.example', '/rechten/%E0%A4%A', '/nope'])(
    '%s is not moved',
    (path) => {
      expect(englishRedirect(path)).toBeUndefined()
    },
  )
})
