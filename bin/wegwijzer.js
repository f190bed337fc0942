#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Entry point for `npx wegwijzer`: runs the compiled CLI in dist/ (built by `npm ci` / `npm run
// build`), with stack traces mapped to the TypeScript sources (ADR 0009). Under npm the `node` on
// PATH is the project's pinned runtime (the `node` package); called with an older system Node we
// stop with a message instead of letting the native SQLite module crash the process.
import nodeModule from 'node:module'

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  process.stderr.write(
    `wegwijzer needs Node.js 22 or later; this is ${process.version}. ` +
      'Run it through npm (npx wegwijzer …), which uses the Node 24 that `npm ci` installed, ' +
      'or call node_modules/.bin/node bin/wegwijzer.js.\n',
  )
  process.exit(1)
}
nodeModule.enableCompileCache()
process.setSourceMapsEnabled(true)
let cli
try {
  cli = await import('../dist/cli/main.js')
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('wegwijzer: dist/ is missing; run `npm run build` (npm ci does this for you).\n')
    process.exit(1)
  }
  throw error
}
process.exitCode = await cli.main(process.argv.slice(2))
