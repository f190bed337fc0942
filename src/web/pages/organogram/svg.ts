// SPDX-License-Identifier: EUPL-1.2
// Draws a laid-out organogram as SVG. Colours are presentation attributes (not style), so the same
// markup works inline under a strict CSP and as a stand-alone download.
import { fmt } from '../../components/svg-text.ts'
import { escapeHtml } from '../../html.ts'
import type { OrganogramLayout, PlacedNode } from './graph.ts'

const COLOURS = {
  phase: { fill: '#e9eef3', stroke: '#1f4e79' },
  aspect: { fill: '#ffffff', stroke: '#1f4e79' },
  party: { fill: '#ffffff', stroke: '#505a5f' },
  partyOn: { fill: '#fff4ce', stroke: '#b3261e' },
  edge: '#b9bfc3',
  edgeDim: '#e3e6e8',
  edgeOn: '#b3261e',
  text: '#0b0c0c',
} as const

export interface SvgOptions {
  readonly title: string
  readonly highlighted: ReadonlySet<string>
  /** Whether a highlight is active (then non-matching edges are dimmed). */
  readonly active: boolean
  /** Stand-alone file: adds the XML declaration and a white background. */
  readonly standalone: boolean
  readonly locale: string
}

function nodeSvg(n: PlacedNode, on: boolean, pageLang: string, langAttr: 'lang' | 'xml:lang'): string {
  const c = n.kind === 'party' && on ? COLOURS.partyOn : COLOURS[n.kind]
  const strokeWidth = on ? 2.5 : n.kind === 'phase' ? 1.5 : 1
  const cls = `wgw-og-${n.kind}${on ? ' is-highlighted' : ''}`
  const lang = n.lang === pageLang ? '' : ` ${langAttr}="${n.lang}"`
  const weight = n.kind === 'phase' ? ' font-weight="700"' : ''
  const tspans = n.lines
    .map((line, i) => `<tspan x="${fmt(n.x + 8)}" y="${fmt(n.y + 8 + 12 + i * 15)}">${escapeHtml(line)}</tspan>`)
    .join('')
  // Not by colour alone: a highlighted party also gets a solid bar along its left edge.
  const marker = on
    ? `<rect class="wgw-og-marker" x="${fmt(n.x)}" y="${fmt(n.y)}" width="5" height="${fmt(n.height)}" fill="${c.stroke}"/>`
    : ''
  return `<g class="wgw-og-node"><rect class="${cls}" x="${fmt(n.x)}" y="${fmt(n.y)}" width="${fmt(n.width)}" height="${fmt(n.height)}" rx="4" fill="${c.fill}" stroke="${c.stroke}" stroke-width="${strokeWidth}"/><text class="wgw-og-label" font-size="12"${weight} fill="${COLOURS.text}"${lang}>${tspans}</text>${marker}</g>`
}

export function organogramSvg(layout: OrganogramLayout, o: SvgOptions): string {
  const partyOn = new Set<string>()
  const edges = layout.edges.map((e) => {
    const on = e.responsibility !== undefined && o.highlighted.has(e.responsibility.id)
    if (on) {
      partyOn.add(e.to)
    }
    const stroke = on ? COLOURS.edgeOn : o.active ? COLOURS.edgeDim : COLOURS.edge
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)} ${fmt(p.y)}`).join(' ')
    return {
      on,
      svg: `<path class="wgw-og-edge${on ? ' is-highlighted' : ''}" d="${d}" fill="none" stroke="${stroke}" stroke-width="${on ? 2.5 : 1}"/>`,
    }
  })
  // Highlighted edges last, so they are drawn on top.
  const edgeSvg = [...edges.filter((e) => !e.on), ...edges.filter((e) => e.on)].map((e) => e.svg).join('')
  const nodes = layout.nodes
    .map((n) => nodeSvg(n, partyOn.has(n.id), o.locale, o.standalone ? 'xml:lang' : 'lang'))
    .join('')
  const head = o.standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''
  const background = o.standalone ? `<rect width="100%" height="100%" fill="#ffffff"/>` : ''
  const viewBox = `viewBox="0 0 ${layout.width} ${layout.height}"`
  // The download keeps its natural size; inline, the class scales it to the container's width.
  const open = o.standalone
    ? `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${o.locale}" width="${layout.width}" height="${layout.height}" ${viewBox} font-family="'Noto Sans Variable', Arial, sans-serif"><title>${escapeHtml(o.title)}</title>`
    : `<svg xmlns="http://www.w3.org/2000/svg" class="wgw-og${o.active ? ' wgw-og--highlighting' : ''}" ${viewBox} preserveAspectRatio="xMidYMin meet" role="img" aria-labelledby="organogram-title"><title id="organogram-title">${escapeHtml(o.title)}</title>`
  return `${head}${open}${background}<g>${edgeSvg}</g><g>${nodes}</g></svg>`
}
