// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer scan --template` prints an answer template; `wegwijzer scan --answers FILE` scores
// a filled template and prints the report (readable Dutch, or JSON with --json).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Ajv } from 'ajv'
import { loadDatasetCached } from '../../data/dataset/dataset-cache.ts'
import { describeSchemaErrors } from '../../data/dataset/schema-errors.ts'
import {
  AnswerFile,
  type AnswerFile as AnswerFileValue,
  answerProblems,
  answerTemplate,
  normaliseAnswers,
} from '../../domain/basisniveau/answers.ts'
import { buildScanReport, type ScanReport } from '../../domain/basisniveau/report.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { datasetCacheDir, defaultDataDir } from '../paths.ts'

const LEVEL_LABEL = { niet: 'niet', deels: 'deels', voldoet: 'voldoet' } as const

export function scanReportText(report: ScanReport): string[] {
  const s = report.score
  const lines = [
    `Zelfscan basisniveau bestuurlijke aanpak mensenhandel${report.municipality === null ? '' : ` – ${report.municipality.name} (${report.municipality.code})`}`,
    `Totaalscore: ${s.overall.percent}% (${s.overall.answered} van ${s.overall.questions} vragen beantwoord)`,
    '',
    'Score per element:',
    ...s.elements.map(
      (e) =>
        `  ${e.code} ${e.name}: ${e.percent}% (${LEVEL_LABEL[e.level]}${e.open.length > 0 ? `, ${e.open.length} open` : ''})`,
    ),
  ]
  if (report.nextSteps.length === 0) {
    lines.push('', 'De gemeente voldoet aan alle elementen.')
  } else {
    lines.push('', 'Volgende stappen:')
    for (const step of report.nextSteps) {
      lines.push(`  ${step.element.code} ${step.element.name}`)
      for (const ap of step.actionPerspectives) {
        lines.push(
          `    - ${ap.question.toUpperCase()} (${LEVEL_LABEL[ap.answer]}): ${ap.text}`,
          `      wie helpt: ${ap.parties.map((p) => p.name).join(', ')}`,
        )
        if (ap.barriers.length > 0) {
          lines.push(`      instrumenten: ${ap.barriers.map((b) => b.name).join(', ')}`)
        }
      }
    }
  }
  if (report.regionalContacts.length > 0) {
    lines.push('', 'In uw regio:')
    for (const c of report.regionalContacts) {
      lines.push(`  ${c.region.name}${c.parties.length > 0 ? `: ${c.parties.map((p) => p.name).join(', ')}` : ''}`)
    }
  }
  return lines
}

const validateAnswerFile = new Ajv({ allErrors: true, strict: false }).compile<AnswerFileValue>(AnswerFile)

export async function scanCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    template: { type: 'boolean' },
    answers: { type: 'string' },
    municipality: { type: 'string' },
    json: { type: 'boolean' },
    data: { type: 'string' },
  })
  if ((values.template === true) === (values.answers !== undefined)) {
    throw new UsageError('give either --template or --answers FILE')
  }
  if (values.municipality !== undefined && !/^GM\d{4}$/.test(values.municipality)) {
    throw new UsageError(`--municipality '${values.municipality}' is not a CBS code like GM0344`)
  }
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const { dataset } = loadDatasetCached(dir, datasetCacheDir(io.env), io.cwd)
  if (values.municipality !== undefined && !dataset.municipalities.some((m) => m.id === values.municipality)) {
    io.err(`wegwijzer scan: --municipality: no municipality with CBS code ${values.municipality}`)
    return EXIT.failed
  }

  if (values.template === true) {
    // The template is a file to fill in, so it is JSON with or without --json.
    io.out(JSON.stringify(answerTemplate(dataset.basisniveau, values.municipality), null, 2))
    return EXIT.ok
  }

  const file = values.answers ?? '-'
  const name = file === '-' ? 'stdin' : file
  let text: string
  try {
    text = file === '-' ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8')
  } catch (error) {
    io.err(`wegwijzer scan: cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.failed
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    io.err(`wegwijzer scan: ${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.failed
  }
  if (!validateAnswerFile(parsed)) {
    const problems = describeSchemaErrors(validateAnswerFile.errors ?? []).map((e) => ({
      path: e.pointer === '' ? '/' : e.pointer,
      message: e.message,
    }))
    return reportProblems(io, name, problems)
  }
  const unknown = answerProblems(dataset.basisniveau, parsed.answers)
  if (unknown.length > 0) {
    return reportProblems(io, name, unknown)
  }
  const municipality = values.municipality ?? parsed.municipality
  const report = buildScanReport(dataset, {
    ...(municipality === undefined ? {} : { municipality }),
    answers: normaliseAnswers(parsed.answers),
  })
  io.out(values.json === true ? JSON.stringify(report, null, 2) : scanReportText(report).join('\n'))
  return EXIT.ok
}

function reportProblems(io: CliIo, name: string, problems: readonly { path: string; message: string }[]): number {
  for (const p of problems) {
    io.err(`${name}: ${p.path}: ${p.message}`)
  }
  io.err(`wegwijzer scan: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${name}; nothing scored`)
  return EXIT.failed
}
