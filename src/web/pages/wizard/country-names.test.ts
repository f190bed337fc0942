// SPDX-License-Identifier: EUPL-1.2
// Names people type (#21 item 5) in the wizard, the route page and the planner: a country name or
// adjective is understood and shown back by name with its code; a typo gets a suggestion.
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../../../../test/helpers/web-app.ts'

const app = useWebApp()

const get = (url: string) => app().inject(url)

describe('nationalities typed as names', () => {
  it('the wizard accepts "Chinees" and shows it back as China (CN), and asks residence for a third country', async () => {
    const res = await get('/situatie?stap=2&exploitation=labour&age=40&nationality=Chinees')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('China (CN)')
    expect(res.body).toContain('name="residence"')
    const dutch = await get('/situatie?stap=2&exploitation=labour&age=40&nationality=Nederlandse')
    expect(dutch.body).toContain('Nederland (NL)')
    expect(dutch.body).not.toContain('name="residence"')
  })

  it('the route page names the country in the page language', async () => {
    const nl = await get('/route?exploitation=labour&nationality=Roemeense')
    expect(nl.statusCode).toBe(200)
    expect(nl.body).toContain('Roemenië (RO)')
    const en = await get('/en/route?exploitation=labour&nationality=China')
    expect(en.statusCode).toBe(200)
    expect(en.body).toContain('China (CN)')
  })

  it('a typo is refused at the field with a suggestion', async () => {
    const res = await get('/route?exploitation=labour&nationality=Roemenei')
    expect(res.statusCode).toBe(400)
    expect(res.body).toMatch(/bedoelt u &#39;Roemenië&#39;\?/)
  })

  it('the planner reads the same words', async () => {
    const res = await get('/b8-planner?nationality=Chinese&residence=none&exploitation=labour&asOf=2025-04-01')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('id="tijdlijn"')
  })
})
