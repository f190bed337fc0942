// SPDX-License-Identifier: EUPL-1.2
// `npm run build`, also run by `npm ci` / `npm install` through the prepare script: compiles src/
// to dist/ with tsc (source maps on) and copies the non-TypeScript files the code reads from its
// own folder (the web assets), so `npm start` and `npx wegwijzer` run plain JavaScript with no
// transpiler at run time (ADR 0009). Incremental: a rebuild with nothing changed takes a second.
import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const dist = join(root, 'dist')
const clean = process.argv.includes('--clean')

if (clean) {
  rmSync(dist, { recursive: true, force: true })
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root })

/** Every file under `dir` that tsc does not emit and the running code needs. */
function* assets(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      yield* assets(path)
    } else if (!name.endsWith('.ts') && !name.endsWith('.md')) {
      yield path
    }
  }
}
let copied = 0
for (const file of assets(src)) {
  cpSync(file, join(dist, relative(src, file)))
  copied++
}
console.log(`build: compiled src/ to dist/ and copied ${copied} asset file(s)`)
