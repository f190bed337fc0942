// SPDX-License-Identifier: EUPL-1.2
// A route as UTF-8 JSON bytes, put together from fragments that are serialised once. A broad route
// is ~300–400 kB, and serialising it whole on every request (escaping every string, encoding the
// text to UTF-8) cost 10–20 times computing it. Most of it is the same from route to route: a
// party's role, description, contact and sources are fixed for a dataset version, and every reason
// is one shared message object. So each such piece is serialised by its part of the route's
// response schema (fast-json-stringify, as Fastify would) the first time and its bytes reused; a
// request only joins bytes and writes the few fields that depend on the scenario.
//
// A kept fragment is reused only while every field that went into it is the very same value (===)
// as in the item at hand, so a changed record, a rename on an older date or a new dataset version
// simply serialises afresh. The fragments of one catalogue live in a memo slot of that catalogue
// (ADR 0036).
import fastJson from 'fast-json-stringify'
import { Type, type TSchema } from '@sinclair/typebox'
import { memoSlot, type Catalog } from '../../../domain/catalog/index.ts'
import { TwoGenerations } from '../../../http/two-generations.ts'
import type { Message } from '../../../domain/message.ts'
import {
  ItemRef,
  OpenQuestion,
  RegionalParty,
  Route,
  routeSources,
  RoutePhase,
  RouteAspect,
  RouteEnglish,
  RouteParty,
  RouteRight,
} from '../../../domain/route/index.ts'
import { MessageSchema } from '../../../domain/message.ts'
import type { Locale } from '../../../messages/catalogue.ts'
import { formatFor, messages } from '../../../messages/catalogue.ts'
import type { FacetKey } from '../../../messages/facet-labels.ts'
import { messageRenderer } from '../../../messages/localise-route.ts'
import { catalogNames } from '../../../messages/names.ts'
import { summaryActionText } from '../../../messages/summary-action.ts'

type Serialise = (value: unknown) => string

const compile = (schema: TSchema): Serialise => fastJson(schema) as Serialise

const props = Route.properties

/** The parts of the route's schema each fragment is written by. */
const write = {
  scenario: compile(props.scenario),
  summary: compile(props.summary),
  askNext: compile(props.askNext),
  links: compile(props.links),
  municipality: compile(props.regional.properties.municipality),
  message: compile(MessageSchema),
  dependsOn: compile(Type.Array(Type.String())),
  phaseHead: compile(Type.Omit(RoutePhase, ['aspects'])),
  aspectHead: compile(Type.Omit(RouteAspect, ['parties'])),
  party: compile(Type.Omit(RouteParty, ['why', 'conditional', 'dependsOn', 'regional'])),
  right: compile(Type.Omit(RouteRight, ['why', 'conditional', 'dependsOn'])),
  regionalParty: compile(RegionalParty),
  itemRef: compile(ItemRef),
  questionHead: compile(Type.Omit(OpenQuestion, ['effect', 'options'])),
  optionHead: compile(Type.Omit(OpenQuestion.properties.options.items, ['confirms', 'dropsOut'])),
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8')

/** An object's JSON without its closing brace, so fields can follow. */
const open = (json: string): Buffer => utf8(json.slice(0, -1))

const B = {
  comma: utf8(','),
  close: utf8('}'),
  closeList: utf8(']'),
  closeListObject: utf8(']}'),
  openList: utf8('['),
  why: utf8(',"why":['),
  conditional: utf8(',"conditional":true'),
  dependsOn: utf8(',"dependsOn":'),
  regional: utf8(',"regional":'),
  aspects: utf8(',"aspects":['),
  parties: utf8(',"parties":['),
  effect: utf8(',"effect":'),
  options: utf8(',"options":['),
  confirms: utf8(',"confirms":['),
  dropsOut: utf8('],"dropsOut":['),
  summary: utf8(',"summary":'),
  askNext: utf8(',"askNext":'),
  phases: utf8(',"phases":['),
  rights: utf8('],"rights":['),
  municipality: utf8('],"regional":{"municipality":'),
  regionalParties: utf8(',"parties":['),
  warnings: utf8(']},"warnings":['),
  openQuestions: utf8('],"openQuestions":['),
}

/** A fragment with the field values it was made from; `id` names it in the keys of blocks. */
interface Kept {
  readonly from: readonly unknown[]
  readonly bytes: Buffer
  readonly id: number
}

let nextId = 1

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) {
    return false
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false
    }
  }
  return true
}

/** Versions kept per key: a record reads differently on a few dates (a rename, say). */
const VERSIONS = 4

/** Kept fragments by key, a few versions each, the oldest dropped first. */
class Fragments {
  readonly #kept = new Map<string, Kept[]>()

  get(key: string, from: readonly unknown[], make: () => Buffer): Kept {
    let versions = this.#kept.get(key)
    if (versions === undefined) {
      versions = []
      this.#kept.set(key, versions)
    }
    for (const kept of versions) {
      if (same(kept.from, from)) {
        return kept
      }
    }
    const kept = { from, bytes: make(), id: nextId++ }
    if (versions.length >= VERSIONS) {
      versions.shift()
    }
    versions.push(kept)
    return kept
  }
}

/**
 * Joined runs of kept fragments (an item with its reasons, an aspect with its parties, all
 * rights, the open questions), by the ids of what they join: a scenario that differs elsewhere
 * (another municipality, say) reuses the whole block. Bounded in bytes.
 */
const BLOCK_BYTES = 24 * 1024 * 1024

/** Kept variants of one item or aspect (the scenario's values vary its reasons), the oldest dropped first. */
const VARIANTS = 16

type Block = { readonly bytes: Buffer; readonly id: number }

/** A kept item block and what it was joined from besides its fixed part: compared by identity. */
interface ItemVariant {
  readonly why: readonly Message[]
  readonly conditional: boolean
  readonly dependsOn: readonly string[] | undefined
  readonly block: Block
}

/** A kept aspect block and the item blocks it joins. */
interface AspectVariant {
  readonly parties: readonly Block[]
  readonly block: Block
}

/** The fragments of one catalogue (one dataset version) and language. */
class RouteFragments {
  // Fixed parts by the record's own id (a stable string: no key is built per item).
  readonly parties = new Fragments()
  readonly rights = new Fragments()
  /** Fixed parts by the planned record an item of computeRoute was made from: no comparing. */
  readonly planned = new WeakMap<object, Kept>()
  readonly plannedRefs = new WeakMap<object, Buffer>()
  /** Question and answer heads by facet and value, in this language. */
  readonly questionHeads = new Map<string, Buffer>()
  readonly aspects = new Fragments()
  readonly phases = new Fragments()
  readonly refs = new Fragments()
  readonly blocks = new TwoGenerations<Block>(BLOCK_BYTES / 2)
  /**
   * Item and aspect blocks by their fixed part and the very objects they were made from (the
   * engine shares reason objects): found by comparing a few references, no key is built.
   */
  readonly items = new WeakMap<Kept, ItemVariant[]>()
  readonly aspectBlocks = new WeakMap<Kept, AspectVariant[]>()
  readonly dependsOn = new Map<string, Buffer>()
  /** Reasons and warnings: one shared message object each, worded in this language. */
  readonly messages = new WeakMap<Message, { bytes: Buffer; id: number }>()
  readonly text: ReturnType<typeof messageRenderer>
  /** In English: the dataset texts of what a fragment is made from (ADR 0038); only on a miss. */
  readonly english: RouteEnglish | undefined

  constructor(
    readonly locale: Locale,
    catalog: Catalog,
  ) {
    this.text = messageRenderer(locale, catalogNames(catalog, locale))
    this.english = locale === 'en' ? new RouteEnglish(catalog) : undefined
  }

  message(m: Message): { bytes: Buffer; id: number } {
    let kept = this.messages.get(m)
    if (kept === undefined) {
      kept = { bytes: utf8(write.message(this.text(m))), id: nextId++ }
      this.messages.set(m, kept)
    }
    return kept
  }

  /** The fixed part of a party or right item. */
  fixed(item: RouteParty | RouteRight, kind: 'party' | 'right', source: object | undefined): Kept {
    const kept = source === undefined ? undefined : this.planned.get(source)
    if (kept !== undefined) {
      return kept
    }
    const made =
      kind === 'party'
        ? this.parties.get((item as RouteParty).responsibility, fixedValues(item, PARTY_FIXED), () =>
            open(write.party(this.english?.party(item as RouteParty) ?? item)),
          )
        : this.rights.get(item.id, fixedValues(item, RIGHT_FIXED), () =>
            open(write.right(this.english?.right(item as RouteRight) ?? item)),
          )
    if (source !== undefined) {
      this.planned.set(source, made)
    }
    return made
  }

  /**
   * Bytes of a part the engine makes afresh per route (the summary, the warnings) but whose JSON
   * recurs across routes, kept by the JSON of what it is written from: writing is a pure function
   * of that value (and this language), and stringifying natively costs a fraction of wording the
   * messages and serialising them by the schema.
   */
  byContent(kind: string, value: unknown, write: () => string): Buffer {
    const key = kind + JSON.stringify(value)
    let kept = this.blocks.get(key)
    if (kept === undefined) {
      kept = { bytes: utf8(write()), id: nextId++ }
      this.blocks.set(key, kept, kept.bytes.length + key.length)
    }
    return kept.bytes
  }

  /** The block of an item with these reasons, or joins what `build` writes and keeps it. */
  item(fixed: Kept, item: Item, build: (out: Chunks) => void): Block {
    let list = this.items.get(fixed)
    if (list === undefined) {
      list = []
      this.items.set(fixed, list)
    }
    const conditional = item.conditional === true
    for (const v of list) {
      if (v.conditional === conditional && same(v.why, item.why) && sameList(v.dependsOn, item.dependsOn)) {
        return v.block
      }
    }
    const block = joined(build)
    if (list.length >= VARIANTS) {
      list.shift()
    }
    list.push({ why: item.why, conditional, dependsOn: item.dependsOn, block })
    return block
  }

  /** The block of an aspect joining these item blocks, or joins what `build` writes and keeps it. */
  aspect(head: Kept, parties: readonly Block[], build: (out: Chunks) => void): Block {
    let list = this.aspectBlocks.get(head)
    if (list === undefined) {
      list = []
      this.aspectBlocks.set(head, list)
    }
    for (const v of list) {
      if (same(v.parties, parties)) {
        return v.block
      }
    }
    const block = joined(build)
    if (list.length >= VARIANTS) {
      list.shift()
    }
    list.push({ parties, block })
    return block
  }

  /** The block for `key`, or joins what `build` writes and keeps it. */
  block(key: string, build: (out: Chunks) => void): Block {
    let block = this.blocks.get(key)
    if (block === undefined) {
      block = joined(build)
      this.blocks.set(key, block, block.bytes.length + key.length)
    }
    return block
  }
}

const FRAGMENTS = memoSlot<Map<Locale, RouteFragments>>('api: route JSON fragments')

function fragmentsOf(catalog: Catalog, locale: Locale): RouteFragments {
  const perLocale = catalog.memo(FRAGMENTS, () => new Map<Locale, RouteFragments>())
  let fragments = perLocale.get(locale)
  if (fragments === undefined) {
    fragments = new RouteFragments(locale, catalog)
    perLocale.set(locale, fragments)
  }
  return fragments
}

function sameList(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && same(a, b))
}

/** What `build` writes, joined into one block. */
function joined(build: (out: Chunks) => void): Block {
  const out = new Chunks()
  build(out)
  return { bytes: out.join(), id: nextId++ }
}

/** Collects the chunks of one response or block. */
export class Chunks {
  readonly list: Buffer[] = []
  length = 0
  push(b: Buffer): void {
    this.list.push(b)
    this.length += b.length
  }
  text(s: string): void {
    this.push(utf8(s))
  }
  join(): Buffer {
    return Buffer.concat(this.list, this.length)
  }
}

/** What the scenario adds to an item; every other field of the schema is fixed per record and date. */
const SCENARIO_FIELDS = new Set(['why', 'conditional', 'dependsOn', 'regional'])

/** The fixed fields of a schema, so a field added to the route's schema is compared too. */
const fixedKeys = (schema: { properties: object }): readonly string[] =>
  Object.keys(schema.properties).filter((k) => !SCENARIO_FIELDS.has(k))

const PARTY_FIXED = fixedKeys(RouteParty)
const RIGHT_FIXED = fixedKeys(RouteRight)

/**
 * The values a fixed fragment is made from. Lists the engine copies per route (a right's
 * providers, empty limits) are spread out one level, so equal contents compare equal.
 */
function fixedValues(item: object, keys: readonly string[]): unknown[] {
  const out: unknown[] = []
  for (const k of keys) {
    const v = (item as Record<string, unknown>)[k]
    if (Array.isArray(v)) {
      out.push(v.length)
      for (const x of v as unknown[]) {
        if (typeof x === 'object' && x !== null && !Array.isArray(x)) {
          const entries = Object.entries(x)
          out.push(entries.length)
          for (const [key, y] of entries) {
            out.push(key, y)
          }
        } else {
          out.push(x)
        }
      }
    } else {
      out.push(v)
    }
  }
  return out
}

type Item = { why: readonly Message[]; conditional?: boolean; dependsOn?: readonly string[] }

/** Writes one route; objects that recur within it (regional branches, item references) once. */
class RouteWriter {
  readonly #regionalParties = new Map<object, Buffer>()
  readonly #regionalLists = new Map<object, Buffer>()
  readonly #refs = new Map<ItemRef, Buffer>()

  constructor(
    readonly f: RouteFragments,
    /** What computeRoute says each item and reference was made from (none for other routes). */
    readonly sources: ReadonlyMap<object, object> | undefined,
    readonly out: Chunks,
  ) {}

  messages(out: Chunks, list: readonly Message[]): void {
    for (let i = 0; i < list.length; i++) {
      if (i > 0) {
        out.push(B.comma)
      }
      out.push(this.f.message(list[i] as Message).bytes)
    }
  }

  regionalParty(rp: RegionalParty): Buffer {
    let bytes = this.#regionalParties.get(rp)
    if (bytes === undefined) {
      bytes = utf8(write.regionalParty({ ...(this.f.english?.regionalParty(rp) ?? rp), why: rp.why.map(this.f.text) }))
      this.#regionalParties.set(rp, bytes)
    }
    return bytes
  }

  regionalList(list: readonly RegionalParty[]): Buffer {
    let bytes = this.#regionalLists.get(list)
    if (bytes === undefined) {
      const parts = [B.openList]
      for (let i = 0; i < list.length; i++) {
        if (i > 0) {
          parts.push(B.comma)
        }
        parts.push(this.regionalParty(list[i] as RegionalParty))
      }
      parts.push(B.closeList)
      bytes = Buffer.concat(parts)
      this.#regionalLists.set(list, bytes)
    }
    return bytes
  }

  dependsOn(out: Chunks, list: readonly string[] | undefined): void {
    if (list === undefined) {
      return
    }
    const key = list.join(',')
    let bytes = this.f.dependsOn.get(key)
    if (bytes === undefined) {
      bytes = utf8(write.dependsOn(list))
      this.f.dependsOn.set(key, bytes)
    }
    out.push(B.dependsOn)
    out.push(bytes)
  }

  /** Reasons, conditional, dependsOn and the closing brace of an item. */
  tail(out: Chunks, item: Item): void {
    out.push(B.why)
    this.messages(out, item.why)
    out.push(B.closeList)
    if (item.conditional === true) {
      out.push(B.conditional)
    }
    this.dependsOn(out, item.dependsOn)
  }

  /** A party item: kept whole unless it carries regional branches (those differ per municipality). */
  party(p: RouteParty, out: Chunks): Block | undefined {
    const fixed = this.f.fixed(p, 'party', this.sources?.get(p))
    if (p.regional === undefined) {
      const block = this.f.item(fixed, p, (o) => {
        o.push(fixed.bytes)
        this.tail(o, p)
        o.push(B.close)
      })
      out.push(block.bytes)
      return block
    }
    out.push(fixed.bytes)
    this.tail(out, p)
    out.push(B.regional)
    out.push(this.regionalList(p.regional))
    out.push(B.close)
    return undefined
  }

  right(r: RouteRight): { bytes: Buffer; id: number } {
    const fixed = this.f.fixed(r, 'right', this.sources?.get(r))
    return this.f.item(fixed, r, (o) => {
      o.push(fixed.bytes)
      this.tail(o, r)
      o.push(B.close)
    })
  }

  aspect(aspect: RouteAspect, out: Chunks): void {
    const head = this.f.aspects.get(aspect.id, [aspect.name, aspect.order, aspect.status], () =>
      open(write.aspectHead(this.f.english?.aspect(aspect) ?? aspect)),
    )
    // Write the parties into a scratch list first; if every one was kept whole, so is the block.
    const parts = new Chunks()
    parts.push(head.bytes)
    parts.push(B.parties)
    const blocks: Block[] = []
    let whole = true
    for (let k = 0; k < aspect.parties.length; k++) {
      if (k > 0) {
        parts.push(B.comma)
      }
      const block = this.party(aspect.parties[k] as RouteParty, parts)
      if (block === undefined) {
        whole = false
      } else {
        blocks.push(block)
      }
    }
    parts.push(B.closeListObject)
    if (!whole) {
      for (const b of parts.list) {
        out.push(b)
      }
      return
    }
    const block = this.f.aspect(head, blocks, (o) => {
      for (const b of parts.list) {
        o.push(b)
      }
    })
    out.push(block.bytes)
  }

  phases(phases: Route['phases']): void {
    const { out, f } = this
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i] as RoutePhase
      if (i > 0) {
        out.push(B.comma)
      }
      out.push(
        f.phases.get(phase.id, [phase.name, phase.order], () => open(write.phaseHead(f.english?.phase(phase) ?? phase)))
          .bytes,
      )
      out.push(B.aspects)
      for (let j = 0; j < phase.aspects.length; j++) {
        if (j > 0) {
          out.push(B.comma)
        }
        this.aspect(phase.aspects[j] as RouteAspect, out)
      }
      out.push(B.closeListObject)
    }
  }

  rights(rights: readonly RouteRight[]): void {
    const kept = rights.map((r) => this.right(r))
    const block = this.f.block(`rights:${kept.map((k) => k.id).join(',')}`, (o) => {
      kept.forEach((k, i) => {
        if (i > 0) {
          o.push(B.comma)
        }
        o.push(k.bytes)
      })
    })
    this.out.push(block.bytes)
  }

  ref(ref: ItemRef): Buffer {
    const source = this.sources?.get(ref)
    let bytes = source === undefined ? undefined : this.f.plannedRefs.get(source)
    if (bytes === undefined) {
      bytes = this.#refs.get(ref)
      if (bytes === undefined) {
        const key = `${ref.kind}:${ref.responsibility ?? ref.id}`
        bytes = this.f.refs.get(key, [ref.id, ref.name, ref.aspect], () =>
          utf8(write.itemRef(this.f.english?.ref(ref) ?? ref)),
        ).bytes
        this.#refs.set(ref, bytes)
        if (source !== undefined) {
          this.f.plannedRefs.set(source, bytes)
        }
      }
    }
    return bytes
  }

  refs(out: Chunks, list: readonly ItemRef[]): void {
    for (let i = 0; i < list.length; i++) {
      if (i > 0) {
        out.push(B.comma)
      }
      out.push(this.ref(list[i] as ItemRef))
    }
  }

  /** A question's or an answer's fixed start (facet and question, value and label), kept. */
  head(key: string, make: () => string): Buffer {
    let bytes = this.f.questionHeads.get(key)
    if (bytes === undefined) {
      bytes = open(make())
      this.f.questionHeads.set(key, bytes)
    }
    return bytes
  }

  /** The open questions: heads kept, the references to the items each answer moves joined. */
  openQuestions(questions: Route['openQuestions']): void {
    const { out, f } = this
    const facets = messages(f.locale).facets as Readonly<Record<string, { readonly question?: string }>>
    const format = formatFor(f.locale)
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i] as OpenQuestion
      if (i > 0) {
        out.push(B.comma)
      }
      out.push(
        this.head(q.facet, () =>
          write.questionHead({ facet: q.facet, question: facets[q.facet]?.question ?? q.facet }),
        ),
      )
      out.push(B.effect)
      out.text(write.message(f.text(q.effect)))
      out.push(B.options)
      for (let j = 0; j < q.options.length; j++) {
        const o = q.options[j] as OpenQuestion['options'][number]
        if (j > 0) {
          out.push(B.comma)
        }
        out.push(
          this.head(`${q.facet}=${o.value}`, () =>
            write.optionHead({ value: o.value, label: format.value(q.facet as FacetKey, o.value) }),
          ),
        )
        out.push(B.confirms)
        this.refs(out, o.confirms)
        out.push(B.dropsOut)
        this.refs(out, o.dropsOut)
        out.push(B.closeListObject)
      }
      out.push(B.closeListObject)
    }
  }
}

/**
 * The route as the API sends it: the JSON of `localiseRoute(route, locale, catalog)` through the Route
 * response schema (field order aside), as UTF-8 bytes.
 */
export function routeJson(catalog: Catalog, route: Route, locale: Locale): Buffer {
  return routeChunks(catalog, route, locale).join()
}

/** The bytes of `routeJson` as the chunks they are joined from, so a caller can join them where it likes. */
export function routeChunks(catalog: Catalog, route: Route, locale: Locale): Chunks {
  const out = new Chunks()
  out.push(routeHead(route.scenario))
  routeMiddle(catalog, route, locale, out)
  out.push(routeTail(route.links))
  return out
}

/** The start of a route's JSON: the scenario. */
export function routeHead(scenario: Route['scenario']): Buffer {
  return utf8(`{"scenario":${write.scenario(scenario)}`)
}

/** The end of a route's JSON: the links (which carry the scenario in their addresses). */
export function routeTail(links: Route['links']): Buffer {
  return utf8(`],"links":${write.links(links)}}`)
}

/**
 * Everything between the scenario and the links: the part of a route that is the same for every
 * municipality with the same regions, apart from the municipality's own name and code.
 */
export function routeMiddle(catalog: Catalog, route: Route, locale: Locale, out: Chunks): void {
  const f = fragmentsOf(catalog, locale)
  const w = new RouteWriter(f, routeSources(route), out)
  out.push(B.summary)
  const asker = route.scenario.asker
  out.push(
    f.byContent(`summary ${asker ?? ''}:`, route.summary, () =>
      write.summary(
        route.summary.map((a) => ({
          ...(f.english?.summary(a) ?? a),
          action: summaryActionText(locale, a, asker),
          why: a.why.map(f.text),
        })),
      ),
    ),
  )
  const facets = messages(locale).facets as Readonly<Record<string, { readonly question?: string }>>
  out.push(B.askNext)
  out.push(
    f.byContent('askNext', route.askNext, () =>
      write.askNext(route.askNext.map((q) => ({ ...q, question: facets[q.facet]?.question ?? q.facet }))),
    ),
  )
  out.push(B.phases)
  w.phases(route.phases)
  out.push(B.rights)
  w.rights(route.rights)
  out.push(B.municipality)
  out.text(write.municipality(route.regional.municipality))
  out.push(B.regionalParties)
  const regional = route.regional.parties
  for (let i = 0; i < regional.length; i++) {
    if (i > 0) {
      out.push(B.comma)
    }
    out.push(w.regionalParty(regional[i] as RegionalParty))
  }
  out.push(B.warnings)
  out.push(f.byContent('warnings', route.warnings, () => route.warnings.map((m) => write.message(f.text(m))).join(',')))
  out.push(B.openQuestions)
  w.openQuestions(route.openQuestions)
}
