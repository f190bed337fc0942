// SPDX-License-Identifier: EUPL-1.2
// The HSDS view the API serves: built once per catalogue version and date (lazily, in a memo slot
// of the catalogue, so a new dataset version drops it), with the indexes the filters need and each
// object's JSON text made once. A request filters ids and joins finished strings.
import { memoSlot, type Catalog } from '../../../domain/catalog/index.ts'
import {
  buildHsds,
  hsdsFiles,
  organizationListItem,
  serviceListItem,
  type HsdsDataset,
  type HsdsFormat,
  type HsdsOrganizationWithServices,
  type HsdsService,
  type HsdsServiceAtLocation,
  type HsdsTaxonomyTerm,
} from '../../../domain/hsds/index.ts'
import { todayInAmsterdam } from '../../../domain/validity.ts'
import { hsdsWordsNl } from '../../../messages/hsds.ts'
import { Precompressed } from '../../../http/precompressed.ts'
import { etagFor } from '../http-caching.ts'
import { foldText } from '../text-match.ts'

export interface ServedFile {
  /** The bytes, with their brotli and gzip forms made on first demand. */
  readonly body: Precompressed
  readonly etag: string
}

/** One object and its JSON texts, made on first use. */
class Entry<T extends { id: string }> {
  #full: string | undefined
  #list: string | undefined
  constructor(
    readonly object: T,
    readonly search: string,
    private readonly listForm: (o: T) => object,
  ) {}

  get full(): string {
    this.#full ??= JSON.stringify(this.object)
    return this.#full
  }

  get list(): string {
    this.#list ??= JSON.stringify(this.listForm(this.object))
    return this.#list
  }
}

const searchText = (...texts: readonly (string | undefined)[]): string =>
  foldText(texts.filter((t): t is string => t !== undefined).join(' \u0000 '))

/** True when every word of the (folded) query occurs in the folded text. */
export function matchesWords(words: readonly string[], text: string): boolean {
  return words.every((w) => text.includes(w))
}

export function queryWords(search: string | undefined): readonly string[] {
  return search === undefined
    ? []
    : foldText(search)
        .split(/\s+/)
        .filter((w) => w !== '')
}

/** A finished response: its bytes, ETag and Link header. */
export interface CachedPage {
  readonly body: Precompressed
  readonly etag: string
  readonly link: string
}

/** Pages kept per view, least recently used out first, bounded in bytes. */
const PAGE_CACHE_BYTES = 8 * 1024 * 1024

class PageCache {
  readonly #entries = new Map<string, CachedPage>()
  #bytes = 0

  get(key: string): CachedPage | undefined {
    const hit = this.#entries.get(key)
    if (hit !== undefined) {
      this.#entries.delete(key)
      this.#entries.set(key, hit)
    }
    return hit
  }

  set(key: string, page: CachedPage): void {
    const size = page.body.bytes + key.length
    if (size > PAGE_CACHE_BYTES || this.#entries.has(key)) {
      return
    }
    this.#entries.set(key, page)
    this.#bytes += size
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= PAGE_CACHE_BYTES) {
        break
      }
      this.#entries.delete(k)
      this.#bytes -= v.body.bytes + k.length
    }
  }
}

export class HsdsApiView {
  /** Finished list pages by request URL: a page is a pure function of the view and its URL. */
  readonly pages = new PageCache()
  readonly services: ReadonlyMap<string, Entry<HsdsService>>
  readonly organizations: ReadonlyMap<string, Entry<HsdsOrganizationWithServices>>
  readonly terms: ReadonlyMap<string, Entry<HsdsTaxonomyTerm>>
  readonly taxonomies: ReadonlyMap<string, Entry<HsdsDataset['taxonomies'][number]>>
  readonly serviceAtLocations: ReadonlyMap<string, Entry<HsdsServiceAtLocation>>
  /** Per term id: the ids of the services it is applied to. */
  readonly servicesWithTerm: ReadonlyMap<string, ReadonlySet<string>>
  /** Per taxonomy id: the ids of the services with one of its terms. */
  readonly servicesInTaxonomy: ReadonlyMap<string, ReadonlySet<string>>
  /** Per term id: its child terms' ids. */
  readonly childTerms: ReadonlyMap<string, readonly string[]>
  readonly #files = new Map<string, ReadonlyMap<string, ServedFile>>()

  constructor(readonly data: HsdsDataset) {
    const orgNames = new Map(data.organizations.map((o) => [o.id, [o.name, o.alternate_name]]))
    this.services = new Map(
      data.services.map((s) => [
        s.id,
        new Entry(
          s,
          searchText(
            s.name,
            s.alternate_name,
            s.description,
            s.eligibility_description,
            ...(orgNames.get(s.organization_id ?? '') ?? []),
          ),
          serviceListItem,
        ),
      ]),
    )
    this.organizations = new Map(
      data.organizations.map((o) => [
        o.id,
        new Entry(o, searchText(o.name, o.alternate_name, o.description), organizationListItem),
      ]),
    )
    this.terms = new Map(
      data.taxonomyTerms.map((t) => [t.id, new Entry(t, searchText(t.code, t.name, t.description), (x) => x)]),
    )
    this.taxonomies = new Map(
      data.taxonomies.map((t) => [t.id, new Entry(t, searchText(t.name, t.description), (x) => x)]),
    )
    const locations = new Map(data.locations.map((l) => [l.id, l]))
    this.serviceAtLocations = new Map(
      data.serviceAtLocations.map((sal) => {
        const service = this.services.get(sal.service_id ?? '')
        const location = locations.get(sal.location_id ?? '')
        const full = { ...sal, ...(location === undefined ? {} : { location }) }
        return [
          sal.id,
          new Entry(full, service?.search ?? '', (x) =>
            service === undefined ? x : { ...x, service: serviceListItem(service.object) },
          ),
        ]
      }),
    )
    const withTerm = new Map<string, Set<string>>()
    const inTaxonomy = new Map<string, Set<string>>()
    const add = (map: Map<string, Set<string>>, key: string | undefined, id: string): void => {
      if (key !== undefined) {
        const set = map.get(key) ?? new Set<string>()
        set.add(id)
        map.set(key, set)
      }
    }
    for (const s of data.services) {
      for (const a of s.attributes ?? []) {
        add(withTerm, a.taxonomy_term_id, s.id)
        add(inTaxonomy, a.taxonomy_term?.taxonomy_id, s.id)
      }
    }
    this.servicesWithTerm = withTerm
    this.servicesInTaxonomy = inTaxonomy
    const children = new Map<string, string[]>()
    for (const t of data.taxonomyTerms) {
      if (t.parent_id !== undefined) {
        children.set(t.parent_id, [...(children.get(t.parent_id) ?? []), t.id])
      }
    }
    this.childTerms = children
  }

  /** The files of one published form, each with its ETag (made once per view). */
  files(format: HsdsFormat): ReadonlyMap<string, ServedFile> {
    let files = this.#files.get(format)
    if (files === undefined) {
      files = new Map(
        [...hsdsFiles(this.data, format)].map(([name, text]) => {
          const bytes = Buffer.from(text, 'utf8')
          return [name, { body: new Precompressed(bytes), etag: etagFor(bytes) }]
        }),
      )
      this.#files.set(format, files)
    }
    return files
  }
}

/**
 * Views kept per catalogue: today's only (about 25 MB once every object's text is made; requests
 * in flight at midnight keep the old one until they finish).
 */
const VIEW_DATES = 1
const HSDS_VIEWS = memoSlot<Map<string, HsdsApiView>>('api: HSDS views per date')

/** Today's date, worked out at most once a minute (Intl formatting costs more than a request). */
let today: { readonly date: string; readonly until: number } | undefined
export function servedDate(now = Date.now()): string {
  if (today === undefined || now >= today.until) {
    today = { date: todayInAmsterdam(new Date(now)), until: now + 60_000 }
  }
  return today.date
}

/** The HSDS view of this catalogue on `asOf` (today by default), built on first use. */
export function hsdsView(catalog: Catalog, asOf: string = servedDate()): HsdsApiView {
  const views = catalog.memo(HSDS_VIEWS, () => new Map<string, HsdsApiView>())
  let view = views.get(asOf)
  if (view === undefined) {
    view = new HsdsApiView(buildHsds(catalog.on(asOf), hsdsWordsNl))
    if (views.size >= VIEW_DATES) {
      const oldest = views.keys().next().value
      if (oldest !== undefined) {
        views.delete(oldest)
      }
    }
    views.set(asOf, view)
  }
  return view
}
