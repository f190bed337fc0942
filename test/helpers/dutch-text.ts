// SPDX-License-Identifier: EUPL-1.2
// Finds Dutch in what a reader sees on an English page (issue 15): the visible text of an HTML
// page cut in blocks, each part with the language it is marked in, and a small detector that
// calls a part Dutch by its function words. Names and citations are taken out first (allowlist).
import type { Dataset } from '../../src/domain/entities.ts'

/** Names that stay Dutch in English: parties, places, regions, titles of cited sources. */
export function datasetNames(dataset: Dataset): string[] {
  return [
    ...dataset.parties.flatMap((p) => [p.name, p.shortName ?? '']),
    ...dataset.municipalities.flatMap((m) => [m.name, ...(m.aliases ?? []).map((a) => a.name)]),
    ...dataset.regions.map((r) => r.name),
    ...dataset.sources.flatMap((s) => [s.title, s.publisher ?? '']),
  ]
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
/** Elements whose content is no text for the reader. */
const SKIP = new Set(['script', 'style', 'template', 'noscript'])
/** Elements that end a block of text: a sentence never runs across them. */
const BLOCK = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'div',
  'dt',
  'dd',
  'section',
  'summary',
  'button',
  'label',
  'option',
  'title',
  'caption',
  'figcaption',
  'legend',
  'tr',
  'text',
  'tspan',
  'br',
  'header',
  'footer',
  'nav',
  'main',
  'ul',
  'ol',
  'dl',
  'table',
  'form',
  'details',
  'fieldset',
  'blockquote',
  'pre',
])
/** Attributes a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description']

export interface TextPart {
  readonly text: string
  /** The language the part is marked in (nearest lang attribute). */
  readonly lang: string
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  euro: '€',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    }
    if (name.startsWith('#')) {
      return String.fromCodePoint(parseInt(name.slice(1), 10))
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return m === null ? undefined : decodeEntities(m[1] ?? m[2] ?? m[3] ?? '')
}

/**
 * The visible text of a page, in blocks of parts. Our templates write well-formed HTML (checked by
 * html-validate in the browser tests), so a tag stack is enough; no DOM is needed.
 */
export function visibleBlocks(page: string): TextPart[][] {
  const blocks: TextPart[][] = []
  let current: TextPart[] = []
  const stack: { name: string; lang: string }[] = [
    { name: '#root', lang: /<html[^>]*\slang="([^"]+)"/.exec(page)?.[1] ?? '' },
  ]
  let skipping = 0
  const flush = () => {
    if (current.some((p) => p.text.trim() !== '')) {
      blocks.push(current)
    }
    current = []
  }
  const lang = () => stack[stack.length - 1]?.lang ?? ''
  const body = page.replace(/<!--[\s\S]*?-->/g, '')
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawName, rest, text] = m
    if (text !== undefined) {
      if (skipping === 0) {
        current.push({ text: decodeEntities(text), lang: lang() })
      }
      continue
    }
    const name = (rawName ?? '').toLowerCase()
    const tag = m[0]
    if (closing === '/') {
      if (SKIP.has(name)) {
        skipping = Math.max(0, skipping - 1)
        continue
      }
      // Pop to the matching element (tolerates an unclosed inline element).
      const at = stack.map((e) => e.name).lastIndexOf(name)
      if (at > 0) {
        stack.length = at
      }
      if (BLOCK.has(name)) {
        flush()
      }
      continue
    }
    if (SKIP.has(name)) {
      skipping += 1
      continue
    }
    if (BLOCK.has(name)) {
      flush()
    }
    const own = attribute(tag, 'lang') ?? lang()
    if (skipping === 0) {
      for (const a of SHOWN_ATTRIBUTES) {
        const value = attribute(tag, a)
        if (value !== undefined && value.trim() !== '') {
          blocks.push([{ text: value, lang: own }])
        }
      }
      if (name === 'input' && /type="(submit|button)"/.test(rest ?? '')) {
        const value = attribute(tag, 'value')
        if (value !== undefined) {
          blocks.push([{ text: value, lang: own }])
        }
      }
    }
    if (!VOID.has(name) && !(rest ?? '').trimEnd().endsWith('/')) {
      stack.push({ name, lang: own })
    }
  }
  flush()
  return blocks
}

/**
 * Dutch words that are not English words (so "in", "is", "over", "door", "we" are not here). Two
 * of them in a part, more than its English function words, make the part Dutch; one in a part of
 * at most four words without English makes a short label Dutch ("Bron", "Meer lezen").
 */
export const DUTCH_WORDS: ReadonlySet<string> = new Set(
  (
    'de het een van en voor met zijn wordt worden werd niet bij naar ook als aan dat die deze dit om op te uit ' +
    'kan kunnen moet moeten heeft hebben geen nog wel tot zich je jij jouw uw wij zij hun onder tussen alle ' +
    'meer waar wanneer hoe wat wie omdat maar dan hij haar zo nu mag mogen zal zullen wil willen andere ' +
    'eerst binnen zonder tegen ieder elke welke zoals volgens sinds gaat gaan doen krijgt krijgen vanaf ' +
    'jaar dagen maanden weken bel bellen hulp ja nee bent ben hier daar wordt waarin waarbij daarom ' +
    'mensenhandel slachtoffer slachtoffers uitbuiting uitgebuit gemeente gemeenten aangifte bedenktijd ' +
    'opvang verblijfsvergunning vergunning rechten organisatie organisaties hulpverlening hulpverleners ' +
    'landelijk landelijke bron bronnen geldig peildatum onbekend stap stappen fase fasen signalen ' +
    'terug zoeken volgende vorige sluiten toon bekijk gewijzigd laatst gecontroleerd nooit zie ' +
    'regio begeleiding melding melden verblijf slachtofferschap minderjarige minderjarigen ' +
    'meerderjarige vreemdeling vreemdelingen verdachte verdachten strafrechtelijk onderzoek ' +
    'betrokken partij partijen gegevens informatie verwijzing doorverwijzing geen welk overzicht'
  ).split(' '),
)

/** English function words: a part with more of these than Dutch words is English. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    'the and of to a is in for with you your this that are be on or by not can at from it as an if who what ' +
    'when how has have will may must their they which more no yes all after before up about been was were ' +
    'there here than then also only into out our we its his her them these those would should could do does ' +
    'get gets any each other such under over between until within without where why while per'
  ).split(' '),
)

/**
 * Dutch words that are English words or codes too ("Met" is a scan answer, "en" a language code):
 * never enough on their own to call a short label Dutch.
 */
const ALSO_ENGLISH: ReadonlySet<string> = new Set([
  'en',
  'met',
  'die',
  'hoe',
  'mag',
  'wat',
  'tot',
  'dan',
  'ben',
  'na',
  'op',
  'te',
  'zo',
  'hier',
  'bel',
])

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []
}

/** The Dutch words that make this text Dutch, or [] when it is not. */
export function dutchIn(text: string): string[] {
  const all = words(text)
  const dutch = all.filter((w) => DUTCH_WORDS.has(w))
  const english = all.filter((w) => ENGLISH_WORDS.has(w)).length
  if (dutch.length >= 2 && dutch.length > english) {
    return dutch
  }
  if (dutch.some((w) => !ALSO_ENGLISH.has(w)) && english === 0 && all.length <= 4) {
    return dutch
  }
  return []
}

/**
 * Names and citations: removed from a text before it is judged, longest first, as whole words.
 * Built from the dataset (party, municipality and region names, source titles and publishers) plus
 * patterns of legal citations.
 */
export class Allowlist {
  private readonly names: readonly string[]
  private readonly pattern: RegExp | undefined

  constructor(names: Iterable<string>) {
    this.names = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 1))].sort(
      (a, b) => b.length - a.length,
    )
    const escaped = this.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    this.pattern =
      escaped.length === 0 ? undefined : new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'giu')
  }

  strip(text: string): string {
    // A name cut short to fit (an organogram chip: "Meldpunt Uitbuiting…") is still a name.
    const cut = /^(.{8,})…$/u.exec(text.trim())?.[1]
    if (cut !== undefined && this.names.some((n) => n.startsWith(cut))) {
      return ''
    }
    // Names first: a name may hold an address ("Ministerie van Financiën (rijksfinancien.nl)").
    const named = this.pattern === undefined ? text : text.replace(this.pattern, ' ')
    return named.replace(ADDRESSES, ' ').replace(LEGAL_CITATION, ' ')
  }
}

/** Article references and the names of Dutch laws and regulations (legal citations). */
const LEGAL_CITATION = new RegExp(
  [
    String.raw`\bart(?:ikel|\.)?\s*\d+(?:\.\d+)*[a-z]*(?:\s*(?:lid|sub|onder)\s*[\da-z]+(?:\s*(?:,|en|of)\s*[\da-z]\b)*)*(?:\s*(?:Sr|Sv|Vw|Vb|Vc|BW|Wmo|Jw)\b)?`,
    String.raw`\b(?:Vw|Vb|Vc) 2000\b(?: \(B\))?|\bB\d+/\d+(?:[.-]\d+)*(?:\s+en\s+B\d+/\d+(?:[.-]\d+)*)*|\b(?:zoals gewijzigd bij )?WBV \d{4}/\d+|\bECLI:\S+|\bAanwijzing [\p{L} ]{3,40}?(?=[,.;:()]|$)`,
    String.raw`\b(?:Wetboek van (?:Strafrecht|Strafvordering)|Vreemdelingen(?:wet|besluit|circulaire)(?: 2000)?|Wet [\p{L} ]{3,60}?(?=[,.;:)]|$)|Besluit [\p{L} ]{3,60}?(?=[,.;:)]|$))`,
  ].join('|'),
  'giu',
)

/** E-mail and web addresses (mensenhandel@groningen.nl, fairwork.nu), also with a name taken out. */
const ADDRESSES = /\S+@\S*|\bhttps?:\/\/\S+|\S*\.(?:nl|nu|com|org|eu|net|info)\b\S*/giu

export interface DutchFinding {
  readonly page: string
  /** The part as a reader sees it, shortened. */
  readonly text: string
  readonly words: readonly string[]
  /** True when the page marks the text as Dutch (lang="nl"): a dataset text without English. */
  readonly marked: boolean
}

/**
 * Every Dutch part of an English page, named by page and text. A dataset text the page marks as
 * Dutch in its body counts as marked where it is repeated where no lang can be given (the <title>,
 * an aria-label).
 */
export function dutchOnPage(page: string, html: string, allow: Allowlist): DutchFinding[] {
  const findings: DutchFinding[] = []
  const blocks = visibleBlocks(html)
  const markedTexts = [
    ...new Set(
      blocks.flatMap((b) => b.filter((p) => p.lang.startsWith('nl')).map((p) => p.text.replace(/\s+/g, ' ').trim())),
    ),
  ]
    .filter((t) => t.length >= 12)
    .sort((a, b) => b.length - a.length)
  for (const block of blocks) {
    for (const marked of [false, true]) {
      const parts = block.filter((p) => (marked ? p.lang.startsWith('nl') : p.lang === '' || p.lang.startsWith('en')))
      const text = parts
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
      if (text === '') {
        continue
      }
      const stripped = allow.strip(text)
      const found = dutchIn(stripped)
      if (found.length === 0) {
        continue
      }
      const repeated =
        !marked && dutchIn(allow.strip(markedTexts.reduce((t, m) => t.split(m).join(' '), text))).length === 0
      findings.push({
        page,
        text: text.length > 160 ? `${text.slice(0, 157)}…` : text,
        words: found,
        marked: marked || repeated,
      })
    }
  }
  return findings
}
