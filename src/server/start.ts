// SPDX-License-Identifier: EUPL-1.2
// `npm start` entry: turns on Node's on-disk compile cache before the server's modules load (a
// warm start then skips compiling ~300 modules), then runs main.ts.
import { enableCompileCache } from 'node:module'

enableCompileCache()
await import('./main.ts')
