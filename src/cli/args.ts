// SPDX-License-Identifier: EUPL-1.2
// Strict flag parsing for every command: unknown flags and missing values are usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.ts'

export type Options = NonNullable<ParseArgsConfig['options']>

export function parseFlags<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}
