// SPDX-License-Identifier: EUPL-1.2
// A problem found in the dataset, located in its file so an editor can jump to it.

export interface Problem {
  /** Path of the file, relative to the working directory where possible. */
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  readonly hint?: string
}

/** `file:line:column  message  (hint)` — the format editors and CI logs can link. */
export function formatProblem(p: Problem): string {
  const hint = p.hint === undefined ? '' : `  (${p.hint})`
  return `${p.file}:${p.line}:${p.column}  ${p.message}${hint}`
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  )
}
