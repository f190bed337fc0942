// SPDX-License-Identifier: EUPL-1.2
// Phase focus (?fase=), scaling SVG, marker pattern, legend and layout cache of the organogram page.
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp, WEB_FIXTURE_TODAY, webFixtureDataset } from '../../../../test/helpers/web-app.ts'
import { webData } from '../../web-data.ts'
import { organogramLayout } from './graph.ts'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildWebApp()
})
afterAll(async () => {
  await app.close()
})

const aspectNodes = (body: string): number => [...body.matchAll(/<rect class="wgw-og-aspect"/g)].length
const phaseNodes = (body: string): string[] =>
  [...body.matchAll(/<rect class="wgw-og-phase"[^>]*\/><text[^>]*><tspan[^>]*>([A-D])\./g)].map((m) => m[1] ?? '')

describe('organogram phase focus', () => {
  it('draws only the chosen phase, and fewer aspects than all phases', async () => {
    const all = await app.inject('/organogram')
    const b = await app.inject('/organogram?fase=B')
    expect(b.statusCode).toBe(200)
    expect(phaseNodes(all.body).length).toBeGreaterThan(1)
    expect(phaseNodes(b.body)).toEqual(['B'])
    expect(aspectNodes(b.body)).toBeGreaterThan(0)
    expect(aspectNodes(b.body)).toBeLessThan(aspectNodes(all.body))
    // The table shows the same phase only.
    expect(b.body).toContain('scope="row">Fase B</th>')
    expect(b.body).not.toContain('scope="row">Fase A</th>')
  })

  it('offers plain links to every phase that keep the highlight, marking the current one', async () => {
    const res = await app.inject('/organogram?form=labour&fase=C')
    expect(res.body).toContain('href="/organogram?form=labour">Alle fasen</a>')
    expect(res.body).toContain('href="/organogram?form=labour&amp;fase=C" aria-current="page"')
    expect(res.body).toContain('href="/organogram?form=labour&amp;fase=A"')
    expect(res.body).toContain('<option value="C" selected>')
    const en = await app.inject('/en/organogram?phase=A')
    expect(en.statusCode).toBe(200)
    expect(en.body).toContain('href="/en/organogram?fase=A" aria-current="page"')
  })

  it('answers an unknown phase with a 400 and the error at the field', async () => {
    const res = await app.inject('/organogram?fase=E')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('id="og-phase-error"')
    expect(res.body).toContain('&quot;E&quot; is geen bekende fase')
    const download = await app.inject('/organogram.svg?fase=Z')
    expect(download.statusCode).toBe(400)
    expect(download.body).toContain('id="og-phase-error"')
  })

  it('lets the SVG download honour the phase focus', async () => {
    const res = await app.inject('/organogram.svg?fase=A&form=labour')
    expect(res.statusCode).toBe(200)
    expect(res.body.startsWith('<?xml')).toBe(true)
    expect(res.body).toMatch(/<svg [^>]*width="\d+" height="\d+"/)
    expect(phaseNodes(res.body)).toEqual(['A'])
  })
})

describe('organogram presentation', () => {
  it('scales the inline SVG through its viewBox and class, without fixed size or inline style', async () => {
    const res = await app.inject('/organogram')
    const open = /<svg [^>]*role="img"[^>]*>/.exec(res.body)?.[0] ?? ''
    expect(open).toMatch(/class="wgw-og"/)
    expect(open).toMatch(/viewBox="0 0 \d+ \d+"/)
    expect(open).not.toMatch(/\s(width|height|style)=/)
  })

  it('marks highlighted parties with a bar as well as colour, and explains the marks in a legend', async () => {
    const plain = await app.inject('/organogram')
    expect(plain.body).not.toContain('wgw-og-marker')
    const labour = await app.inject('/organogram?form=labour')
    const markers = [...labour.body.matchAll(/class="wgw-og-marker"/g)].length
    const highlighted = [...labour.body.matchAll(/<rect class="wgw-og-party is-highlighted"/g)].length
    expect(markers).toBeGreaterThan(0)
    expect(markers).toBe(highlighted)
    expect(labour.body).toContain('<ul class="wgw-og-legend">')
    expect(labour.body).toContain('Gemarkeerde organisatie')
  })
})

describe('organogram layout cache', () => {
  it('computes one layout per dataset, date, language and phase, shared by every highlight', async () => {
    const data = webData(webFixtureDataset(), WEB_FIXTURE_TODAY)
    const all = organogramLayout(data, 'nl')
    expect(organogramLayout(data, 'nl')).toBe(all)
    const a = organogramLayout(data, 'nl', 'A')
    expect(a).not.toBe(all)
    expect(organogramLayout(data, 'nl', 'A')).toBe(a)
    expect(organogramLayout(data, 'en', 'A')).not.toBe(a)
    const [whole, focused] = await Promise.all([all, a])
    expect(focused.nodes.length).toBeLessThan(whole.nodes.length)
    expect(focused.nodes.filter((n) => n.kind === 'phase').map((n) => n.recordId)).toEqual(['A'])
  })
})
