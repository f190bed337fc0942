// SPDX-License-Identifier: EUPL-1.2
// A CliIo that records output, so CLI commands can be tested in-process.
import type { CliIo } from '../../src/cli/io.ts'

export interface CapturedIo extends CliIo {
  readonly stdout: string[]
  readonly stderr: string[]
}

export function captureIo(
  options: { cwd?: string; stdin?: string; env?: Record<string, string | undefined> } = {},
): CapturedIo {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  }
}
