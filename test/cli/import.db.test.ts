// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer import` on both engines: prints changes per entity type, zero changes the second time,
// and the problems (exit 1) for invalid data.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { describeEachEngine } from '../helpers/databases.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'

const fixture = FIXTURE_DIR
const scratch = mkdtempSync(join(tmpdir(), 'wegwijzer-cli-import-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describeEachEngine('wegwijzer import', (t) => {
  it('imports, then reports no changes', async () => {
    await t.reset()
    const io = captureIo({ env: { DATABASE_URL: t.url } })
    expect(await main(['import', '--data', fixture], io)).toBe(0)
    expect(io.stdout.join('\n')).toMatch(/^parties +inserted 27, updated 0, deleted 0, unchanged 0$/m)
    expect(io.stderr.join('\n')).toMatch(/^imported .* in \d+ ms$/)

    const again = captureIo()
    expect(await main(['import', '--data', fixture, '--database', t.url], again)).toBe(0)
    expect(again.stdout.join('\n')).toMatch(/^parties +inserted 0, updated 0, deleted 0, unchanged 27$/m)
    expect(again.stderr.join('\n')).toMatch(/^no changes: /)
  })

  it('prints the problems and exits 1 for invalid data', async () => {
    const dir = join(scratch, `broken-${t.engine}`)
    cpSync(fixture, dir, { recursive: true })
    writeFileSync(join(dir, 'parties', 'zz-broken.yaml'), 'id: zz-broken\nname: X\nkind: nonsense\n')
    const io = captureIo({ cwd: dir, env: { DATABASE_URL: t.url } })
    expect(await main(['import', '--data', dir], io)).toBe(1)
    expect(io.stdout.join('\n')).toMatch(/zz-broken\.yaml:3:7 {2}kind has value "nonsense"/)
    expect(io.stderr.join('\n')).toMatch(/problems? in .*: nothing imported into /)
  })
})

it('rejects an unsupported --database with exit 2', async () => {
  const io = captureIo()
  expect(await main(['import', '--database', 'mysql://x/y'], io)).toBe(2)
  expect(io.stderr.join('\n')).toMatch(/--database 'mysql:\/\/x\/y' is not supported/)
})
