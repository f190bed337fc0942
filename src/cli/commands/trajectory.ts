// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer trajectory [--json | --ics] [--lang nl|en] [--input FILE] [--data DIR]`: the B8 trajectory
// plan for the scenario in a JSON file (or standard input; the same file `wegwijzer route` reads), as
// text, as JSON, or as an iCalendar file, in the language of --lang (nl by default).
import { parseContextOf } from '../../domain/route/index.ts'
import { parseTrajectoryInput, planToICalendar, planTrajectory } from '../../domain/trajectory/index.ts'
import { todayInAmsterdam } from '../../domain/validity.ts'
import { parseFlags } from '../args.ts'
import { loadCatalog } from '../catalog.ts'
import { LANG_FLAG, localeFlag } from '../lang.ts'
import { icalTexts, localisePlan } from '../../messages/localise-plan.ts'
import { catalogNames } from '../../messages/names.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { readJsonInput, reportInputErrors } from '../json-input.ts'
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
  const raw = await readJsonInput(io, values.input, 'input')
  if (raw === undefined) {
    return EXIT.usage
  }
  const { catalog, dir } = loadCatalog(values.data, io)
  const index = catalog.routeIndex
  const parsed = parseTrajectoryInput(raw, parseContextOf(index, todayInAmsterdam()))
  if (!parsed.ok) {
    reportInputErrors(io, parsed.errors, locale)
    return EXIT.usage
  }
  const dataset = catalog.dataset
  if (dataset.trajectorySteps.length === 0) {
    io.err(`geen trajectstappen gevonden in ${dir}/trajectory-steps`)
    return EXIT.failed
  }
  const plan = planTrajectory(dataset, parsed.input, { index })
  if (values.ics === true) {
    io.out(planToICalendar(plan, parsed.input, icalTexts(locale, catalogNames(catalog, locale))))
  } else {
    io.out(
      values.json === true
        ? JSON.stringify(localisePlan(plan, locale, catalog), null, 2)
        : planToText(plan, locale, catalogNames(catalog, locale)),
    )
  }
  return EXIT.ok
}
