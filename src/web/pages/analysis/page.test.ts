// SPDX-License-Identifier: EUPL-1.2
// The analysis page on the known-answer dataset: heatmap with counts, linked gaps and overlaps,
// a date form without JavaScript, English under /en, and a clear message for a bad date.
import { beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { knownDataset } from '../../../../test/helpers/analysis-dataset.ts'
import { buildWebApp } from '../../../../test/helpers/web-app.ts'

describe('analysis page', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildWebApp(knownDataset())
  })

  it('shows the heatmap with counts in every cell and the linked findings', async () => {
    const res = await app.inject({ url: '/analyse?datum=2021-06-01' })
    expect(res.statusCode).toBe(200)
    const body = res.body
    expect(body).toContain('<caption class="utrecht-table__caption">Hittekaart')
    // Opvang × Nederlandse minderjarigen: 8 gap combinations, coloured and counted.
    expect(body).toMatch(/wgw-heat wgw-heat--gap-3">H 8 · O 0 · A 0</)
    expect(body).toContain('href="/aspecten/opvang"')
    expect(body).toContain('href="/organisaties/comensha"')
    expect(body).toContain('Voor: begeleide minderjarigen uit derde landen')
    expect(body).toContain('Hiaten (2)')
    expect(body).not.toMatch(/style=/)
  })

  it('puts the summary first and the overlaps per aspect in closed <details>, openable for print', async () => {
    const body = (await app.inject({ url: '/analyse?datum=2021-06-01' })).body
    const order = [
      'id="eerst-doen"',
      'id="samenvatting"',
      'id="hiaten"',
      'id="hittekaart"',
      'id="overlappen"',
      'id="afspraken"',
    ].map((m) => body.indexOf(m))
    expect(order.every((p) => p >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // The largest group in the summary links to its details.
    expect(body).toContain('href="#o-zorgcoordinatie"')
    expect(body).toMatch(
      /<details class="wgw-details wgw-analysis-group" id="o-voogdij-jeugdbescherming"><summary>Voogdij[^<]* – 1 set van partijen in 24 combinaties<\/summary>/,
    )
    expect(body).toContain('Vaakst zonder afspraak: Partij gi + Partij nidos (1)')
    expect(body).not.toMatch(/<details[^>]* open>/)
    const open = (await app.inject({ url: '/analyse?datum=2021-06-01&uitklappen=ja' })).body
    expect(open.match(/<details class="wgw-details wgw-analysis-group" id="[^"]+" open>/g)).toHaveLength(4)
    expect(open).toContain('Alles inklappen')
  })

  it('starts with the ranked top: counts per severity and an action per finding', async () => {
    const body = (await app.inject({ url: '/analyse?datum=2021-06-01' })).body
    expect(body).toContain('Bevindingen naar ernst: <span class="wgw-badge wgw-badge--gap">2 hiaten</span>')
    expect(body).toContain('1 overlap met afspraak')
    const top = body.slice(body.indexOf('id="eerst-doen"'), body.indexOf('id="samenvatting"'))
    expect(top.match(/<li class="utrecht-ordered-list__item wgw-finding">/g)).toHaveLength(5)
    expect(top).toContain(
      '<strong>Actie:</strong> Leg een rolafspraak vast tussen Partij comensha en Partij zorgcoordinator over ‘Zorgcoördinatie’.',
    )
    // The agreed overlap (signaleren) is counted, not in the top.
    expect(top).not.toContain('href="/aspecten/signaleren"')
    const en = (await app.inject({ url: '/en/analysis?datum=2021-06-01' })).body
    expect(en).toContain(
      '<strong>Action:</strong> Record a role agreement between Partij comensha and Partij zorgcoordinator',
    )
  })

  it('analyses one region chosen in the form, and answers an unknown one with 400', async () => {
    const body = (await app.inject({ url: '/analyse?datum=2021-06-01&regio=zc-twente' })).body
    expect(body).toContain('<h1 class="utrecht-heading-1">Overlappen en hiaten: Zorgcoördinatie Twente</h1>')
    expect(body).toContain('<option value="zc-twente" selected>Zorgcoördinatie Twente</option>')
    expect(body).toContain('href="/api/v1/analysis.csv?asOf=2021-06-01&amp;region=zc-twente"')
    const bad = await app.inject({ url: '/analyse?regio=nergens' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('&#39;nergens&#39; is geen regio')
  })

  it('answers a bad uitklappen value with 400 and a message naming it', async () => {
    const res = await app.inject({ url: '/analyse?datum=2021-06-01&uitklappen=misschien' })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('&#39;misschien&#39; is geen geldige waarde voor uitklappen')
  })

  it('speaks English under /en', async () => {
    const res = await app.inject({ url: '/en/analysis?datum=2021-06-01' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('For: accompanied minors from third countries')
    expect(res.body).toContain('href="/en/organisations/comensha"')
  })

  it('answers a date that does not exist with 400 and a message naming it', async () => {
    const res = await app.inject({ url: '/analyse?datum=2021-02-30' })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('De datum &#39;2021-02-30&#39; bestaat niet')
  })
})
