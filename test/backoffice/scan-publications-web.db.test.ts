// SPDX-License-Identifier: EUPL-1.2
// Self-scan publications in the back-office (issue 20 item 1, ADR 0032): a municipality's account
// sees its own municipality's publications and withdraws one with a reason (audited); another
// municipality's account cannot (403); a national editor sees and may withdraw all; the public
// overview then shows the publication before it and keeps the withdrawn one in the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScan, publishScan } from '../../src/data/repositories/scan.repository.ts'
import { summariseScore } from '../../src/domain/basisniveau/overview.ts'
import { scoreScan } from '../../src/domain/basisniveau/score.ts'
import { backofficeApp, loggedIn, postForm, type BackofficeApp } from './helpers.ts'

let t: BackofficeApp
beforeAll(async () => {
  t = await backofficeApp()
})
afterAll(async () => t.close())

describe('self-scan publications in the back-office', () => {
  it('a municipality withdraws its own publication, never another’s', async () => {
    const elements = t.live.current().dataset.basisniveau
    const questions = elements.flatMap((e) => e.questions.map((q) => q.id))
    const answers = (answer: 'voldoet' | 'niet') => Object.fromEntries(questions.map((q) => [q, { answer }]))
    const scoreOf = (a: Parameters<typeof scoreScan>[1]) => summariseScore(scoreScan(elements, a))
    const own = await loggedIn(t.db, [{ role: 'municipality', scope: 'GM0344' }])
    const other = await loggedIn(t.db, [{ role: 'municipality', scope: 'GM0307' }])
    const national = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    const publish = async (answer: 'voldoet' | 'niet') => {
      const scan = await createScan(t.db, { municipality: 'GM0344', answers: answers(answer) })
      const done = await publishScan(t.db, scan.id, 1, scoreOf, {
        accountId: own.id,
        role: 'municipality',
        scope: 'GM0344',
      })
      expect(done.kind).toBe('ok')
      return scan.id
    }
    await publish('voldoet')
    const latest = await publish('niet')

    const mine = await t.app.inject({ url: '/beheer/scans', headers: { cookie: own.cookie } })
    expect(mine.statusCode).toBe(200)
    expect(mine.body.match(/action="\/beheer\/scans\/[^"]+\/intrekken"/g)).toHaveLength(2)
    const theirs = await t.app.inject({ url: '/beheer/scans', headers: { cookie: other.cookie } })
    expect(theirs.body).toContain('Nog geen publicaties.')

    const url = `/beheer/scans/${latest}/intrekken`
    const field = `reden-${latest}`
    expect((await postForm(t.app, url, { _csrf: other.csrf, [field]: 'niet van ons' }, other.cookie)).statusCode).toBe(
      403,
    )
    const empty = await postForm(t.app, url, { _csrf: own.csrf, [field]: '' }, own.cookie)
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain(`href="#${field}"`)
    const done = await postForm(
      t.app,
      url,
      { _csrf: own.csrf, [field]: 'Antwoorden van het verkeerde jaar' },
      own.cookie,
    )
    expect(done.statusCode).toBe(200)
    expect(done.body).toContain('ingetrokken')
    expect(done.body).toContain('Antwoorden van het verkeerde jaar')
    expect(
      (await postForm(t.app, url, { _csrf: national.csrf, [field]: 'nog eens' }, national.cookie)).statusCode,
    ).toBe(409)

    const overview = await t.app.inject('/basisniveau/overzicht')
    expect(overview.statusCode).toBe(200)
    expect(overview.body).toContain('Eerdere publicaties')
    expect(overview.body).toContain('Ingetrokken op')
    expect(overview.body).toContain('gemeente GM0344')
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor', 'action'])
      .where('action', 'like', 'scan.%')
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['scan.published', 'scan.published', 'scan.withdrawn'])
    expect(audit[2]?.actor).toBe(own.id)
  })
})
