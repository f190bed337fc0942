// SPDX-License-Identifier: EUPL-1.2
// Durability of editorial saves (issue 13): the real server (`src/server/main.ts` on a SQLite file)
// takes comments and new drafts from editors in parallel and is killed with SIGKILL mid-stream,
// 20 times (EDITORIAL_KILL_ROUNDS); every save it acknowledged (303) must be in the database
// afterwards, SQLite's integrity check must pass and the audit chain must verify.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { createAccount } from '../../src/backoffice/accounts.ts'
import { verifyAudit } from '../../src/backoffice/audit.ts'
import { createDraft } from '../../src/backoffice/drafts.ts'
import { createSession } from '../../src/backoffice/sessions.ts'
import { importDataset } from '../../src/data/dataset/import.ts'
import { openDatabase } from '../../src/data/dialect.ts'
import { migrateOrThrow } from '../../src/data/migrate.ts'
import { readDataset } from '../../src/data/repositories/dataset.repository.ts'
import { freePort, killHard, startServer } from '../helpers/server-process.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const ROUNDS = Number(process.env['EDITORIAL_KILL_ROUNDS'] ?? 20)
const dir = mkdtempSync(join(tmpdir(), 'wgw-editorial-durability-'))
const file = join(dir, 'editorial.sqlite')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const start = (port: number): Promise<ChildProcess> =>
  startServer(port, { DATABASE_URL: `sqlite:${file}`, DATA_DIR: FIXTURE_DIR })

interface Editor {
  readonly cookie: string
  readonly csrf: string
}

/** Editors that comment on a draft and propose drafts until the server goes away; returns what was acknowledged. */
async function saveUntilKilled(
  port: number,
  child: ChildProcess,
  editors: readonly Editor[],
  draftId: string,
  yamlText: string,
  round: number,
  killAfterMs: number,
): Promise<{ comments: string[]; drafts: string[] }> {
  const comments: string[] = []
  const drafts: string[] = []
  let alive = true
  let n = 0
  const client = async (editor: Editor, index: number) => {
    while (alive) {
      const body = `r${round}-c${index}-${n++}`
      const newDraft = n % 3 === 0
      try {
        const response = await fetch(
          `http://127.0.0.1:${port}${newDraft ? '/beheer/records/parties/comensha/voorstellen' : `/beheer/voorstellen/${draftId}/reactie`}`,
          {
            method: 'POST',
            redirect: 'manual',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'sec-fetch-site': 'same-origin',
              cookie: editor.cookie,
            },
            body: new URLSearchParams(
              newDraft
                ? { _csrf: editor.csrf, proposal: yamlText, reason: body }
                : { _csrf: editor.csrf, comment: body },
            ).toString(),
          },
        )
        if (response.status === 303) {
          if (newDraft) {
            drafts.push(body)
          } else {
            comments.push(body)
          }
        }
      } catch {
        return // connection refused or reset: the server is gone
      }
    }
  }
  const clients = editors.map((e, i) => client(e, i))
  // Kill while saves are under way: after a few were acknowledged (a loaded machine is slow), then a little later.
  for (let waited = 0; comments.length + drafts.length < 3 && waited < 30_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50))
  }
  await new Promise((r) => setTimeout(r, killAfterMs))
  await killHard(child)
  alive = false
  await Promise.all(clients)
  return { comments, drafts }
}

describe('editorial saves survive kill -9', () => {
  it(`keeps every acknowledged save over ${ROUNDS} SIGKILL rounds`, { timeout: 900_000 }, async () => {
    const setup = openDatabase({ engine: 'sqlite', file })
    await migrateOrThrow(setup)
    await importDataset(setup, FIXTURE_DIR)
    const editors: Editor[] = []
    for (let i = 0; i < 4; i++) {
      const { account } = await createAccount(
        setup,
        {
          email: `editor${i}@example.org`,
          displayName: `Editor ${i}`,
          grants: [{ role: 'national-editor', scope: '' }],
        },
        'test',
      )
      await setup
        .updateTable('accounts')
        .set({ status: 'active', password_hash: 'x', totp_secret: 'x' })
        .where('id', '=', account.id)
        .execute()
      const session = await createSession(setup, account.id, { idleMs: 3_600_000, absoluteMs: 3_600_000 })
      editors.push({ cookie: `__Host-wegwijzer-beheer=${session.cookieValue}`, csrf: session.csrfToken })
    }
    const comensha = (await readDataset(setup)).parties.find((p) => p.id === 'comensha')
    const draft = await createDraft(setup, {
      entity: 'parties',
      recordId: 'comensha',
      proposed: { ...comensha, shortName: 'CoMensha!' },
      reason: 'start',
      authorId: (await setup.selectFrom('accounts').select('id').executeTakeFirstOrThrow()).id,
    })
    if (!draft.ok) {
      throw new Error('could not create the first draft')
    }
    const yamlText = `id: comensha\n${Object.entries(comensha ?? {})
      .filter(([k]) => k !== 'id')
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n`
    await setup.destroy()

    const comments: string[] = []
    const drafts: string[] = []
    const started = performance.now()
    for (let round = 0; round < ROUNDS; round++) {
      const port = await freePort()
      const child = await start(port)
      const saved = await saveUntilKilled(
        port,
        child,
        editors,
        draft.value.id,
        yamlText,
        round,
        200 + ((round * 37) % 300),
      )
      comments.push(...saved.comments)
      drafts.push(...saved.drafts)
    }
    const db = openDatabase({ engine: 'sqlite', file })
    try {
      const storedComments = new Set((await db.selectFrom('draft_events').select('body').execute()).map((r) => r.body))
      const storedDrafts = new Set((await db.selectFrom('drafts').select('reason').execute()).map((r) => r.reason))
      const lost = [...comments.filter((c) => !storedComments.has(c)), ...drafts.filter((d) => !storedDrafts.has(d))]
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)
      const audit = await verifyAudit(db)
      console.info(
        `[editorial durability] ${ROUNDS} kill -9 rounds in ${((performance.now() - started) / 1000).toFixed(0)} s: ${comments.length} comments and ${drafts.length} drafts acknowledged, ${lost.length} lost; integrity ${integrity.rows[0]?.integrity_check}; audit ${audit.ok ? `intact (${audit.count} events)` : 'BROKEN'}`,
      )
      expect(comments.length + drafts.length).toBeGreaterThan(ROUNDS)
      expect(lost, `${lost.length} acknowledged saves lost`).toEqual([])
      expect(integrity.rows[0]?.integrity_check).toBe('ok')
      expect(audit).toMatchObject({ ok: true })
    } finally {
      await db.destroy()
    }
  })
})
