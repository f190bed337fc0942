// SPDX-License-Identifier: EUPL-1.2
// Keeps docs/architecture.md true: every folder under src/ has its line, and every folder the
// document names exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8')

function folders(dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => statSync(join(root, dir, name)).isDirectory())
    .flatMap((name) => [`${dir}/${name}/`, ...folders(`${dir}/${name}`)])
}

describe('docs/architecture.md', () => {
  it('has a line for every folder under src/', () => {
    const missing = folders('src').filter((f) => !doc.includes(f))
    expect(missing).toEqual([])
  })

  it('names only folders that exist', () => {
    const named = [...doc.matchAll(/(?:^|\s)((?:src|test)\/[a-z0-9/-]+\/)/gm)].map((m) => m[1] ?? '')
    expect(named.length).toBeGreaterThan(20)
    expect(named.filter((f) => !existsSync(join(root, f)))).toEqual([])
  })
})
