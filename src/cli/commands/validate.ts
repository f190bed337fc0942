// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer validate [--data DIR]`: checks the whole dataset and lists every problem at once.
import { resolve } from 'node:path'
import { loadDataset } from '../../data/dataset/load.ts'
import { currencyWarnings } from '../../data/dataset/currency-warnings.ts'
import { formatProblem } from '../../data/dataset/problem.ts'
import { translationWarnings } from '../../data/dataset/translation-warnings.ts'
import { isCalendarDate, todayInAmsterdam } from '../../domain/validity.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { defaultDataDir } from '../paths.ts'

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { data: { type: 'string' }, today: { type: 'string' } })
  const today = values.today ?? todayInAmsterdam()
  if (!isCalendarDate(today)) {
    throw new UsageError(`--today '${today}' is not a date as YYYY-MM-DD`)
  }
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const result = loadDataset(dir, io.cwd)
  const { dataset, problems } = result
  for (const p of problems) {
    io.out(formatProblem(p))
  }
  // Warnings do not fail the check: they say what is due for a new look (docs/data-audit.md).
  const warnings = currencyWarnings(result, today)
  for (const w of warnings) {
    io.out(formatProblem(w))
  }
  const missing = translationWarnings(result)
  for (const w of missing) {
    io.out(formatProblem(w))
  }
  const byLang = new Map<string, number>()
  for (const w of missing) {
    byLang.set(w.lang, (byLang.get(w.lang) ?? 0) + 1)
  }
  const translations =
    missing.length === 0
      ? 'no missing translations'
      : `${missing.length} missing translation${missing.length === 1 ? '' : 's'} (${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ')})`
  const records = Object.values(dataset).reduce((n, list) => n + list.length, 0)
  const byKind = new Map<string, number>()
  for (const w of warnings) {
    byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1)
  }
  const summary =
    warnings.length === 0
      ? `no currency warnings on ${today}`
      : `${warnings.length} currency warning${warnings.length === 1 ? '' : 's'} on ${today} (${[...byKind]
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')})`
  if (problems.length > 0) {
    io.err(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir} (${records} valid records); ${summary}; ${translations}`,
    )
    return EXIT.failed
  }
  io.err(`dataset valid: ${records} records in ${dir}; ${summary}; ${translations}`)
  return EXIT.ok
}
