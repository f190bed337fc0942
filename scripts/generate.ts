// SPDX-License-Identifier: EUPL-1.2
// Writes the generated artefacts (JSON Schemas, docs, OpenAPI) or, with --check, fails on drift.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedFiles } from '../src/generated/index.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const check = process.argv.includes('--check')
const stale: string[] = []

for (const file of await generatedFiles()) {
  const path = join(root, file.path)
  let current: string | undefined
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = undefined
  }
  if (current === file.content) {
    continue
  }
  if (check) {
    stale.push(file.path)
  } else {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, file.content)
    console.log(`wrote ${file.path}`)
  }
}

if (check) {
  if (stale.length > 0) {
    console.error(
      `Generated files are stale; run \`npm run generate\` and commit:\n${stale.map((p) => `  ${p}`).join('\n')}`,
    )
    process.exit(1)
  }
  console.log('generated files are up to date')
}
