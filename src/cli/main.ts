// SPDX-License-Identifier: EUPL-1.2
// The `wegwijzer` command line: dispatches to one module per command and maps errors to exit codes.
// Commands are loaded on demand, so `--help` and each command pay only for the code they use.
import { EXIT, UsageError, processIo, type CliIo } from './io.ts'

type RunCommand = (args: string[], io: CliIo) => Promise<number>

interface Command {
  /** The usage line: the command, its flags and what it does. */
  readonly usage: string
  load(): Promise<RunCommand>
}

// One entry per command; keep alphabetical.
const COMMANDS: Record<string, Command> = {
  analyse: {
    usage:
      'analyse [--all | --json | --csv] [--lang nl|en] [--region ID] [--as-of DATE] [--compare DATE] [--data DIR]  gaps and overlaps between parties ranked by severity: the top to act on first, every finding with --all/--json/--csv; --region limits it to one zorgcoördinatie region, RIEC or other region (changes from --as-of to --compare)',
    load: async () => (await import('./commands/analyse.ts')).analyseCommand,
  },
  audit: {
    usage:
      'audit verify|list [--limit N] [--database URL]  check the hash chain of the back-office audit trail, or show the latest events',
    load: async () => (await import('./commands/audit.ts')).auditCommand,
  },
  barriers: {
    usage:
      'barriers [--form F] [--path loverboy|other] [--municipal] [--json] [--data DIR]  barrier model: stages, barriers, parties',
    load: async () => (await import('./commands/barriers.ts')).barriersCommand,
  },
  export: {
    usage:
      'export --format hsds-json|hsds-csv DIR [--source DIR] [--as-of DATE] | --data DIR [--database URL]  write the register as Open Referral HSDS 3.0 (JSON or CSV files with a datapackage.json), or the published dataset as data/ YAML files, into DIR',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  import: {
    usage:
      'import [--data DIR] [--database URL] [--force]  copy the dataset into the database (default: DATABASE_URL or var/wegwijzer.sqlite); refuses to undo an unexported back-office publication unless --force',
    load: async () => (await import('./commands/import.ts')).importCommand,
  },
  route: {
    usage:
      'route [--json] [--full] [--lang nl|en] [--scenario FILE] [--data DIR]  route for a scenario, summary first (JSON from FILE or standard input)',
    load: async () => (await import('./commands/route.ts')).routeCommand,
  },
  scan: {
    usage: 'scan (--template | --answers FILE|-) [--municipality GM0000] [--json] [--data DIR]  basisniveau self-scan',
    load: async () => (await import('./commands/scan.ts')).scanCommand,
  },
  search: {
    usage:
      'search "QUERY" [--json] [--lang nl|en] [--type T[,T]] [--limit N] [--database URL | --data DIR]  search parties, responsibilities, rights, signals and terms',
    load: async () => (await import('./commands/search.ts')).searchCommand,
  },
  stats: {
    usage:
      'stats [--json] [--data DIR] [--today DATE]  counts per type and status, source ages per record type, share of checked contacts',
    load: async () => (await import('./commands/stats.ts')).statsCommand,
  },
  trajectory: {
    usage:
      'trajectory [--json | --ics] [--lang nl|en] [--input FILE] [--data DIR]  B8 trajectory plan with deadlines (JSON input from FILE or standard input)',
    load: async () => (await import('./commands/trajectory.ts')).trajectoryCommand,
  },
  user: {
    usage:
      'user add --email E [--name N] --role R [--org ID] | list | grant|revoke --email E --role R [--org ID] | disable --email E  [--database URL]  back-office accounts (add prints a one-time enrolment link; grant/revoke change roles, audited)',
    load: async () => (await import('./commands/user.ts')).userCommand,
  },
  validate: {
    usage:
      'validate [--data DIR] [--today DATE]  check the dataset; problems and currency warnings as file:line:column',
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
}

function usage(): string {
  return [
    'usage: wegwijzer <command> [options]',
    '',
    'commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
  ].join('\n')
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (command === undefined) {
    io.err(`wegwijzer: unknown command '${name}'\n\n${usage()}`)
    return EXIT.usage
  }
  if (rest.includes('--help')) {
    io.out(`usage: wegwijzer ${command.usage}`)
    return EXIT.ok
  }
  try {
    const run = await command.load()
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wegwijzer ${name}: ${error.message}\nusage: wegwijzer ${command.usage}`)
      return EXIT.usage
    }
    throw error
  }
}
