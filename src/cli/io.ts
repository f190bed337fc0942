// SPDX-License-Identifier: EUPL-1.2
// Output channels for CLI commands, injectable so tests can capture what a command prints.
// The process channels survive a closed pipe (`wegwijzer analyse --csv | head -1`): once the reader
// has gone, further output is dropped and the command ends normally instead of dying on EPIPE.

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Reads all of standard input (for commands that accept input on stdin). */
  readStdin(): Promise<string>
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
}

/** The part of a writable stream a line writer needs (process.stdout, process.stderr, or a test double). */
export interface OutputStream {
  write(text: string): boolean
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown
}

/** Errors that mean the reader closed its end; anything else is a real failure and is rethrown. */
const CLOSED_PIPE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END'])

export const isClosedPipe = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && CLOSED_PIPE.has(String((error as { code?: unknown }).code))

/**
 * A line writer on a stream that stops quietly when the reader goes away. The stream reports a
 * closed pipe asynchronously as an 'error' event (which kills the process when nobody listens) and
 * sometimes synchronously from write(); both end in `closed` and later lines are dropped.
 */
export function lineWriter(stream: OutputStream): { write(text: string): void; readonly closed: () => boolean } {
  let closed = false
  stream.on('error', (error) => {
    if (!isClosedPipe(error)) {
      throw error
    }
    closed = true
  })
  return {
    write(text) {
      if (closed) {
        return
      }
      try {
        stream.write(text.endsWith('\n') ? text : `${text}\n`)
      } catch (error) {
        if (!isClosedPipe(error)) {
          throw error
        }
        closed = true
      }
    },
    closed: () => closed,
  }
}

let stdout: ReturnType<typeof lineWriter> | undefined
let stderr: ReturnType<typeof lineWriter> | undefined

export const processIo: CliIo = {
  // Created on first use, so importing this module adds no listeners to the process streams.
  out: (text) => (stdout ??= lineWriter(process.stdout)).write(text),
  err: (text) => (stderr ??= lineWriter(process.stderr)).write(text),
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
