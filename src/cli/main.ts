// SPDX-License-Identifier: EUPL-1.2
// The `wegwijzer` command line: dispatches to one module per command and maps errors to exit codes.
import { EXIT, UsageError, processIo, type CliIo } from './io.ts'
import { validateCommand, validateHelp } from './commands/validate.ts'
import { barriersCommand, barriersHelp } from './commands/barriers.ts'
import { scanCommand, scanHelp } from './commands/scan.ts'
import { importCommand, importHelp } from './commands/import.ts'
import { statsCommand, statsHelp } from './commands/stats.ts'
import { routeCommand, routeHelp } from './commands/route.ts'
import { trajectoryCommand, trajectoryHelp } from './commands/trajectory.ts'
import { searchCommand, searchHelp } from './commands/search.ts'
import { analyseCommand, analyseHelp } from './commands/analyse.ts'

interface Command {
  run(args: string[], io: CliIo): Promise<number>
  help: string
}

// One line per command; keep alphabetical.
const COMMANDS: Record<string, Command> = {
  analyse: { run: analyseCommand, help: analyseHelp },
  barriers: { run: barriersCommand, help: barriersHelp },
  import: { run: importCommand, help: importHelp },
  route: { run: routeCommand, help: routeHelp },
  scan: { run: scanCommand, help: scanHelp },
  search: { run: searchCommand, help: searchHelp },
  stats: { run: statsCommand, help: statsHelp },
  trajectory: { run: trajectoryCommand, help: trajectoryHelp },
  validate: { run: validateCommand, help: validateHelp },
}

function usage(): string {
  return [
    'usage: wegwijzer <command> [options]',
    '',
    'commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.help}`),
  ].join('\n')
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS[name]
  if (command === undefined) {
    io.err(`wegwijzer: unknown command '${name}'\n\n${usage()}`)
    return EXIT.usage
  }
  if (rest.includes('--help')) {
    io.out(`usage: wegwijzer ${command.help}`)
    return EXIT.ok
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wegwijzer ${name}: ${error.message}\nusage: wegwijzer ${command.help}`)
      return EXIT.usage
    }
    throw error
  }
}
