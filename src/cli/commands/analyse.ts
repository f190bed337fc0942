// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer analyse`: where parties overlap without an agreement and where nobody covers a
// required aspect, on a date (and what changed compared with another date), ranked by severity:
// the top to act on first as text (every finding with --all), or everything as JSON or CSV; the
// texts in the language of --lang (nl by default).
import { compareAnalyses } from '../../domain/analysis/index.ts'
import { analysisToCsv } from '../../messages/analysis-csv.ts'
import { localiseAnalysis } from '../../messages/localise-analysis.ts'
import { isCalendarDate, todayInAmsterdam } from '../../domain/validity.ts'
import { analysisTopText, analysisToText } from '../analysis-text.ts'
import { parseFlags } from '../args.ts'
import { loadCatalog } from '../catalog.ts'
import { LANG_FLAG, localeFlag } from '../lang.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'

function dateFlag(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`--${name}: '${value}' is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2015-06-18`)
  }
  return value
}

export async function analyseCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    all: { type: 'boolean' },
    region: { type: 'string' },
    'as-of': { type: 'string' },
    compare: { type: 'string' },
    data: { type: 'string' },
    ...LANG_FLAG,
  })
  const locale = localeFlag(values.lang)
  if (values.json === true && values.csv === true) {
    throw new UsageError('--json and --csv cannot be combined; choose one output format')
  }
  const asOf = dateFlag('as-of', values['as-of']) ?? todayInAmsterdam()
  const compare = dateFlag('compare', values.compare)
  if (compare !== undefined && values.csv === true) {
    throw new UsageError('--compare cannot be combined with --csv; use --json for the comparison')
  }
  const { catalog } = loadCatalog(values.data, io)
  const region = values.region
  if (region !== undefined && !catalog.routeIndex.regions.has(region)) {
    throw new UsageError(
      `--region: '${region}' is geen regio; gebruik een id uit data/regions, bijvoorbeeld zorgcoordinatie-utrecht of riec-midden-nederland`,
    )
  }
  const result = catalog.analysis(asOf, region)
  const analysis =
    compare === undefined
      ? result.analysis
      : { ...result.analysis, comparison: compareAnalyses(result.run, catalog.analysis(compare, region).run) }
  if (values.csv === true) {
    io.out(analysisToCsv(analysis))
  } else if (values.json === true) {
    io.out(JSON.stringify(localiseAnalysis(analysis, locale), null, 2))
  } else {
    io.out(values.all === true ? analysisToText(analysis, locale) : analysisTopText(analysis, locale))
  }
  return EXIT.ok
}
