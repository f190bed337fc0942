// SPDX-License-Identifier: EUPL-1.2
// The route page via inject() over the fixture dataset: per phase the aspects, parties and rights,
// what the scenario leaves out, "possibly also" and open questions, the shareable address, English,
// and escaping of echoed query values.
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../../../../test/helpers/web-app.ts'

const app = useWebApp()

describe('route page', () => {
  it('shows per phase the aspects with parties, role, why and phone, and the rights with limits', async () => {
    const res = await app().inject('/route?exploitation=labour&nationalityGroup=third-country&municipality=GM0344')
    expect(res.statusCode).toBe(200)
    for (const id of ['fase-A', 'fase-B', 'fase-C', 'fase-D']) {
      expect(res.body).toContain(`id="${id}"`)
    }
    expect(res.body).toContain('href="/aspecten/opsporing"')
    expect(res.body).toContain('href="/organisaties/arbeidsinspectie"')
    expect(res.body).toContain('Spoort daders op')
    expect(res.body).toContain('href="tel:09008844"')
    expect(res.body).toContain('Waarom: arbeidsuitbuiting')
    expect(res.body).toContain('href="/rechten/bedenktijd"')
    expect(res.body).toContain('ten hoogste 3 maanden')
    expect(res.body).toContain('Contacten in uw regio')
    expect(res.body).toContain('Politie-eenheid Midden-Nederland')
    expect(res.body).toContain('wgw-badge--derived')
  })

  it('leaves out what the scenario excludes', async () => {
    const res = await app().inject('/route?exploitation=sexual&nationalityGroup=nl')
    expect(res.body).not.toContain('href="/organisaties/arbeidsinspectie"')
    expect(res.body).not.toContain('href="/rechten/bedenktijd"')
  })

  it('lists conditional items under "possibly also" and links each open answer to its route', async () => {
    const res = await app().inject('/route?exploitation=sexual')
    expect(res.body).toContain('Mogelijk ook')
    expect(res.body).toContain('id="open-vragen"')
    expect(res.body).toContain('href="/route?exploitation=sexual&amp;nationalityGroup=third-country"')
    expect(res.body).toContain('er is geen gemeente gekozen'.replace('er', 'Er'))
  })

  it('shows the shareable address and a link back to the wizard with the answers', async () => {
    const res = await app().inject({
      url: '/route?ageGroup=adult&exploitation=labour',
      headers: { host: 'wegwijzer.test' },
    })
    expect(res.body).toContain(
      '<code class="wgw-share">http://wegwijzer.test/route?exploitation=labour&amp;ageGroup=adult</code>',
    )
    expect(res.body).toContain('href="/situatie?exploitation=labour&amp;ageGroup=adult"')
  })

  it('renders in English with English phase names and Dutch role texts marked lang="nl"', async () => {
    const res = await app().inject('/en/route?exploitation=labour')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Route for this situation')
    expect(res.body).toContain('<span lang="nl">Spoort daders op</span>')
    expect(res.body).toContain('href="/en/organisations/politie"')
  })

  it('escapes query values everywhere they are echoed', async () => {
    const res = await app().inject('/route?exploitation=%3Cscript%3Ealert(1)%3C/script%3E')
    expect(res.statusCode).toBe(400)
    expect(res.body).not.toContain('<script>alert')
  })
})
