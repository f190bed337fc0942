// SPDX-License-Identifier: EUPL-1.2
// The JSON input of `wegwijzer route` and `wegwijzer trajectory` (the same scenario file): read from
// the file a flag names or from standard input, with the same errors for both commands.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ScenarioError } from '../domain/route/index.ts'
import { render, type Locale } from '../messages/catalogue.ts'
import { UsageError, type CliIo } from './io.ts'

/**
 * The parsed JSON, or undefined (which JSON cannot be) after saying on stderr why it is not JSON. `what` names the input in
 * messages ("scenario", "input"); a file that cannot be read is a usage error.
 */
export async function readJsonInput(io: CliIo, file: string | undefined, what: string): Promise<unknown> {
  const text = file === undefined ? await io.readStdin() : readInputFile(resolve(io.cwd, file), what)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    io.err(`${what}: geen geldige JSON (${error instanceof Error ? error.message : String(error)})`)
    return undefined
  }
}

/** One line per problem of a scenario the domain refused: where, and what is wrong (in --lang). */
export function reportInputErrors(io: CliIo, errors: readonly ScenarioError[], locale: Locale): void {
  for (const e of errors) {
    io.err(`${e.path}: ${render(locale, e)}`)
  }
}

function readInputFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(`cannot read ${what} file ${path}${code === undefined ? '' : ` (${code})`}`)
  }
}
