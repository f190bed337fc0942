// SPDX-License-Identifier: EUPL-1.2
// Generates docs/adr/README.md from the ADR files themselves, so the index cannot fall behind.
import type { GeneratedFile } from './generated-file.ts'

export interface AdrFile {
  readonly name: string
  readonly text: string
}

export function adrIndex(files: readonly AdrFile[]): GeneratedFile {
  const rows = files
    .filter((f) => /^\d{4}-.+\.md$/.test(f.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => {
      const title = /^# (.+)$/m.exec(f.text)?.[1] ?? f.name
      const status = /^Status: (.+)$/m.exec(f.text)?.[1] ?? 'unknown'
      return `| [${title}](${f.name}) | ${status} |`
    })
  const lines = [
    '<!-- @license CC0-1.0 -->',
    '<!-- GENERATED from the ADR files by `npm run generate`; do not edit by hand. -->',
    '# Architecture decision records',
    '',
    'Format: title, date, status (with dated history), context, options, decision, consequences.',
    'Supersede a decision with a new ADR and mark the old one "Superseded by NNNN".',
    '',
    '| decision | status |',
    '|---|---|',
    ...rows,
    '',
  ]
  return { path: 'docs/adr/README.md', content: lines.join('\n') }
}
