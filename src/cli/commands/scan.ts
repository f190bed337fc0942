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

const LEVEL_LABEL = { niet: 'voldoet niet', deels: 'voldoet deels', voldoet: 'voldoet', onbekend: 'onbekend' } as const
const ANSWER_LABEL = {
  niet: 'niet',
  deels: 'deels',
  voldoet: 'voldoet',
  nvt: 'n.v.t.',
  'weet-niet': 'weet niet',
} as const
const VERDICT_LABEL = { voldoet: 'voldoet', 'voldoet-deels': 'voldoet deels', 'voldoet-niet': 'voldoet niet' } as const
const pct = (p: number | null): string => (p === null ? '–' : `${p}%`)

export function scanReportText(report: ScanReport): string[] {
  const s = report.score
  const m = s.minimum
  const lines = [
    `Zelfscan basisniveau bestuurlijke aanpak mensenhandel${report.municipality === null ? '' : ` – ${report.municipality.name} (${report.municipality.code})`}`,
    `Oordeel basisniveau: ${VERDICT_LABEL[m.verdict]}${m.provisional ? ' (voorlopig)' : ''} – ${pct(m.percent)} van het minimum (${m.met} van ${m.questions} minimumvragen op orde)`,
    `Buiten het minimum: ${pct(s.beyond.percent)} · totaal ${s.overall.percent}% (${s.overall.answered} van ${s.overall.questions} vragen beantwoord)`,
  ]
  if (report.priorities.length > 0) {
    lines.push('', 'Prioriteiten:')
    report.priorities.forEach((p, i) =>
      lines.push(
        `  ${i + 1}. ${p.question.toUpperCase()} (${ANSWER_LABEL[p.answer]}${p.minimum ? ', minimum' : ''}): ${p.actions[0]?.text ?? p.text}`,
      ),
    )
  }
  if (report.change !== null) {
    const c = report.change
    lines.push(
      '',
      `Sinds de vorige gepubliceerde scan (${c.publishedAt.slice(0, 10)}): ${VERDICT_LABEL[c.before.verdict]} → ${VERDICT_LABEL[c.now.verdict]}, minimum ${pct(c.before.minimumPercent)} → ${pct(c.now.minimumPercent)}`,
    )
  }
  for (const r of report.regionalComparison) {
    lines.push(
      `Regio ${r.region.name}: gemiddeld ${pct(r.minimumAverage.percent)} van het minimum (n = ${r.minimumAverage.n} van ${r.municipalities} gemeenten)`,
    )
  }
  lines.push(
    '',
    'Score per element (minimum / daarbuiten):',
    ...s.elements.map(
      (e) =>
        `  ${e.code} ${e.name}: ${pct(e.percent)} (${LEVEL_LABEL[e.level]}${e.minimum === undefined ? '' : `; minimum ${pct(e.minimum.percent)}`}${e.beyond === undefined ? '' : `; daarbuiten ${pct(e.beyond.percent)}`}${e.open.length > 0 ? `, ${e.open.length} open` : ''})`,
    ),
  )
  if (report.notCounted.length > 0) {
    lines.push('', 'Niet meegeteld:')
    for (const n of report.notCounted) {
      lines.push(
        `  ${n.question.toUpperCase()} ${ANSWER_LABEL[n.answer]}${n.reason === undefined ? '' : `: ${n.reason}`}`,
      )
    }
  }
  if (report.nextSteps.length === 0) {
    lines.push('', 'Geen volgende stappen: geen vraag is met niet of deels beantwoord.')
  } else {
    lines.push('', 'Volgende stappen:')
    for (const step of report.nextSteps) {
      lines.push(`  ${step.element.code} ${step.element.name}${step.status === 'derived' ? ' (afgeleid)' : ''}`)
      for (const ap of step.actionPerspectives) {
        lines.push(
          `    - ${ap.question.toUpperCase()} (${ANSWER_LABEL[ap.answer]}): ${ap.text}`,
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
      lines.push(
        `  ${c.region.name}${c.parties.length > 0 ? `: ${c.parties.map((p) => `${p.name}${p.phones[0] === undefined ? '' : ` (${p.phones[0].number})`}`).join(', ')}` : ''}`,
      )
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
