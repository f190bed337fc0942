// SPDX-License-Identifier: EUPL-1.2
// The editorial flow over HTTP (issue 13): an organisation editor proposes a new phone number for
// its own party (errors per field for a bad proposal), cannot open another organisation's record
// (403); a national editor sees the diff, approves and publishes; the public party page and the API
// show the new number and the verified date; one-click verification; the staleness dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staleRecords } from '../../src/backoffice/staleness.ts'
import { backofficeApp, loggedIn, postForm, type BackofficeApp } from './helpers.ts'

let t: BackofficeApp
beforeAll(async () => {
  t = await backofficeApp()
})
afterAll(async () => t.close())

const textareaOf = (body: string): string =>
  (/<textarea[^>]*id="proposal"[^>]*>([\s\S]*?)<\/textarea>/.exec(body)?.[1] ?? '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

describe('editorial flow: editor proposes, national editor publishes', () => {
  it('runs from proposal to the public page and the API', async () => {
    const editor = await loggedIn(t.db, [{ role: 'organisation-editor', scope: 'politie' }])
    const national = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])

    const page = await t.app.inject({ url: '/beheer/records/parties/politie', headers: { cookie: editor.cookie } })
    expect(page.statusCode).toBe(200)
    const yamlText = textareaOf(page.body)
    const oldNumber = /number: "?([^"\n]+)"?/.exec(yamlText)?.[1] ?? ''
    expect(oldNumber).not.toBe('')
    expect(
      (await t.app.inject({ url: '/beheer/records/parties/arbeidsinspectie', headers: { cookie: editor.cookie } }))
        .statusCode,
    ).toBe(403)
    expect(
      (
        await postForm(
          t.app,
          '/beheer/records/parties/arbeidsinspectie/voorstellen',
          { _csrf: editor.csrf, proposal: yamlText, reason: 'x' },
          editor.cookie,
        )
      ).statusCode,
    ).toBe(403)

    // A bad proposal: nothing saved, the problems named per field.
    const bad = await postForm(
      t.app,
      '/beheer/records/parties/politie/voorstellen',
      { _csrf: editor.csrf, proposal: yamlText.replace(/^kind: .*$/m, 'kind: ruimteschip'), reason: '' },
      editor.cookie,
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toMatch(/kind/)
    expect(bad.body).toContain('reason: say why')
    expect(bad.body).toContain('ruimteschip')

    const proposal = yamlText.replace(oldNumber, '0900 123 45 67')
    const saved = await postForm(
      t.app,
      '/beheer/records/parties/politie/voorstellen',
      { _csrf: editor.csrf, proposal, reason: 'Nieuw nummer op politie.nl' },
      editor.cookie,
    )
    expect(saved.statusCode).toBe(303)
    const draftUrl = String(saved.headers.location)
    expect(draftUrl).toMatch(/^\/beheer\/voorstellen\/[0-9a-f-]{36}$/)

    // The editor cannot approve or publish their own change.
    expect(
      (
        await postForm(
          t.app,
          `${draftUrl}/besluit`,
          { _csrf: editor.csrf, decision: 'approve', version: '1' },
          editor.cookie,
        )
      ).statusCode,
    ).toBe(403)

    const review = await t.app.inject({ url: draftUrl, headers: { cookie: national.cookie } })
    expect(review.statusCode).toBe(200)
    expect(review.body).toContain('<del>')
    expect(review.body).toMatch(/<ins>0900 123 45 67<\/ins>/)
    expect(
      (
        await postForm(
          t.app,
          `${draftUrl}/reactie`,
          { _csrf: national.csrf, comment: 'Gezien op politie.nl' },
          national.cookie,
        )
      ).statusCode,
    ).toBe(303)
    expect(
      (
        await postForm(
          t.app,
          `${draftUrl}/besluit`,
          { _csrf: national.csrf, decision: 'approve', version: '1', comment: 'akkoord' },
          national.cookie,
        )
      ).statusCode,
    ).toBe(303)
    const published = await postForm(t.app, `${draftUrl}/publiceren`, { _csrf: national.csrf }, national.cookie)
    expect(published.statusCode).toBe(303)

    const api = await t.app.inject('/api/v1/parties/politie')
    expect(api.statusCode).toBe(200)
    expect(api.body).toContain('0900 123 45 67')
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })
    expect(api.json().verifiedAt).toBe(today)
    const publicPage = await t.app.inject('/organisaties/politie')
    expect(publicPage.statusCode).toBe(200)
    expect(publicPage.body).toContain('href="tel:09001234567"')
    expect(publicPage.body).toContain(`datetime="${today}"`)
    // Public pages never set a cookie.
    expect(publicPage.headers['set-cookie']).toBeUndefined()

    const history = await t.app.inject({ url: '/beheer/records/parties/politie', headers: { cookie: editor.cookie } })
    expect(history.body).toContain('Nieuw nummer op politie.nl')
  })

  it('verifies a record in one click', async () => {
    const editor = await loggedIn(t.db, [{ role: 'organisation-editor', scope: 'politie' }])
    const page = await t.app.inject({ url: '/beheer/records/parties/politie', headers: { cookie: editor.cookie } })
    const base = /name="base" value="([0-9a-f]{64})"/.exec(page.body)?.[1] ?? ''
    const res = await postForm(
      t.app,
      '/beheer/records/parties/politie/verify',
      { _csrf: editor.csrf, base },
      editor.cookie,
    )
    expect(res.statusCode).toBe(303)
    const history = await t.app.inject({ url: '/beheer/records/parties/politie', headers: { cookie: editor.cookie } })
    expect(history.body).toContain('gecontroleerd door')
    // A page opened before someone else published: the click is refused, not applied to a version it did not show.
    const again = await postForm(
      t.app,
      '/beheer/records/parties/politie/verify',
      { _csrf: editor.csrf, base: '0'.repeat(64) },
      editor.cookie,
    )
    expect(again.statusCode).toBe(409)
    expect(again.body).toContain('Versieconflict')
  })

  it('lists stale records on the dashboard, the owner’s first', async () => {
    const dataset = t.live.current().dataset
    const stale = staleRecords(dataset, '2099-01-01')
    expect(stale.length).toBeGreaterThan(0)
    const national = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    const dash = await t.app.inject({ url: '/beheer/verouderd', headers: { cookie: national.cookie } })
    expect(dash.statusCode).toBe(200)
    expect(dash.body).toContain('records zijn aan de beurt')
  })
})
