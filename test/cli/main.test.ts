// SPDX-License-Identifier: EUPL-1.2
// The command dispatcher: help without loading any command, usage per command, unknown names
// (including names that exist on every object, such as `constructor`) are usage errors.
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { captureIo } from '../helpers/capture-io.ts'

const COMMANDS = ['analyse', 'barriers', 'import', 'route', 'scan', 'search', 'stats', 'trajectory', 'validate']

describe('wegwijzer dispatcher', () => {
  it('lists every command with its usage line on --help', async () => {
    const io = captureIo()
    expect(await main(['--help'], io)).toBe(0)
    const text = io.stdout.join('\n')
    for (const name of COMMANDS) {
      expect(text).toMatch(new RegExp(`^  ${name} `, 'm'))
    }
  })

  it('prints one command usage for `<command> --help` and exits 0', async () => {
    const io = captureIo()
    expect(await main(['route', '--help'], io)).toBe(0)
    expect(io.stdout.join('\n')).toMatch(/^usage: wegwijzer route /)
  })

  it.each(['nonsense', 'constructor', 'toString', '__proto__'])('rejects %s as an unknown command', async (name) => {
    const io = captureIo()
    expect(await main([name], io)).toBe(2)
    expect(io.stderr.join('\n')).toContain(`unknown command '${name}'`)
  })
})
