// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer audit verify|list`: checks the hash chain of the back-office audit trail (exit 1 and
// the first broken event when it was tampered with), or shows the latest events.
import { recentAudit, verifyAudit } from '../../backoffice/audit.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { withDatabase } from './user.ts'

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'verify') {
    const { values } = parseFlags(rest, { database: { type: 'string' } })
    return withDatabase(values.database, io, async (db) => {
      const result = await verifyAudit(db)
      if (result.ok) {
        io.out(`audit trail intact: ${result.count} events; head #${result.headSeq} ${result.headHash}`)
        return EXIT.ok
      }
      io.out(`audit trail BROKEN at event ${result.seq}: ${result.reason} (${result.count} events before it verify)`)
      return EXIT.failed
    })
  }
  if (sub === 'list') {
    const { values } = parseFlags(rest, { database: { type: 'string' }, limit: { type: 'string' } })
    const limit = values.limit === undefined ? 20 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      throw new UsageError(`--limit: '${values.limit}' is not a whole number from 1 to 10000`)
    }
    return withDatabase(values.database, io, async (db) => {
      for (const e of await recentAudit(db, limit)) {
        io.out(`#${e.seq}\t${e.at}\t${e.actor}\t${e.action}\t${e.subject}\t${JSON.stringify(e.detail)}`)
      }
      return EXIT.ok
    })
  }
  throw new UsageError(
    sub === undefined ? 'say what to do: verify or list' : `unknown subcommand '${sub}'; use verify or list`,
  )
}
