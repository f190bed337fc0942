// SPDX-License-Identifier: EUPL-1.2
// The layer rules of docs/architecture.md hold at every folder depth: eslint refuses an import that
// reaches an outer layer, also from a nested folder (where a '../data/' pattern once missed it), and
// keeps the domain out of the message catalogue.
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function restricted(file: string, specifier: string): Promise<boolean> {
  const code = `import * as x from '${specifier}'\nexport const y = x\n`
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports')
}

describe('layer boundaries', () => {
  it.each([
    ['src/domain/route/nested.ts', '../../data/database.ts'],
    ['src/domain/route/nested.ts', '../../web/html.ts'],
    ['src/domain/analysis.ts', '../server/app.ts'],
    ['src/domain/route/nested.ts', '../../cli/main.ts'],
    ['src/domain/catalog/nested.ts', 'node:fs'],
    // Language lives at the edge (ADR 0011): the domain returns codes, src/messages words them.
    ['src/domain/route/summary.ts', '../../messages/nl.ts'],
    ['src/domain/message.ts', '../messages/catalogue.ts'],
    ['src/domain/analysis/nested.test.ts', '../../messages/localise-analysis.ts'],
    ['src/data/catalog/nested.ts', '../../server/app.ts'],
    ['src/data/dataset/nested.ts', '../../web/html.ts'],
    ['src/web/pages/route/nested.ts', '../../../server/app.ts'],
    ['src/web/plugin-nested.ts', '../server/config.ts'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true)
  })

  it.each([
    ['src/domain/route/nested.ts', '../conditions/index.ts'],
    ['src/domain/route/nested.ts', './route-messages.ts'],
    ['src/messages/nested.ts', '../domain/route/index.ts'],
    ['src/data/catalog/nested.ts', '../dataset/load.ts'],
    ['src/data/catalog/nested.ts', '../../domain/catalog/index.ts'],
    ['src/web/pages/route/nested.ts', '../../../http/precompressed.ts'],
    ['src/server/api/nested.ts', '../../web/plugin.ts'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false)
  })
})
