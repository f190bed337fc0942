// SPDX-License-Identifier: EUPL-1.2
// Output channels for CLI commands, injectable so tests can capture what a command prints.

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Reads all of standard input (for commands that accept input on stdin). */
  readStdin(): Promise<string>
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
    }
    return Buffer.concat(chunks).toString('utf8')
  },
  cwd: process.cwd(),
  env: process.env,
}

/** Exit codes shared by all commands. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export class UsageError extends Error {
  override readonly name = 'UsageError'
}
