// SPDX-License-Identifier: EUPL-1.2
// The doorstroom diagram: steps top to bottom, outcomes side by side, escaped text, counts in words.
import { describe, expect, it } from 'vitest'
import { doorstroomDiagramSvg } from './diagram.ts'
import type { DoorstroomStepView } from './view-model.ts'

function step(code: string, name: string, extra: Partial<DoorstroomStepView> = {}): DoorstroomStepView {
  return {
    id: code.toLowerCase(),
    code,
    name: { text: name, lang: 'nl' },
    summary: { text: 'Samenvatting', lang: 'nl' },
    parties: [{ id: 'gemeente', name: { text: 'Gemeente', lang: 'nl' }, linked: true }],
    rights: [],
    duties: [],
    bottlenecks: [],
    legalBasis: 'Wmo 2015',
    status: 'sourced',
    sources: ['bron'],
    ...extra,
  }
}

const labels = {
  title: 'Stroom <x>',
  description: 'Stappen & uitkomsten',
  duties: (n: number) => `${n} plichten`,
  bottlenecks: (n: number) => `${n} knelpunten`,
  or: 'of',
  partyNames: (s: DoorstroomStepView) => s.parties.map((p) => p.name.text),
}

describe('doorstroomDiagramSvg', () => {
  it('stacks the chain from top to bottom and puts the outcomes side by side below it', () => {
    const duty = {
      party: { id: 'gemeente', name: { text: 'Gemeente', lang: 'nl' as const }, linked: true },
      municipal: true,
      text: { text: 'Huisvest', lang: 'nl' as const },
    }
    const bottleneck = {
      name: { text: 'Stokt', lang: 'nl' as const },
      description: { text: 'Geen woning', lang: 'nl' as const },
      status: 'sourced' as const,
      sources: ['bron'],
    }
    const svg = doorstroomDiagramSvg(
      [
        step('T04', 'Opvang'),
        step('T15c', 'Woning & <meer>', { duties: [duty], bottlenecks: [bottleneck, bottleneck] }),
      ],
      [step('T11', 'Voortgezet verblijf'), step('T14', 'Terugkeer')],
      labels,
      'nl',
    )
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="doorstroom-diagram-title doorstroom-diagram-desc"/)
    expect(svg).toContain('<title id="doorstroom-diagram-title">Stroom &lt;x&gt;</title>')
    expect(svg).toContain('<desc id="doorstroom-diagram-desc">Stappen &amp; uitkomsten</desc>')
    expect(svg).toContain('>T15c Woning &amp; &lt;meer&gt;<')
    expect(svg).toContain('✓ 1 plichten')
    expect(svg).toContain('⚠ 2 knelpunten')
    const pos = (text: string) => {
      const m = new RegExp(`<tspan x="([0-9.]+)" y="([0-9.]+)">${text}`).exec(svg)
      return { x: Number(m?.[1]), y: Number(m?.[2]) }
    }
    expect(pos('T15c').y).toBeGreaterThan(pos('T04').y)
    expect(pos('T11').y).toBeGreaterThan(pos('T15c').y)
    expect(pos('T14').y).toBe(pos('T11').y)
    expect(pos('T14').x).toBeGreaterThan(pos('T11').x)
    expect(svg).not.toContain('style=')
  })

  it('marks a step name that falls back to Dutch on an English page', () => {
    const svg = doorstroomDiagramSvg([step('T04', 'Opvang')], [], labels, 'en')
    expect(svg).toMatch(/<text [^>]*lang="nl"><tspan[^>]*>T04 Opvang</)
  })
})
