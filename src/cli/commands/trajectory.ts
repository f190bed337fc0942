// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer trajectory [--json | --ics] [--input FILE] [--data DIR]`: the B8 trajectory plan for the
// scenario in a JSON file (or standard input; the same file `wegwijzer route` reads), as Dutch text, as JSON, or as an iCalendar file.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseTrajectoryInput, planToICalendar, planTrajectory } from '../../domain/trajectory/index.ts'
import { todayInAmsterdam } from '../../domain/validity.ts'
import { parseFlags } from '../args.ts'
import { loadCatalog } from '../catalog.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { planToText } from '../trajectory-text.ts'

export async function trajectoryCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    json: { type: 'boolean' },
    ics: { type: 'boolean' },
    input: { type: 'string' },
    data: { type: 'string' },
  })
  if (values.json === true && values.ics === true) {
    throw new UsageError('choose one of --json and --ics')
  }
  const text = values.input === undefined ? await io.readStdin() : readInputFile(resolve(io.cwd, values.input))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    io.err(`input: geen geldige JSON (${error instanceof Error ? error.message : String(error)})`)
    return EXIT.usage
  }
  const { catalog, dir } = loadCatalog(values.data, io)
  const index = catalog.routeIndex
  const parsed = parseTrajectoryInput(raw, {
    municipalities: index.municipalities,
    names: index.municipalityNames,
    today: todayInAmsterdam(),
  })
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      io.err(`${e.path}: ${e.messageNl}`)
    }
    return EXIT.usage
  }
  const dataset = catalog.dataset
  if (dataset.trajectorySteps.length === 0) {
    io.err(`geen trajectstappen gevonden in ${dir}/trajectory-steps`)
    return EXIT.failed
  }
  const plan = planTrajectory(dataset, parsed.input, { index })
  if (values.ics === true) {
    io.out(planToICalendar(plan, parsed.input))
  } else {
    io.out(values.json === true ? JSON.stringify(plan, null, 2) : planToText(plan))
  }
  return EXIT.ok
}

function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(`cannot read input file ${path}${code === undefined ? '' : ` (${code})`}`)
  }
}
