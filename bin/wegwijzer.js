#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Entry point for `npx wegwijzer`: registers the TypeScript loader, then runs the CLI (ADR 0001).
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
