// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer user add|list|grant|revoke|disable`: accounts of the editorial back-office from the command line,
// e.g. the first administrator. Nothing has a default password: `add` prints a one-time enrolment
// link with which the person sets a password and a second factor themselves.
import { userInfo } from 'node:os'
import type { Kysely } from 'kysely'
import {
  AccountError,
  createAccount,
  disableAccount,
  findAccountByEmail,
  grantRole,
  revokeRole,
  listAccounts,
} from '../../backoffice/accounts.ts'
import { formatGrant, parseGrant, ROLES } from '../../backoffice/roles.ts'
import type { Database } from '../../data/database.ts'
import { openDatabase, parseDatabaseUrl } from '../../data/dialect.ts'
import { migrateOrThrow } from '../../data/migrate.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'

const SUBCOMMANDS = 'add, list, grant, revoke or disable'

/** Who ran the command, for the audit trail. */
export function cliActor(io: CliIo): string {
  let name = io.env['USER'] ?? io.env['LOGNAME']
  if (name === undefined) {
    try {
      name = userInfo().username
    } catch {
      name = 'unknown'
    }
  }
  return `cli:${name}`
}

export async function withDatabase<T>(
  database: string | undefined,
  io: CliIo,
  body: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const parsed = parseDatabaseUrl(database ?? io.env['DATABASE_URL'], io.cwd)
  if ('error' in parsed) {
    throw new UsageError(database === undefined ? parsed.error : parsed.error.replace(/^DATABASE_URL/, '--database'))
  }
  const db = openDatabase(parsed.config)
  try {
    await migrateOrThrow(db)
    return await body(db)
  } finally {
    await db.destroy()
  }
}

export async function userCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'add') {
    return addUser(rest, io)
  }
  if (sub === 'list') {
    const { values } = parseFlags(rest, { database: { type: 'string' } })
    return withDatabase(values.database, io, async (db) => {
      for (const a of await listAccounts(db)) {
        io.out(
          `${a.email}\t${a.status}${a.status === 'pending' ? ' (not enrolled)' : ''}\t${a.grants.map(formatGrant).join(', ')}\t${a.displayName}`,
        )
      }
      return EXIT.ok
    })
  }
  if (sub === 'disable') {
    const { values } = parseFlags(rest, { email: { type: 'string' }, database: { type: 'string' } })
    if (values.email === undefined) {
      throw new UsageError('--email is required: the account to disable')
    }
    const email = values.email
    return withDatabase(values.database, io, async (db) => {
      const account = await findAccountByEmail(db, email)
      if (account === undefined) {
        io.err(`wegwijzer user disable: --email: no account ${email}`)
        return EXIT.failed
      }
      await disableAccount(db, account.id, cliActor(io))
      io.out(`disabled ${account.email}; its sessions have ended`)
      return EXIT.ok
    })
  }
  if (sub === 'grant' || sub === 'revoke') {
    return changeRole(sub, rest, io)
  }
  throw new UsageError(
    sub === undefined ? `say what to do: ${SUBCOMMANDS}` : `unknown subcommand '${sub}'; use ${SUBCOMMANDS}`,
  )
}

async function addUser(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
    org: { type: 'string' },
    database: { type: 'string' },
  })
  if (values.email === undefined) {
    throw new UsageError('--email is required: the login name of the new account')
  }
  if (values.role === undefined || values.role.length === 0) {
    throw new UsageError(`--role is required: ${ROLES.join(', ')}`)
  }
  const email = values.email
  const roles = values.role
  return withDatabase(values.database, io, async (db) => {
    const parties = new Set((await db.selectFrom('parties').select('id').execute()).map((r) => r.id))
    const municipalities = new Set((await db.selectFrom('municipalities').select('id').execute()).map((r) => r.id))
    const grants = []
    for (const role of roles) {
      const grant = parseGrant(role, values.org, (kind, id) =>
        (kind === 'organisation' ? parties : municipalities).has(id),
      )
      if ('error' in grant) {
        throw new UsageError(
          parties.size === 0 && values.org !== undefined
            ? `${grant.error}; the database holds no dataset yet: run \`wegwijzer import\` first`
            : grant.error,
        )
      }
      grants.push(grant)
    }
    try {
      const { account, token, expiresAt } = await createAccount(
        db,
        { email, displayName: values.name ?? email, grants },
        cliActor(io),
      )
      const base = (io.env['PUBLIC_URL'] ?? '').replace(/\/+$/, '')
      io.out(`created ${account.email} (${account.grants.map(formatGrant).join(', ')}); status pending until enrolled`)
      io.out(`one-time enrolment link, valid until ${expiresAt} (pass it on privately; it is shown only now):`)
      io.out(`  ${base}/beheer/aanmelden/${token}`)
      io.out(
        'with it the person chooses a password and sets up the authenticator app (TOTP); nothing has a default password',
      )
      return EXIT.ok
    } catch (error) {
      if (error instanceof AccountError) {
        io.err(`wegwijzer user add: --${error.message}`)
        return EXIT.failed
      }
      throw error
    }
  })
}

/** `user grant|revoke --email E --role R [--org ID]`: one role more or less, audited. */
async function changeRole(sub: 'grant' | 'revoke', args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    email: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    database: { type: 'string' },
  })
  if (values.email === undefined) {
    throw new UsageError(`--email is required: the account to ${sub} a role ${sub === 'grant' ? 'to' : 'from'}`)
  }
  const email = values.email
  return withDatabase(values.database, io, async (db) => {
    const account = await findAccountByEmail(db, email)
    if (account === undefined) {
      io.err(`wegwijzer user ${sub}: --email: no account ${email}`)
      return EXIT.failed
    }
    // Taking a role away needs no check against the register: the organisation may be gone.
    const parties = new Set((await db.selectFrom('parties').select('id').execute()).map((r) => r.id))
    const municipalities = new Set((await db.selectFrom('municipalities').select('id').execute()).map((r) => r.id))
    const grant = parseGrant(values.role, values.org, (kind, id) =>
      sub === 'revoke' ? true : (kind === 'organisation' ? parties : municipalities).has(id),
    )
    if ('error' in grant) {
      throw new UsageError(grant.error)
    }
    try {
      const changed = await (sub === 'grant' ? grantRole : revokeRole)(db, account.id, grant, cliActor(io))
      io.out(`${changed.email}: ${changed.grants.map(formatGrant).join(', ')}`)
      return EXIT.ok
    } catch (error) {
      if (error instanceof AccountError) {
        io.err(`wegwijzer user ${sub}: --${error.message}`)
        return EXIT.failed
      }
      throw error
    }
  })
}
