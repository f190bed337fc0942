// SPDX-License-Identifier: EUPL-1.2
// Missing translations located in their files, so `wegwijzer validate` prints them as file:line
// warnings (issue 15). Warnings, not problems: a missing translation falls back to Dutch.
import { translationFindings } from '../../domain/translations.ts'
import type { LoadResult } from './load.ts'
import { sortProblems, type Problem } from './problem.ts'

export interface TranslationWarning extends Problem {
  readonly lang: string
}

export function translationWarnings(result: LoadResult): TranslationWarning[] {
  const out = translationFindings(result.dataset).map((f) => {
    const loc = result.locations.get(`${f.entity}/${f.id}`)
    const pos =
      loc === undefined ? { file: f.entity, line: 1, column: 1 } : { file: loc.relPath, ...loc.file.locate(f.pointer) }
    return {
      ...pos,
      lang: f.lang,
      message: `warning [translation-missing]: ${f.message}`,
      hint:
        f.lang === 'nl'
          ? 'write the Dutch text first'
          : `add the ${f.lang} text with translation: machine (or reviewed once checked)`,
    }
  })
  return sortProblems(out) as TranslationWarning[]
}
