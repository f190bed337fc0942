// SPDX-License-Identifier: EUPL-1.2
// Accounts, roles and the audit trail on SQLite and PostgreSQL (issue 13): `wegwijzer user add`
// creates a pending account without a password and prints a one-time enrolment; roles are checked
// against the register; every change is in the hash-chained audit trail, which
// `wegwijzer audit verify` checks and which detects tampering; the table refuses UPDATE and DELETE.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { appendAudit, verifyAudit } from '../../src/backoffice/audit.ts'
import { findAccountByEmail, tokenHash } from '../../src/backoffice/accounts.ts'
import { parseGrant } from '../../src/backoffice/roles.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR

describeEachEngine('backoffice accounts and audit', (t) => {
  beforeAll(async () => {
    await t.reset()
    await importDataset(t.db, fixture)
  })
  const run = async (...args: string[]) => {
    const io = captureIo({ env: { DATABASE_URL: t.url, USER: 'tester' } })
    const code = await main(args, io)
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
  }
  /** `wegwijzer user add|grant|revoke --email E --role R [--org O]`. */
  const user = (verb: 'add' | 'grant' | 'revoke', email: string, role: string, org?: string) =>
    run('user', verb, '--email', email, '--role', role, ...(org === undefined ? [] : ['--org', org]))

  it('user add creates a pending administrator with a one-time enrolment and no password', async () => {
    const r = await run(
      'user',
      'add',
      '--email',
      'Beheer@Example.org',
      '--name',
      'Eerste Beheerder',
      '--role',
      'administrator',
    )
    expect(r.code).toBe(0)
    expect(r.out).toContain('created beheer@example.org (administrator)')
    const token = /\/beheer\/aanmelden\/([A-Za-z0-9_-]{43})$/m.exec(r.out)?.[1]
    expect(token).toBeDefined()
    const account = await findAccountByEmail(t.db, 'beheer@example.org')
    expect(account).toMatchObject({
      status: 'pending',
      enrolled: false,
      grants: [{ role: 'administrator', scope: '' }],
    })
    const row = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', 'beheer@example.org')
      .executeTakeFirstOrThrow()
    expect(row.password_hash).toBeNull()
    expect(row.totp_secret).toBeNull()
    // Only the token's hash is stored.
    const enrolment = await t.db
      .selectFrom('enrolments')
      .selectAll()
      .where('account_id', '=', row.id)
      .executeTakeFirstOrThrow()
    expect(enrolment.token_hash).toBe(tokenHash(token ?? ''))
    expect(JSON.stringify(enrolment)).not.toContain(token)
  })

  it('binds an organisation editor to a party and a municipality role to a municipality code', async () => {
    const editor = await user('add', 'redactie@politie.example', 'organisation-editor', 'politie')
    expect(editor.code).toBe(0)
    expect(editor.out).toContain('organisation-editor:politie')
    const municipality = await user('add', 'scan@gemeente.example', 'municipality', 'GM0344')
    expect(municipality.code).toBe(0)
    expect(municipality.out).toContain('municipality:GM0344')
  })

  it.each([
    [['--role', 'organisation-editor'], /--org is required for organisation-editor/],
    [['--role', 'organisation-editor', '--org', 'nobody'], /--org: no organisation 'nobody'/],
    [['--role', 'municipality', '--org', 'Utrecht'], /--org: 'Utrecht' is not a municipality code/],
    [['--role', 'municipality', '--org', 'GM9999'], /--org: no municipality 'GM9999'/],
    [['--role', 'administrator', '--org', 'politie'], /--org: the role administrator is national/],
    [['--role', 'root'], /--role must be one of .* \(not 'root'\)/],
  ])('refuses %j with a message naming the flag', async (flags, message) => {
    const r = await run('user', 'add', '--email', 'x@example.org', ...flags)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('refuses a second account for the same e-mail and a malformed address', async () => {
    const again = await user('add', 'beheer@example.org', 'national-editor')
    expect(again.code).toBe(1)
    expect(again.err).toContain('--email: an account for beheer@example.org already exists')
    const bad = await user('add', 'geen-adres', 'national-editor')
    expect(bad.err).toContain("--email: 'geen-adres' is not an e-mail address")
  })

  it('lists and disables accounts, audited', async () => {
    expect((await run('user', 'list')).out).toMatch(
      /redactie@politie\.example\tpending \(not enrolled\)\torganisation-editor:politie/,
    )
    expect((await run('user', 'disable', '--email', 'redactie@politie.example')).code).toBe(0)
    expect((await findAccountByEmail(t.db, 'redactie@politie.example'))?.status).toBe('disabled')
    const list = (await run('audit', 'list', '--limit', '1')).out
    expect(list).toMatch(/^#\d+\t\S+\tcli:tester\taccount\.disabled\taccount:/)
  })

  it('user grant and revoke change the roles of an existing account, audited, with clear refusals', async () => {
    const granted = await user('grant', 'beheer@example.org', 'municipality', 'GM0344')
    expect(granted.code).toBe(0)
    expect(granted.out).toBe('beheer@example.org: administrator, municipality:GM0344')
    const again = await user('grant', 'beheer@example.org', 'municipality', 'GM0344')
    expect(again.code).toBe(1)
    expect(again.err).toContain('--role: the account already has the role municipality:GM0344')
    // The only administrator keeps that role: nobody could manage accounts any more.
    const lastAdmin = await user('revoke', 'beheer@example.org', 'administrator')
    expect(lastAdmin.code).toBe(1)
    expect(lastAdmin.err).toContain('--role: this is the last active administrator')
    const revoked = await user('revoke', 'beheer@example.org', 'municipality', 'GM0344')
    expect(revoked.out).toBe('beheer@example.org: administrator')
    const only = await user('revoke', 'beheer@example.org', 'administrator')
    expect(only.err).toMatch(/only role; disable the account instead|last active administrator/)
    expect((await user('grant', 'niemand@example.org', 'administrator')).err).toContain(
      '--email: no account niemand@example.org',
    )
    expect((await user('grant', 'beheer@example.org', 'municipality', 'GM9999')).err).toContain(
      "--org: no municipality 'GM9999'",
    )
    const list = (await run('audit', 'list', '--limit', '2')).out.split('\n')
    expect(list[0]).toMatch(/\tcli:tester\taccount\.roles-changed\taccount:/)
    expect(list[1]).toMatch(/\tcli:tester\taccount\.roles-changed\taccount:/)
  })

  it('audit verify reports an intact chain of every change', async () => {
    const r = await run('audit', 'verify')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^audit trail intact: 6 events; head #6 [0-9a-f]{64}$/)
  })

  it('the database refuses to change or delete an audit event', async () => {
    await expect(sql`update audit_events set actor = 'someone else' where seq = 1`.execute(t.db)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`delete from audit_events where seq = 6`.execute(t.db)).rejects.toThrow(/append-only/)
  })

  it('refuses secrets in the audit detail', async () => {
    await expect(
      appendAudit(t.db, { actor: 'x', action: 'login', subject: 'y', detail: { password: 'p' } }),
    ).rejects.toThrow(/secret/)
  })

  it('detects an event changed behind the triggers’ back', async () => {
    // Someone with full power drops the guard and rewrites history; the chain still tells.
    if (t.engine === 'postgresql') {
      await sql`alter table audit_events disable trigger audit_events_no_change`.execute(t.db)
    } else {
      await sql`drop trigger audit_events_no_update`.execute(t.db)
    }
    await sql`update audit_events set detail = '{"email":"mallory@example.org"}' where seq = 2`.execute(t.db)
    const result = await verifyAudit(t.db)
    expect(result).toMatchObject({ ok: false, seq: 2, count: 1 })
    const r = await run('audit', 'verify')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/audit trail BROKEN at event 2: event 2 was changed after it was written/)
  })
})

it('roles: a grant needs a scope exactly when the role is bound to an organisation or municipality', () => {
  const exists = () => true
  expect(parseGrant('national-editor', undefined, exists)).toEqual({ role: 'national-editor', scope: '' })
  expect(parseGrant('organisation-editor', 'comensha', exists)).toEqual({
    role: 'organisation-editor',
    scope: 'comensha',
  })
  expect(parseGrant('municipality', 'GM0363', exists)).toEqual({ role: 'municipality', scope: 'GM0363' })
})
