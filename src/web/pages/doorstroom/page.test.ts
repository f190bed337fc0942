// SPDX-License-Identifier: EUPL-1.2
// The doorstroom page through inject() on the curated data in data/: the diagram is an accessible
// picture, and the list under it names the same steps with parties, the municipality's duties,
// and the bottlenecks with their status and sources.
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../../data/dataset/load.ts'
import { buildWebApp } from '../../../../test/helpers/web-app.ts'

describe('doorstroom page', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    const { dataset } = loadDataset(fileURLToPath(new URL('../../../../data', import.meta.url)))
    app = await buildWebApp(dataset)
  })
  afterAll(async () => {
    await app.close()
  })

  it('draws the flow from shelter to a home and lists the same steps in the same order', async () => {
    const res = await app.inject('/doorstroom')
    expect(res.statusCode).toBe(200)
    const body = res.body
    expect(body).toMatch(/<svg [^>]*role="img" aria-labelledby="doorstroom-diagram-title doorstroom-diagram-desc"/)
    expect(body).toContain('<title id="doorstroom-diagram-title">Doorstroom van de opvang naar een woning</title>')
    // Shelter → permit → BRP → taakstelling → home → support, then continued residence or return.
    const order = [
      't04-opvang',
      't08-tijdelijke-vergunning',
      't15a-inschrijving-brp',
      't15b-koppeling-taakstelling',
      't15c-woning',
      't15d-begeleiding-werk-inkomen',
      't11-voortgezet-verblijf',
      't14-terugkeer',
    ]
    const positions = order.map((id) => body.indexOf(`id="stap-${id}"`))
    expect(positions.every((p) => p > -1)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const list = body.slice(body.indexOf('<ol class="utrecht-ordered-list wgw-doorstroom-list">'))
    expect(list).toContain('Daarna: voortgezet verblijf of terugkeer')
    // The SVG shows the same steps in the same order.
    const svg = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'))
    const svgOrder = ['T04', 'T08', 'T15a', 'T15b', 'T15c', 'T15d', 'T11', 'T14'].map((code) =>
      svg.indexOf(`>${code} `),
    )
    expect(svgOrder.every((p) => p > -1)).toBe(true)
    expect([...svgOrder].sort((a, b) => a - b)).toEqual(svgOrder)
    expect(body).not.toMatch(/\sstyle\s*=/i)
  })

  it('names the municipal duties and the bottlenecks with status and sources', async () => {
    const body = (await app.inject('/doorstroom')).body
    const housing = body.slice(
      body.indexOf('id="stap-t15b-koppeling-taakstelling"'),
      body.indexOf('id="stap-t15c-woning"'),
    )
    expect(housing).toContain('href="/organisaties/coa"')
    expect(housing).toMatch(
      /href="\/organisaties\/gemeente">Gemeente<\/a> <strong class="wgw-municipal-mark">\(gemeente\)<\/strong>: Huisvest ieder half jaar/,
    )
    expect(housing).toContain('Huisvestingswet art. 60a e.v.')
    const home = body.slice(
      body.indexOf('id="stap-t15c-woning"'),
      body.indexOf('id="stap-t15d-begeleiding-werk-inkomen"'),
    )
    expect(home).toMatch(
      /<strong>Uitstroom uit de categorale opvang stokt<\/strong> <span class="wgw-badge wgw-badge--sourced">Met bron<\/span>/,
    )
    expect(home).toMatch(
      /<strong>Geen cijfers over wachttijden<\/strong> <span class="wgw-badge wgw-badge--derived">Afgeleid<\/span>/,
    )
    expect(home).toContain('href="https://zoek.officielebekendmakingen.nl/kst-28638-92.html"')
    // The diagram counts the bottlenecks of the step, in words (not only by colour).
    expect(body).toContain('⚠ 3 knelpunten')
  })

  it('speaks English under /en', async () => {
    const res = await app.inject('/en/moving-on')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<title id="doorstroom-diagram-title">From shelter to a home</title>')
    expect(res.body).toContain('Registration in the BRP (population register)')
    expect(res.body).toContain('href="/en/organisations/gemeente"')
    expect(res.body).toContain('Then: continued residence or return')
  })
})
