// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer export --format F …`: writes the published register in another form. One command,
// one switch: --format picks the writer (--data: back to data/ YAML), each writer parses its own flags.
import { HSDS_FORMATS, type HsdsFormat } from '../../domain/hsds/index.ts'
import { UsageError, type CliIo } from '../io.ts'

const isHsds = (format: string | undefined): format is HsdsFormat =>
  format !== undefined && (HSDS_FORMATS as readonly string[]).includes(format)

/** The value of --format (as `--format X` or `--format=X`), if given. */
function formatOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--format') {
      return args[i + 1]
    }
    if (arg.startsWith('--format=')) {
      return arg.slice('--format='.length)
    }
  }
  return undefined
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => a === '--data' || a.startsWith('--data='))) {
    return (await import('./export-data.ts')).exportDataCommand(args, io)
  }
  const format = formatOf(args)
  if (isHsds(format)) {
    return (await import('./export-hsds.ts')).exportHsdsCommand(args, io)
  }
  throw new UsageError(
    format === undefined
      ? `--format is required: ${HSDS_FORMATS.join(' or ')} (or --data DIR for the data/ YAML files)`
      : `--format '${format}' is not known; use ${HSDS_FORMATS.join(' or ')}`,
  )
}
