// SPDX-License-Identifier: EUPL-1.2
// The organogram as a graph (phase → aspect → party, one edge per responsibility) laid out by
// ELK's layered algorithm. Layout is the slow part, so it is computed once per dataset, date and
// language and phase focus and reused; highlighting only changes colours.
import elkModule from 'elkjs/lib/elk.bundled.js'
import type { ELK, ELKConstructorArguments, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js'
import type { Dataset } from '../../../domain/entities.ts'
import type { Responsibility } from '../../../domain/responsibility.ts'
import { localText, type Locale } from '../../i18n.ts'
import type { WebData } from '../../web-data.ts'

export type NodeKind = 'phase' | 'aspect' | 'party'

export interface PlacedNode {
  readonly id: string
  readonly kind: NodeKind
  /** Record id (phase, aspect or party id). */
  readonly recordId: string
  readonly lines: readonly string[]
  readonly lang: Locale
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface PlacedEdge {
  readonly id: string
  readonly from: string
  readonly to: string
  /** The responsibility behind an aspect → party edge; undefined for phase → aspect. */
  readonly responsibility?: Responsibility
  readonly points: readonly { readonly x: number; readonly y: number }[]
}

export interface OrganogramLayout {
  readonly width: number
  readonly height: number
  readonly nodes: readonly PlacedNode[]
  readonly edges: readonly PlacedEdge[]
}

const NODE_WIDTH = { phase: 170, aspect: 210, party: 200 } as const
const LINE_HEIGHT = 15
const PADDING = 8
const CHARS_PER_LINE = { phase: 20, aspect: 27, party: 26 } as const
const MAX_LINES = 3

/** Wraps a label on word boundaries into at most MAX_LINES lines (the last one cut with "…"). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`
    if (next.length <= width || current === '') {
      current = next
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current !== '') {
    lines.push(current)
  }
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES)
    kept[MAX_LINES - 1] = `${(kept[MAX_LINES - 1] ?? '').slice(0, width - 1)}…`
    return kept
  }
  return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l))
}

interface NodeSpec {
  id: string
  kind: NodeKind
  recordId: string
  lines: string[]
  lang: Locale
}

function graphNodes(
  data: WebData,
  locale: Locale,
  phaseId: string | undefined,
): { nodes: NodeSpec[]; edges: { id: string; from: string; to: string; responsibility?: Responsibility }[] } {
  const nodes: NodeSpec[] = []
  const edges: { id: string; from: string; to: string; responsibility?: Responsibility }[] = []
  const parties = new Set<string>()
  for (const phase of data.phases.filter((p) => phaseId === undefined || p.id === phaseId)) {
    const name = localText(phase, 'name', locale)
    nodes.push({
      id: `phase-${phase.id}`,
      kind: 'phase',
      recordId: phase.id,
      lines: wrapLabel(`${phase.id}. ${name.text}`, CHARS_PER_LINE.phase),
      lang: name.lang,
    })
    for (const aspect of data.aspectsOf(phase.id)) {
      const aName = localText(aspect, 'name', locale)
      nodes.push({
        id: `aspect-${aspect.id}`,
        kind: 'aspect',
        recordId: aspect.id,
        lines: wrapLabel(aName.text, CHARS_PER_LINE.aspect),
        lang: aName.lang,
      })
      edges.push({ id: `e-${phase.id}-${aspect.id}`, from: `phase-${phase.id}`, to: `aspect-${aspect.id}` })
      for (const r of data.responsibilitiesOfAspect(aspect.id)) {
        const party = data.byId('parties', r.party)
        if (party === undefined) {
          continue
        }
        if (!parties.has(party.id)) {
          parties.add(party.id)
          const label =
            locale === 'en' && party.en?.shortName !== undefined
              ? { text: party.en.shortName, lang: 'en' as const }
              : party.shortName !== undefined
                ? { text: party.shortName, lang: 'nl' as const }
                : localText(party, 'name', locale)
          nodes.push({
            id: `party-${party.id}`,
            kind: 'party',
            recordId: party.id,
            lines: wrapLabel(label.text, CHARS_PER_LINE.party),
            lang: label.lang,
          })
        }
        edges.push({ id: `r-${r.id}`, from: `aspect-${aspect.id}`, to: `party-${party.id}`, responsibility: r })
      }
    }
  }
  return { nodes, edges }
}

// elkjs is CommonJS: under NodeNext the default import is module.exports, which is the constructor.
const ElkConstructor = elkModule as unknown as new (args?: ELKConstructorArguments) => ELK
const elk = new ElkConstructor()

/** Lays out every phase, or only `phaseId` (a much smaller graph). */
export async function layoutOrganogram(data: WebData, locale: Locale, phaseId?: string): Promise<OrganogramLayout> {
  const { nodes, edges } = graphNodes(data, locale, phaseId)
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '10',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // Splines widen the gaps between layers with the edge count (2.3k px wide on the real data);
      // straight segments keep the three layers narrow enough to scale to the page width.
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: nodes.map((n) => ({
      id: n.id,
      width: NODE_WIDTH[n.kind],
      height: n.lines.length * LINE_HEIGHT + 2 * PADDING,
    })),
    edges: edges.map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  }
  const result = await elk.layout(graph)
  const placed = new Map((result.children ?? []).map((c) => [c.id, c]))
  const laidEdges = new Map((result.edges ?? []).map((e) => [e.id, e]))
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: nodes.map((n) => {
      const p = placed.get(n.id)
      return { ...n, x: p?.x ?? 0, y: p?.y ?? 0, width: p?.width ?? NODE_WIDTH[n.kind], height: p?.height ?? 0 }
    }),
    edges: edges.map((e) => {
      const section = laidEdges.get(e.id)?.sections?.[0]
      const points = section === undefined ? [] : [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]
      return { ...e, points }
    }),
  }
}

const cache = new WeakMap<Dataset, Map<string, Promise<OrganogramLayout>>>()

/** The layout for this dataset, date, language and phase focus, computed once (highlighting only changes classes). */
export function organogramLayout(data: WebData, locale: Locale, phaseId?: string): Promise<OrganogramLayout> {
  let perKey = cache.get(data.dataset)
  if (perKey === undefined) {
    perKey = new Map()
    cache.set(data.dataset, perKey)
  }
  const key = `${data.asOf}|${locale}|${phaseId ?? '*'}`
  let layout = perKey.get(key)
  if (layout === undefined) {
    layout = layoutOrganogram(data, locale, phaseId)
    perKey.set(key, layout)
  }
  return layout
}
