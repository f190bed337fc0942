// SPDX-License-Identifier: EUPL-1.2
// The addresses of the pages in each language (issue 15): Dutch at the root, English under /en with
// English words (/en/situation, /en/rights/…). Pages, links and the language switch all speak in
// the Dutch ("neutral") path; this table turns it into the English one and back. One table, so a
// page cannot have an English address that a link or the switch does not know (slugs.test.ts).
// Parameters (:id, :code, :token …) are record ids and stay as they are in every language.

/** Every page pattern under its Dutch path, with its English path under /en. */
export const ENGLISH_PATHS = {
  '/': '/',
  '/professionals': '/professionals',
  '/ik-zie-iets': '/i-see-something',
  '/veilig-internetten': '/browse-safely',
  '/hulp': '/help',
  '/hulp/rechten': '/help/rights',
  '/hulp/aangifte': '/help/reporting',
  '/hulp/veilig': '/help/safe',
  '/hulp/kaart': '/help/card',
  '/situatie': '/situation',
  '/route': '/route',
  '/zoeken': '/search',
  '/organisaties': '/organisations',
  '/organisaties/:id': '/organisations/:id',
  '/fasen': '/phases',
  '/fasen/:id': '/phases/:id',
  '/aspecten/:id': '/aspects/:id',
  '/rechten': '/rights',
  '/rechten/:id': '/rights/:id',
  '/signalen': '/signals',
  '/signalen/:form': '/signals/:form',
  '/gemeenten': '/municipalities',
  '/gemeenten/:code': '/municipalities/:code',
  '/organogram': '/organogram',
  '/barrieremodel': '/barrier-model',
  '/barrieremodel/barrieres/:id': '/barrier-model/barriers/:id',
  '/barrieremodel/:topic': '/barrier-model/:topic',
  '/basisniveau': '/basic-level',
  '/basisniveau/overzicht': '/basic-level/overview',
  '/basisniveau/scan': '/basic-level/scan',
  '/basisniveau/scan/:token': '/basic-level/scan/:token',
  '/basisniveau/scan/:token/rapport': '/basic-level/scan/:token/report',
  '/basisniveau/scan/:token/onderdeel/:section': '/basic-level/scan/:token/section/:section',
  '/analyse': '/analysis',
  '/b8-planner': '/b8-planner',
  '/b8-planner/invoer.json': '/b8-planner/input.json',
  '/doorstroom': '/moving-on',
} as const satisfies Readonly<Record<`/${string}`, `/${string}`>>

/** A page's Dutch route pattern: what pages register and link to. */
export type PagePath = keyof typeof ENGLISH_PATHS

/** One pattern cut in segments: a string is a fixed word, null a parameter. */
interface Pattern {
  readonly segments: readonly (string | null)[]
  readonly params: readonly string[]
  /** Fixed words count first: /barrieremodel/barrieres/:id before /barrieremodel/:topic. */
  readonly fixed: number
}

function compile(pattern: string): Pattern {
  const parts = pattern === '/' ? [] : pattern.slice(1).split('/')
  const segments = parts.map((p) => (p.startsWith(':') ? null : p))
  return {
    segments,
    params: parts.filter((p) => p.startsWith(':')),
    fixed: segments.filter((s) => s !== null).length,
  }
}

interface Pair {
  readonly nl: Pattern
  readonly en: Pattern
}

const PAIRS: readonly Pair[] = Object.entries(ENGLISH_PATHS).map(([nl, en]) => ({ nl: compile(nl), en: compile(en) }))
/** The pairs to read each way, most fixed words first. */
const BY_LANGUAGE = {
  nl: [...PAIRS].sort((a, b) => b.nl.fixed - a.nl.fixed),
  en: [...PAIRS].sort((a, b) => b.en.fixed - a.en.fixed),
} as const

/** The parameter values of a path matching a pattern, or undefined. Empty segments never match. */
function match(pattern: Pattern, parts: readonly string[]): string[] | undefined {
  if (parts.length !== pattern.segments.length) {
    return undefined
  }
  const values: string[] = []
  for (const [i, segment] of pattern.segments.entries()) {
    const part = parts[i] ?? ''
    if (segment === null) {
      if (part === '') {
        return undefined
      }
      values.push(part)
    } else if (segment !== part) {
      return undefined
    }
  }
  return values
}

/** Fills a pattern with values, in order (both patterns of a pair name the same parameters). */
function fill(pattern: Pattern, values: readonly string[]): string {
  let next = 0
  const parts = pattern.segments.map((s) => (s === null ? (values[next++] ?? '') : s))
  return `/${parts.join('/')}`
}

function translate(path: string, from: 'nl' | 'en'): string | undefined {
  const parts = path === '/' ? [] : path.slice(1).split('/')
  for (const pair of BY_LANGUAGE[from]) {
    const values = match(pair[from], parts)
    if (values !== undefined) {
      return fill(pair[from === 'nl' ? 'en' : 'nl'], values)
    }
  }
  return undefined
}

/** `/organisaties/politie` → `/organisations/politie`; a path of no page stays as it is. */
export function englishPath(dutchPath: string): string {
  return translate(dutchPath, 'nl') ?? dutchPath
}

/** `/organisations/politie` → `/organisaties/politie`; a path of no page stays as it is. */
export function dutchPath(englishPath: string): string {
  return translate(englishPath, 'en') ?? englishPath
}

/**
 * Where an old Dutch address under /en lives now: `/en/rechten/x` → `/en/rights/x`, or undefined
 * when the path is no Dutch page address. The parameters are percent-encoded again, so nothing
 * in the request can turn the answer into a link to another site (issue 16, item 6).
 */
export function englishRedirect(pathUnderEn: string): string | undefined {
  const parts = pathUnderEn === '/' ? [] : pathUnderEn.slice(1).split('/')
  for (const pair of BY_LANGUAGE.nl) {
    const values = match(pair.nl, parts)
    if (values !== undefined) {
      const safe = values.map(reencode)
      if (safe.some((v) => v === undefined)) {
        return undefined
      }
      const target = fill(pair.en, safe as string[])
      return target === pathUnderEn ? undefined : target
    }
  }
  return undefined
}

function reencode(value: string): string | undefined {
  try {
    return encodeURIComponent(decodeURIComponent(value))
  } catch {
    return undefined
  }
}
