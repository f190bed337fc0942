// SPDX-License-Identifier: EUPL-1.2
// The basisniveau self-scan engine: answers, scoring, report, regional overview and CSV export.
export * from './answers.ts'
export * from './score.ts'
export * from './report.ts'
export * from './overview.ts'
export * from './csv.ts'
