// SPDX-License-Identifier: EUPL-1.2
// The organogram chart over the fixture dataset: phases as columns, aspects as blocks, each party once
// per block ordered by role, scenario dimming and regional stand-ins, phase focus, the table view,
// the SVG download drawing the same chart, and the PNG download (a real PNG, the page links it).
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../../../../test/helpers/web-app.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildChart } from './chart.ts'
import { chartSource } from './source.ts'
import { FIXTURE_TODAY, fixtureDataset } from '../../../../test/helpers/fixture.ts'

const app = useWebApp()

const source = () => chartSource(buildCatalog(fixtureDataset()).on(FIXTURE_TODAY))

/** The chart part of a page: from its wrapper to the legend. */
const chartOf = (body: string): string =>
  body.slice(body.indexOf('<div class="wgw-og-chart'), body.indexOf('wgw-og-legend'))
/** Per aspect block of the page, its chips' visible labels in order. */
function pageBlocks(body: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>()
  for (const m of chartOf(body).matchAll(
    /<div class="wgw-og-block" id="aspect-([^"]+)">.*?<ul class="wgw-og-chips">(.*?)<\/ul>/gs,
  )) {
    blocks.set(
      m[1] ?? '',
      [...(m[2] ?? '').matchAll(/<a [^>]*><span>([^<]*)<\/span><\/a>/g)].map((c) => c[1] ?? ''),
    )
  }
  return blocks
}
const phaseIds = (body: string): string[] =>
  [...chartOf(body).matchAll(/<div class="wgw-og-phase wgw-og-span-(\d+)" id="fase-([A-D])">/g)].map((m) => m[2] ?? '')

describe('organogram chart', () => {
  it('shows the phases as columns, aspects as blocks and each party once per block, without lines', async () => {
    const res = await app().inject('/organogram')
    expect(res.statusCode).toBe(200)
    expect(phaseIds(res.body)).toEqual(['A', 'B', 'C', 'D'])
    const blocks = pageBlocks(res.body)
    const aspects = source().phases.flatMap((p) =>
      source()
        .aspectsOf(p.id)
        .map((a) => a.id),
    )
    expect([...blocks.keys()]).toEqual(aspects)
    for (const labels of blocks.values()) {
      expect(new Set(labels).size).toBe(labels.length)
    }
    // Opsporing: the lead (politie) first and marked; the renamed inspectorate shows its 2025 party (short name NLA).
    expect(blocks.get('opsporing')).toEqual(['Politie', 'NLA'])
    expect(chartOf(res.body)).toContain(
      '<a class="is-lead" href="/organisaties/politie" title="Politie — Heeft de regie">',
    )
    expect(chartOf(res.body)).not.toContain('Inspectie SZW')
    // No drawing in the page: the chart is HTML, with no connecting lines.
    expect(chartOf(res.body)).not.toMatch(/<svg|<path|<line/)
  })

  it('spreads the 24 grid tracks over the phases, each at least 4', async () => {
    const res = await app().inject('/organogram')
    const spans = [...res.body.matchAll(/wgw-og-span-(\d+)/g)].map((m) => Number(m[1]))
    expect(spans).toHaveLength(4)
    expect(spans.reduce((a, b) => a + b, 0)).toBe(24)
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(4)
  })

  it('orders parties by role, lead first, then by name', () => {
    const chart = buildChart(source(), {}, 'nl')
    for (const aspect of chart.phases.flatMap((p) => p.aspects)) {
      const leads = aspect.entries.map((e) => e.lead)
      expect(leads).toEqual([...leads].sort((a, b) => Number(b) - Number(a)))
    }
  })

  it('describes every chip with its full name and role (hover, keyboard focus, screen readers)', async () => {
    const res = await app().inject('/organogram')
    expect(chartOf(res.body)).toContain(
      '<a href="/organisaties/ind" title="Immigratie- en Naturalisatiedienst — Beslist"><span>IND</span></a>',
    )
    expect(res.body).toContain('href="#tabel">Sla de kaart over: naar de tabel</a>')
  })
})

describe('organogram scenario', () => {
  it('dims the parties without a role, in the chart and in the table, and counts those with one', async () => {
    const sexual = await app().inject('/organogram?form=sexual')
    const chart = chartOf(sexual.body)
    expect(chart).toContain('class="wgw-og-chart is-active')
    expect(chart).toMatch(
      /<a class="is-none" href="\/organisaties\/arbeidsinspectie" title="Nederlandse Arbeidsinspectie — geen rol in deze situatie">/,
    )
    expect(chart).not.toMatch(/class="is-none" href="\/organisaties\/politie"/)
    expect(sexual.body).toContain('19 organisaties hebben een rol in deze situatie')
    expect(sexual.body).toMatch(/wgw-og-none-row"><a [^>]*href="\/organisaties\/arbeidsinspectie">/)
    const labour = await app().inject('/organogram?form=labour')
    expect(chartOf(labour.body)).not.toContain('is-none')
    expect(labour.body).toContain('20 organisaties hebben een rol in deze situatie')
    // Without a scenario nothing is dimmed and no count is shown.
    const plain = await app().inject('/organogram')
    expect(plain.body).not.toContain('is-none')
    expect(plain.body).not.toContain('hebben een rol in deze situatie')
  })

  it('shows the regional organisation in place of the national party when the municipality is known', async () => {
    const res = await app().inject('/organogram?municipality=gm0344')
    expect(res.statusCode).toBe(200)
    const blocks = pageBlocks(res.body)
    // Politie's chips now name its unit in Utrecht, shortened to fit; the RIEC's unit is unverified: "*".
    expect(blocks.get('signaleren')?.[0]).toBe('Politie-eenheid Midden…')
    expect(blocks.get('opsporing')?.[0]).toBe('Politie-eenheid Midden…')
    expect(blocks.get('bestuurlijke-aanpak')).toContain('RIEC Midden-Nederland *')
    expect(chartOf(res.body)).toContain('href="/organisaties/politie-eenheid-midden-nederland"')
    expect(chartOf(res.body)).not.toContain('href="/organisaties/politie"')
    expect(res.body).toContain('voor Politie, Politie-eenheid Midden-Nederland')
    expect(res.body).not.toContain('voor Politie, Politie-eenheid Midden-Nederland (niet gecontroleerd)')
    expect(res.body).toContain('voor RIEC, RIEC Midden-Nederland (niet gecontroleerd)')
    expect(res.body).toContain('Regionale indeling afgeleid of niet gecontroleerd')
    expect(res.body).toContain('<option value="GM0344" selected>Utrecht</option>')
    expect(res.body).toContain('Situatie: Gemeente Utrecht')
    // The table names the same organisation.
    const table = res.body.slice(res.body.indexOf('id="tabel"'))
    expect(table).toContain(
      'href="/organisaties/politie-eenheid-midden-nederland">Politie-eenheid Midden-Nederland</a>',
    )
  })

  it('answers an unknown value with a 400 and the error at its field, showing the whole chart', async () => {
    const res = await app().inject('/organogram?municipality=GM9999&form=labour')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('id="og-municipality-error"')
    expect(res.body).toContain('&quot;GM9999&quot; is geen bekende gemeentecode')
    expect(phaseIds(res.body)).toEqual(['A', 'B', 'C', 'D'])
    const phase = await app().inject('/organogram?fase=E')
    expect(phase.statusCode).toBe(400)
    expect(phase.body).toContain('id="og-phase-error"')
    expect(phase.body).toContain('&quot;E&quot; is geen bekende fase')
  })
})

describe('organogram phase focus', () => {
  it('draws only the chosen phase, larger, with the table showing the same phase', async () => {
    const b = await app().inject('/organogram?fase=B')
    expect(b.statusCode).toBe(200)
    expect(phaseIds(b.body)).toEqual(['B'])
    expect(b.body).toContain('class="wgw-og-chart wgw-og-chart--focus"')
    expect(b.body).toContain('wgw-og-span-24')
    // No phone tabs: the page itself holds one phase.
    expect(b.body).not.toContain('wgw-og-tabs')
    expect(b.body).toContain('scope="row">Fase B</th>')
    expect(b.body).not.toContain('scope="row">Fase A</th>')
  })

  it('offers tabs to the phases on the all-phases chart, and plain links that keep the scenario', async () => {
    const all = await app().inject('/organogram')
    expect(all.body).toContain('<a class="wgw-og-tab wgw-og-tab--C" href="#fase-C">')
    const res = await app().inject('/organogram?form=labour&fase=C')
    expect(res.body).toContain('href="/organogram?form=labour">Alle fasen</a>')
    expect(res.body).toContain('href="/organogram?form=labour&amp;fase=C" aria-current="page"')
    expect(res.body).toContain('href="/organogram?form=labour&amp;fase=A"')
    expect(res.body).toContain('<option value="C" selected>')
    const en = await app().inject('/en/organogram?phase=A')
    expect(en.statusCode).toBe(200)
    expect(en.body).toContain('href="/en/organogram?fase=A" aria-current="page"')
  })
})

describe('organogram SVG download', () => {
  it('draws the same chart as the page: same blocks, same chips in the same order', async () => {
    for (const query of ['', 'form=sexual&municipality=GM0344', 'fase=D']) {
      const page = await app().inject(`/organogram?${query}`)
      const svg = await app().inject(`/organogram.svg?${query}`)
      expect(svg.statusCode).toBe(200)
      const drawn = [
        ...svg.body.matchAll(/<g><title>[^<]*<\/title><rect [^>]*\/><text [^>]*>([^<]*)<\/text><\/g>/g),
      ].map((m) => m[1])
      const shown = [...pageBlocks(page.body).values()].flat()
      expect(drawn).toEqual(shown)
    }
  })

  it('is a stand-alone chart, no taller than 1.5 times its width, with dimmed chips drawn dashed', async () => {
    const res = await app().inject('/organogram.svg?form=sexual&lang=en')
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(res.headers['content-disposition']).toContain('attachment')
    expect(res.body.startsWith('<?xml')).toBe(true)
    expect(res.body).not.toMatch(/\sstyle=/)
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(res.body) ?? []
    expect(Number(h)).toBeLessThanOrEqual(1.5 * Number(w))
    expect(res.body).toContain('stroke-dasharray="3 2"')
    expect(res.body).toContain('No role in this situation')
    expect(res.body).toContain('<title>Nederlandse Arbeidsinspectie — no role in this situation</title>')
  })
})

describe('organogram PNG download', () => {
  it('is a real PNG with a size, and the page links to it', async () => {
    const page = await app().inject('/organogram?form=labour')
    expect(page.body).toContain('href="/organogram.png?form=labour&amp;lang=nl"')
    const res = await app().inject('/organogram.png?form=labour&lang=nl')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    const png = res.rawPayload
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect(png.readUInt32BE(16)).toBeGreaterThan(100)
    expect(png.readUInt32BE(20)).toBeGreaterThan(100)
  })

  it('answers a bad highlight with the 400 page, not an image', async () => {
    const res = await app().inject('/organogram.png?form=slavery')
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('text/html')
  })
})
