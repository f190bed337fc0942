// SPDX-License-Identifier: EUPL-1.2
// The back-office over HTTP (issue 13, ASVS 5.0 level 2): enrolment with password and TOTP, login
// with a second factor, one answer and about the same time for every failure, lock-out, rate
// limit, the __Host- session cookie (new id at login, idle/absolute end, logout, account disabled),
// CSRF on every state-changing form, no-store and the strict CSP, and the routes as a matrix
// role × route × ownership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, disableAccount } from '../../src/backoffice/accounts.ts'
import { LOCKOUT } from '../../src/backoffice/login.ts'
import { createSession, readSession, DEFAULT_SESSION_LIMITS } from '../../src/backoffice/sessions.ts'
import { totpCode } from '../../src/backoffice/totp.ts'
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers.ts'
import { backofficeApp, loggedIn, postForm, type BackofficeApp } from './helpers.ts'

const PASSWORD = 'blauwe fiets onder de brug'

let t: BackofficeApp
beforeAll(async () => {
  t = await backofficeApp()
})
afterAll(async () => t.close())

/** Enrols a new account through the pages; returns its TOTP secret and recovery codes. */
async function enrol(
  email: string,
  grants = [{ role: 'national-editor' as const, scope: '' }],
): Promise<{ secret: string; codes: string[] }> {
  const { token } = await createAccount(t.db, { email, displayName: 'Test Persoon', grants }, 'test')
  const page = await t.app.inject(`/beheer/aanmelden/${token}`)
  expect(page.statusCode).toBe(200)
  const secret = /id="totp-secret">([A-Z2-7 ]+)</.exec(page.body)?.[1]?.replaceAll(' ', '') ?? ''
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  const weak = await postForm(t.app, `/beheer/aanmelden/${token}`, {
    password: 'kort',
    passwordRepeat: 'kort',
    code: '000000',
  })
  expect(weak.statusCode).toBe(400)
  expect(weak.body).toContain('password: at least 12 characters')
  expect(weak.body).toContain('code: not the code the app shows now')
  const done = await postForm(t.app, `/beheer/aanmelden/${token}`, {
    password: PASSWORD,
    passwordRepeat: PASSWORD,
    code: totpCode(secret),
  })
  expect(done.statusCode).toBe(200)
  const codes = [...done.body.matchAll(/<code>([a-z2-9]{4}(?:-[a-z2-9]{4}){3})<\/code>/g)].map((m) => m[1] ?? '')
  expect(codes).toHaveLength(10)
  // The link works once.
  expect((await t.app.inject(`/beheer/aanmelden/${token}`)).statusCode).toBe(404)
  return { secret, codes }
}

/** A code the login accepts: the next step (the enrolment used the current one; no replay). */
const nextCode = (secret: string): string => totpCode(secret, Date.now() + 30_000)

const sessionCookieOf = (setCookie: string | string[] | undefined): string => {
  const value = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? ''
  return value.split(';')[0] ?? ''
}

describe('backoffice login', () => {
  let secret = ''
  let codes: string[] = []
  beforeAll(async () => {
    ;({ secret, codes } = await enrol('landelijk@example.org'))
  })

  it('logs in with password and TOTP, sets a __Host- session cookie and opens the start page', async () => {
    const res = await postForm(t.app, '/beheer/inloggen', {
      email: 'Landelijk@example.org',
      password: PASSWORD,
      code: nextCode(secret),
    })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/beheer')
    const setCookie = String(res.headers['set-cookie'])
    expect(setCookie).toMatch(/^__Host-wegwijzer-beheer=[A-Za-z0-9_-]{43}; Path=\/; Secure; HttpOnly; SameSite=Strict$/)
    const start = await t.app.inject({
      url: '/beheer',
      headers: { cookie: sessionCookieOf(res.headers['set-cookie']) },
    })
    expect(start.statusCode).toBe(200)
    expect(start.body).toContain('Welkom, Test Persoon')
    expect(start.headers['cache-control']).toBe('no-store')
    expect(start.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(start.headers['x-robots-tag']).toBe('noindex, nofollow')
    expect(start.headers['set-cookie']).toBeUndefined()
  })

  it('a code works only once', async () => {
    // The previous test used the next step's code; it is the only one left in the window.
    const replay = await postForm(t.app, '/beheer/inloggen', {
      email: 'landelijk@example.org',
      password: PASSWORD,
      code: nextCode(secret),
    })
    expect(replay.statusCode).toBe(401)
  })

  it('a recovery code logs in once', async () => {
    const code = codes[0] ?? ''
    expect(
      (
        await postForm(t.app, '/beheer/inloggen', {
          email: 'landelijk@example.org',
          password: PASSWORD,
          code: code.toUpperCase(),
        })
      ).statusCode,
    ).toBe(303)
    expect(
      (await postForm(t.app, '/beheer/inloggen', { email: 'landelijk@example.org', password: PASSWORD, code }))
        .statusCode,
    ).toBe(401)
  })

  it('answers every failure the same way, in about the same time', async () => {
    const attempts = {
      'unknown account': { email: 'niemand@example.org', password: PASSWORD, code: '123456' },
      'wrong password': { email: 'landelijk@example.org', password: 'verkeerd wachtwoord hier', code: '123456' },
    }
    const bodies = new Set<string>()
    const times: Record<string, number[]> = { 'unknown account': [], 'wrong password': [] }
    for (let round = 0; round < 3; round++) {
      for (const [name, fields] of Object.entries(attempts)) {
        const started = performance.now()
        const res = await postForm(t.app, '/beheer/inloggen', fields)
        times[name]?.push(performance.now() - started)
        expect(res.statusCode).toBe(401)
        bodies.add(res.body)
      }
    }
    expect(bodies.size).toBe(1)
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    const ratio = median(times['unknown account'] ?? []) / median(times['wrong password'] ?? [])
    console.info(
      `[auth timing] median unknown ${median(times['unknown account'] ?? []).toFixed(0)} ms, wrong password ${median(times['wrong password'] ?? []).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
    )
    // Both pay one argon2id verification; without the dummy hash the unknown case would be ~100× faster.
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it(`locks the account after ${LOCKOUT.maxFailures} failures, even for the right password`, async () => {
    const { secret: s } = await enrol('slot@example.org')
    for (let i = 0; i < LOCKOUT.maxFailures; i++) {
      expect(
        (
          await postForm(t.app, '/beheer/inloggen', {
            email: 'slot@example.org',
            password: 'helemaal niet goed',
            code: '000000',
          })
        ).statusCode,
      ).toBe(401)
    }
    const right = await postForm(t.app, '/beheer/inloggen', {
      email: 'slot@example.org',
      password: PASSWORD,
      code: nextCode(s),
    })
    expect(right.statusCode).toBe(401)
    const actions = (await t.db.selectFrom('audit_events').select('action').orderBy('seq').execute()).map(
      (r) => r.action,
    )
    expect(actions).toContain('login.locked')
    expect(actions).toContain('login.failed')
    expect(actions).toContain('login.succeeded')
  })

  it('gives a new session id at every login and ends the session at logout', async () => {
    const a = await postForm(t.app, '/beheer/inloggen', {
      email: 'landelijk@example.org',
      password: PASSWORD,
      code: codes[2] ?? '',
    })
    const first = sessionCookieOf(a.headers['set-cookie'])
    expect(first).not.toBe('')
    // Logging in again while holding the first cookie: the first session ends, a new id is issued.
    const again = await postForm(
      t.app,
      '/beheer/inloggen',
      { email: 'landelijk@example.org', password: PASSWORD, code: codes[1] ?? '' },
      first,
    )
    const second = sessionCookieOf(again.headers['set-cookie'])
    expect(second).not.toBe(first)
    expect((await t.app.inject({ url: '/beheer', headers: { cookie: first } })).statusCode).toBe(303)
    const start = await t.app.inject({ url: '/beheer', headers: { cookie: second } })
    const csrf = /name="_csrf" value="([^"]+)"/.exec(start.body)?.[1] ?? ''
    const out = await postForm(t.app, '/beheer/uitloggen', { _csrf: csrf }, second)
    expect(out.statusCode).toBe(303)
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0')
    expect((await t.app.inject({ url: '/beheer', headers: { cookie: second } })).statusCode).toBe(303)
  })
})

describe('backoffice sessions', () => {
  it('end after the idle time and after the absolute time, and when the account is disabled', async () => {
    const person = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    const value = person.cookie.split('=')[1] ?? ''
    const t0 = new Date()
    const idle = DEFAULT_SESSION_LIMITS.idleMs
    expect(await readSession(t.db, value, DEFAULT_SESSION_LIMITS, new Date(t0.getTime() + idle - 1_000))).toBeDefined()
    expect(
      await readSession(t.db, value, DEFAULT_SESSION_LIMITS, new Date(t0.getTime() + 2 * idle + 1_000)),
    ).toBeUndefined()

    const other = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    const v2 = other.cookie.split('=')[1] ?? ''
    // Active every 20 minutes: still ends at the absolute limit.
    let at = t0.getTime()
    while (at + 20 * 60_000 < t0.getTime() + DEFAULT_SESSION_LIMITS.absoluteMs) {
      at += 20 * 60_000
      expect(await readSession(t.db, v2, DEFAULT_SESSION_LIMITS, new Date(at))).toBeDefined()
    }
    expect(
      await readSession(
        t.db,
        v2,
        DEFAULT_SESSION_LIMITS,
        new Date(t0.getTime() + DEFAULT_SESSION_LIMITS.absoluteMs + 1_000),
      ),
    ).toBeUndefined()

    const third = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    await disableAccount(t.db, third.id, 'test')
    expect((await t.app.inject({ url: '/beheer', headers: { cookie: third.cookie } })).statusCode).toBe(303)
  })

  it('rejects a cookie value that is not a session', async () => {
    expect(
      (await t.app.inject({ url: '/beheer', headers: { cookie: '__Host-wegwijzer-beheer=abc' } })).statusCode,
    ).toBe(303)
    const { cookieValue } = await createSession(t.db, (await loggedIn(t.db, [{ role: 'administrator', scope: '' }])).id)
    expect(
      (await t.app.inject({ url: '/beheer', headers: { cookie: `__Host-wegwijzer-beheer=${cookieValue}x` } }))
        .statusCode,
    ).toBe(303)
  })
})

describe('backoffice CSRF', () => {
  it('refuses a state-changing form without the session token, with a wrong one, or from another site', async () => {
    const admin = await loggedIn(t.db, [{ role: 'administrator', scope: '' }])
    const fields = { email: 'nieuw@example.org', name: 'Nieuw', role: 'national-editor', org: '' }
    expect((await postForm(t.app, '/beheer/accounts', fields, admin.cookie)).statusCode).toBe(403)
    expect(
      (await postForm(t.app, '/beheer/accounts', { ...fields, _csrf: 'x'.repeat(43) }, admin.cookie)).statusCode,
    ).toBe(403)
    expect(
      (
        await postForm(t.app, '/beheer/accounts', { ...fields, _csrf: admin.csrf }, admin.cookie, {
          'sec-fetch-site': 'cross-site',
        })
      ).statusCode,
    ).toBe(403)
    expect((await postForm(t.app, '/beheer/uitloggen', {}, admin.cookie)).statusCode).toBe(403)
    expect(
      (
        await postForm(t.app, '/beheer/inloggen', { email: 'a@b.c', password: 'x', code: '1' }, undefined, {
          'sec-fetch-site': 'cross-site',
        })
      ).statusCode,
    ).toBe(403)
    const ok = await postForm(t.app, '/beheer/accounts', { ...fields, _csrf: admin.csrf }, admin.cookie)
    expect(ok.statusCode).toBe(201)
    expect(ok.body).toMatch(/id="enrolment-link">http:\/\/localhost(:\d+)?\/beheer\/aanmelden\/[A-Za-z0-9_-]{43}</)
  })

  it('names the field of a bad account form', async () => {
    const admin = await loggedIn(t.db, [{ role: 'administrator', scope: '' }])
    const res = await postForm(
      t.app,
      '/beheer/accounts',
      { _csrf: admin.csrf, email: 'x@example.org', name: 'X', role: 'organisation-editor', org: 'bestaat-niet' },
      admin.cookie,
    )
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Organisatie: no organisation')
    expect(res.body).toContain('href="#org"')
  })
})

describe('backoffice account roles', () => {
  it('an administrator gives and takes a role; it counts from the person’s next request; audited', async () => {
    const admin = await loggedIn(t.db, [{ role: 'administrator', scope: '' }])
    const editor = await loggedIn(t.db, [{ role: 'organisation-editor', scope: 'politie' }])
    const asEditor = (url: string) => t.app.inject({ url, headers: { cookie: editor.cookie } })
    expect((await asEditor('/beheer/audit')).statusCode).toBe(403)
    const page = await t.app.inject({ url: `/beheer/accounts/${editor.id}`, headers: { cookie: admin.cookie } })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('organisatieredacteur (politie)')

    const bad = await postForm(
      t.app,
      `/beheer/accounts/${editor.id}/rollen`,
      { _csrf: admin.csrf, role: 'municipality', org: 'politie' },
      admin.cookie,
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Organisatie: &#39;politie&#39; is not a municipality code')
    expect(bad.body).toContain('href="#org"')

    const added = await postForm(
      t.app,
      `/beheer/accounts/${editor.id}/rollen`,
      { _csrf: admin.csrf, role: 'national-editor', org: '' },
      admin.cookie,
    )
    expect(added.statusCode).toBe(200)
    expect(added.body).toContain('Rol toegevoegd: landelijk redacteur.')
    expect((await asEditor('/beheer/audit')).statusCode).toBe(200)

    const taken = await postForm(
      t.app,
      `/beheer/accounts/${editor.id}/rollen/intrekken`,
      { _csrf: admin.csrf, role: 'national-editor', scope: '' },
      admin.cookie,
    )
    expect(taken.statusCode).toBe(200)
    expect((await asEditor('/beheer/audit')).statusCode).toBe(403)

    const last = await postForm(
      t.app,
      `/beheer/accounts/${editor.id}/rollen/intrekken`,
      { _csrf: admin.csrf, role: 'organisation-editor', scope: 'politie' },
      admin.cookie,
    )
    expect(last.statusCode).toBe(409)
    expect(last.body).toContain('only role; disable the account instead')

    const events = await t.db
      .selectFrom('audit_events')
      .select(['actor', 'action', 'detail'])
      .where('subject', '=', `account:${editor.id}`)
      .orderBy('seq')
      .execute()
    expect(
      events.filter((e) => e.action === 'account.roles-changed').map((e) => [e.actor, JSON.parse(e.detail)]),
    ).toEqual([
      [
        admin.id,
        { before: ['organisation-editor:politie'], after: ['national-editor', 'organisation-editor:politie'] },
      ],
      [
        admin.id,
        { before: ['national-editor', 'organisation-editor:politie'], after: ['organisation-editor:politie'] },
      ],
    ])

    const disabled = await postForm(
      t.app,
      `/beheer/accounts/${editor.id}/uitschakelen`,
      { _csrf: admin.csrf },
      admin.cookie,
    )
    expect(disabled.body).toContain('id="account-status">uitgeschakeld')
    expect((await asEditor('/beheer')).statusCode).toBe(303)
  })

  it('only an administrator changes roles, and never without the form token', async () => {
    const national = await loggedIn(t.db, [{ role: 'national-editor', scope: '' }])
    const target = await loggedIn(t.db, [{ role: 'organisation-editor', scope: 'politie' }])
    const url = `/beheer/accounts/${target.id}/rollen`
    expect(
      (await t.app.inject({ url: `/beheer/accounts/${target.id}`, headers: { cookie: national.cookie } })).statusCode,
    ).toBe(403)
    expect(
      (await postForm(t.app, url, { _csrf: national.csrf, role: 'administrator', org: '' }, national.cookie))
        .statusCode,
    ).toBe(403)
    const admin = await loggedIn(t.db, [{ role: 'administrator', scope: '' }])
    expect(
      (await postForm(t.app, url, { _csrf: 'wrong', role: 'administrator', org: '' }, admin.cookie)).statusCode,
    ).toBe(403)
    expect((await postForm(t.app, url, { role: 'administrator', org: '' })).statusCode).toBe(303)
    expect(
      (await t.app.inject({ url: '/beheer/accounts/no-such-account', headers: { cookie: admin.cookie } })).statusCode,
    ).toBe(404)
  })
})

describe('backoffice routes: role × route × ownership', () => {
  const ROUTES = [
    'GET /beheer',
    'GET /beheer/accounts',
    'GET /beheer/audit',
    'GET /beheer/records/parties/politie',
    'GET /beheer/records/parties/arbeidsinspectie',
    'POST /beheer/accounts',
  ] as const
  /** Status per role for each route above; 303 = sent to the login page. */
  const MATRIX: Record<string, readonly number[]> = {
    anonymous: [303, 303, 303, 303, 303, 303],
    'organisation editor of politie': [200, 403, 403, 200, 403, 403],
    'national editor': [200, 403, 200, 200, 200, 403],
    administrator: [200, 200, 200, 403, 403, 400],
    'municipality GM0344': [200, 403, 403, 403, 403, 403],
  }
  const GRANTS = {
    'organisation editor of politie': [{ role: 'organisation-editor', scope: 'politie' }],
    'national editor': [{ role: 'national-editor', scope: '' }],
    administrator: [{ role: 'administrator', scope: '' }],
    'municipality GM0344': [{ role: 'municipality', scope: 'GM0344' }],
  } as const
  for (const [who, statuses] of Object.entries(MATRIX)) {
    ROUTES.forEach((route, i) => {
      it(`${who}: ${route} → ${statuses[i]}`, async () => {
        const person = who === 'anonymous' ? undefined : await loggedIn(t.db, GRANTS[who as keyof typeof GRANTS])
        const [method, url] = route.split(' ') as ['GET' | 'POST', string]
        const res =
          method === 'GET'
            ? await t.app.inject({ url, headers: person === undefined ? {} : { cookie: person.cookie } })
            : await postForm(
                t.app,
                url,
                { _csrf: person?.csrf ?? '', email: 'x', role: 'national-editor' },
                person?.cookie,
              )
        expect(res.statusCode).toBe(statuses[i])
        if (res.statusCode === 303) {
          expect(res.headers.location).toBe('/beheer/inloggen')
        }
      })
    })
  }
})

describe('backoffice login rate limit', () => {
  it('answers 429 after 10 login posts per minute from one address', async () => {
    const limited = await backofficeApp({ loginsPerMinute: 10 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 11; i++) {
        statuses.push(
          (
            await postForm(limited.app, '/beheer/inloggen', {
              email: `x${i}@example.org`,
              password: 'wat dan ook hier',
              code: '000000',
            })
          ).statusCode,
        )
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
      expect(statuses[10]).toBe(429)
    } finally {
      await limited.close()
    }
  })
})
