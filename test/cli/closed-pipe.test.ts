// SPDX-License-Identifier: EUPL-1.2
// Every command ends quietly when the reader of its output goes away (`wegwijzer analyse --csv |
// head -1`): no unhandled EPIPE, no stack trace, the command's own exit code.
import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isClosedPipe, lineWriter, type OutputStream } from '../../src/cli/io.ts'

const ROOT = join(import.meta.dirname, '../..')

/** Runs the CLI from its sources with standard output closed before the first line is written. */
function runWithClosedStdout(args: string[], stdin = ''): Promise<{ code: number | null; stderr: string }> {
  const entry =
    "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv.slice(1))"
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  // Closing our end at once makes every write of the child hit a closed pipe (as `head` does).
  child.stdout.destroy()
  child.stdin.end(stdin)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })))
}

class FakeStream extends EventEmitter implements OutputStream {
  readonly written: string[] = []
  constructor(private readonly fail?: () => never) {
    super()
  }
  write(text: string): boolean {
    if (this.fail !== undefined) {
      this.fail()
    }
    this.written.push(text)
    return true
  }
}

const epipe = (): NodeJS.ErrnoException => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })

describe('lineWriter', () => {
  it('writes lines and stops after the stream reports a closed pipe', () => {
    const stream = new FakeStream()
    const w = lineWriter(stream)
    w.write('one')
    stream.emit('error', epipe())
    w.write('two')
    expect(stream.written).toEqual(['one\n'])
    expect(w.closed()).toBe(true)
  })

  it('treats a closed pipe thrown by write() the same way', () => {
    const w = lineWriter(
      new FakeStream(() => {
        throw epipe()
      }),
    )
    expect(() => w.write('x')).not.toThrow()
    expect(w.closed()).toBe(true)
  })

  it('does not swallow other errors', () => {
    const stream = new FakeStream()
    lineWriter(stream)
    expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full')
    expect(isClosedPipe({ code: 'EPIPE' })).toBe(true)
    expect(isClosedPipe(new Error('x'))).toBe(false)
  })
})

describe('commands on a closed pipe', () => {
  it.each([
    ['analyse --csv', ['analyse', '--csv'], ''],
    [
      'route',
      ['route'],
      JSON.stringify({ age: 28, nationality: 'NG', exploitation: ['sexual'], municipality: 'GM0344' }),
    ],
    ['scan --template', ['scan', '--template'], ''],
    ['--help', ['--help'], ''],
  ])('%s ends with exit 0 and nothing on stderr', { timeout: 240_000 }, async (_name, args, stdin) => {
    const { code, stderr } = await runWithClosedStdout(args, stdin)
    expect(stderr).not.toMatch(/EPIPE|Unhandled|Error/)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})
