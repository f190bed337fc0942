// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer trajectory [--json | --ics] [--lang nl|en] [--input FILE] [--data DIR]`: the B8 trajectory
// plan for the scenario in a JSON file (or standard input; the same file `wegwijzer route` reads), as
// text, as JSON, or as an iCalendar file, in the language of --lang (nl by default).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseTrajectoryInput, planToICalendar, planTrajectory } from '../../domain/trajectory/index.ts'
import { todayInAmsterdam } from '../../domain/validity.ts'
import { parseFlags } from '../args.ts'
import { loadCatalog } from '../catalog.ts'
import { LANG_FLAG, localeFlag } from '../lang.ts'
import { icalTexts, localisePlan } from '../../messages/localise-plan.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { planToText } from '../trajectory-text.ts'

export async function trajectoryCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    json: { type: 'boolean' },
    ics: { type: 'boolean' },
    input: { type: 'string' },
    data: { type: 'string' },
    ...LANG_FLAG,
  })
  const locale = localeFlag(values.lang)
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
    io.out(planToICalendar(plan, parsed.input, icalTexts(locale)))
  } else {
    io.out(values.json === true ? JSON.stringify(localisePlan(plan, locale), null, 2) : planToText(plan, locale))
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
