// SPDX-License-Identifier: EUPL-1.2
// A route's JSON written once per scenario and region set, not once per municipality. The 342
// municipalities share 25 region sets (police unit, RIEC, Veilig Thuis, zorgcoördinatie, …), and
// two municipalities with the same regions get the same route apart from their own name and code,
// which only reasons and the regional heading mention (ADR 0040). So the route is computed for a
// stand-in municipality with those regions and marks for a name and a code, written once, and
// split at the marks; a request joins the pieces with its municipality's name and code, its own
// scenario in front and its links behind. A template is made the second time its scenario and
// region set are asked; the first time, the route is written for the municipality itself. `route-template.test.ts` compares every municipality's
// answer with the route computed and written for that municipality itself.
import { memoSlot, type Catalog } from '../../../domain/catalog/index.ts'
import { computeRoute, routeLinks, type IndexedMunicipality, type Scenario } from '../../../domain/route/index.ts'
import { SeenKeys, TwoGenerations } from '../../../http/two-generations.ts'
import type { Locale } from '../../../messages/catalogue.ts'
import { Chunks, routeChunks, routeHead, routeMiddle, routeTail } from './route-json.ts'

/**
 * Marks for the municipality's name and code: private-use characters, which JSON writes as they
 * are (no escaping), so a mark's bytes are found as written. A dataset whose texts hold the
 * character gets no templates (`templatesOf`).
 */
const NAME_MARK = '\uE000gemeente\uE000'
const CODE_MARK = '\uE000code\uE000'
const NAME_BYTES = Buffer.from(NAME_MARK, 'utf8')
const CODE_BYTES = Buffer.from(CODE_MARK, 'utf8')

const NAME = 0
const CODE = 1
type Piece = Buffer | typeof NAME | typeof CODE

/** Templates kept per generation (two generations): a few hundred kB of kept fragments' references each. */
export const TEMPLATES_PER_GENERATION = 256

/**
 * Scenario and region-set keys remembered as asked, per generation: a template is made when its
 * key comes back within this many (a municipality of the same region set, soon after), so a stream
 * of scenarios that never recur pays nothing for templates and pushes none out.
 */
export const TEMPLATE_KEYS_SEEN = 1024

class Templates {
  readonly seen = new SeenKeys(TEMPLATE_KEYS_SEEN)
  readonly pieces = new TwoGenerations<readonly Piece[]>(TEMPLATES_PER_GENERATION)
  /** One stand-in per region set, so the engine keeps its region reasons per stand-in. */
  readonly standIns = new Map<string, IndexedMunicipality>()

  standIn(m: IndexedMunicipality): IndexedMunicipality {
    let standIn = this.standIns.get(m.regionKey)
    if (standIn === undefined) {
      standIn = { ...m, record: { ...m.record, id: CODE_MARK, name: NAME_MARK } }
      this.standIns.set(m.regionKey, standIn)
    }
    return standIn
  }
}

const TEMPLATES = memoSlot<Map<Locale, Templates> | undefined>('api: route templates per region set')

/** This catalogue's templates in `locale`, or none when a dataset text holds the marks' character. */
function templatesOf(catalog: Catalog, locale: Locale): Templates | undefined {
  const perLocale = catalog.memo(TEMPLATES, () =>
    JSON.stringify(catalog.dataset).includes(NAME_MARK[0] ?? '') ? undefined : new Map<Locale, Templates>(),
  )
  if (perLocale === undefined) {
    return undefined
  }
  let templates = perLocale.get(locale)
  if (templates === undefined) {
    templates = new Templates()
    perLocale.set(locale, templates)
  }
  return templates
}

/** The chunks split at the marks. */
function split(chunks: readonly Buffer[]): Piece[] {
  const pieces: Piece[] = []
  for (const chunk of chunks) {
    let from = 0
    for (;;) {
      const name = chunk.indexOf(NAME_BYTES, from)
      const code = chunk.indexOf(CODE_BYTES, from)
      const at = name === -1 ? code : code === -1 ? name : Math.min(name, code)
      if (at === -1) {
        break
      }
      if (at > from) {
        pieces.push(chunk.subarray(from, at))
      }
      pieces.push(at === name ? NAME : CODE)
      from = at + (at === name ? NAME_BYTES.length : CODE_BYTES.length)
    }
    if (from === 0) {
      pieces.push(chunk)
    } else if (from < chunk.length) {
      pieces.push(chunk.subarray(from))
    }
  }
  return pieces
}

/** A text as it stands inside a JSON string, as UTF-8. */
const inJsonString = (text: string): Buffer => Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8')

/** Per municipality, its name and code as written into a route. */
const OWN_BYTES = new WeakMap<IndexedMunicipality, readonly [Buffer, Buffer]>()

function ownBytes(m: IndexedMunicipality): readonly [Buffer, Buffer] {
  let own = OWN_BYTES.get(m)
  if (own === undefined) {
    own = [inJsonString(m.record.name), inJsonString(m.record.id)]
    OWN_BYTES.set(m, own)
  }
  return own
}

/** The scenario without its municipality, as a key: what a template and a kept route are found by. */
export const scenarioKey = (scenario: Scenario): string => JSON.stringify({ ...scenario, municipality: undefined })

/**
 * The route of `scenario` as JSON chunks, the same bytes as `routeJson(catalog, computeRoute(…))`:
 * from the template of its scenario and region set, made on first demand. `key` is
 * `scenarioKey(scenario)`, when the caller has it already.
 */
export function templatedRoute(
  catalog: Catalog,
  scenario: Scenario,
  locale: Locale,
  key = scenarioKey(scenario),
): Chunks {
  const index = catalog.routeIndex
  const m = scenario.municipality === undefined ? undefined : index.municipalities.get(scenario.municipality)
  const templates = templatesOf(catalog, locale)
  if (templates === undefined) {
    return routeChunks(catalog, computeRoute(index, scenario), locale)
  }
  const templateKey = `${m?.regionKey ?? '-'}|${key}`
  let pieces = templates.pieces.get(templateKey)
  if (pieces === undefined) {
    if (!templates.seen.seen(templateKey)) {
      return routeChunks(catalog, computeRoute(index, scenario), locale)
    }
    const middle = new Chunks()
    routeMiddle(
      catalog,
      computeRoute(index, scenario, m === undefined ? undefined : templates.standIn(m)),
      locale,
      middle,
    )
    pieces = split(middle.list)
    templates.pieces.set(templateKey, pieces)
  }
  const out = new Chunks()
  out.push(routeHead(scenario))
  const [name, code] = m === undefined ? [NAME_BYTES, CODE_BYTES] : ownBytes(m)
  for (const piece of pieces) {
    out.push(piece === NAME ? name : piece === CODE ? code : piece)
  }
  out.push(routeTail(routeLinks(scenario)))
  return out
}
