// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer route [--json] [--full] [--lang nl|en] [--scenario FILE] [--data DIR]`: the route for a
// scenario read from a file or standard input, as readable text (the summary and one line per aspect;
// every detail with --full) or as the JSON the API returns.
import { computeRoute, parseContextOf, parseScenario } from '../../domain/route/index.ts'
import { todayInAmsterdam } from '../../domain/validity.ts'
import { parseFlags } from '../args.ts'
import { loadCatalog } from '../catalog.ts'
import { EXIT, type CliIo } from '../io.ts'
import { readJsonInput, reportInputErrors } from '../json-input.ts'
import { routeToText } from '../route-text.ts'
import { LANG_FLAG, localeFlag } from '../lang.ts'
import { localiseRoute } from '../../messages/localise-route.ts'
import { catalogNames } from '../../messages/names.ts'

export async function routeCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    json: { type: 'boolean' },
    full: { type: 'boolean' },
    scenario: { type: 'string' },
    data: { type: 'string' },
    ...LANG_FLAG,
  })
  const locale = localeFlag(values.lang)
  const input = await readJsonInput(io, values.scenario, 'scenario')
  if (input === undefined) {
    return EXIT.usage
  }
  const catalog = loadCatalog(values.data, io).catalog
  const index = catalog.routeIndex
  const parsed = parseScenario(input, parseContextOf(index, todayInAmsterdam()))
  if (!parsed.ok) {
    reportInputErrors(io, parsed.errors, locale)
    return EXIT.usage
  }
  const route = computeRoute(index, parsed.scenario)
  io.out(
    values.json === true
      ? JSON.stringify(localiseRoute(route, locale, catalog), null, 2)
      : routeToText(route, locale, { full: values.full === true, names: catalogNames(catalog, locale) }),
  )
  return EXIT.ok
}
