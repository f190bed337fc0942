// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer barriers [--form F] [--path P] [--municipal] [--json]`: the barrier model per form;
// `--path loverboy` is the loverboy path, `--form sexual --path other` the general path of a form.
import { resolve } from 'node:path'
import { loadDatasetCached } from '../../data/dataset/dataset-cache.ts'
import { buildBarrierModel, type BarrierModel } from '../../domain/barrier-model/build-barrier-model.ts'
import {
  EXPLOITATION_FORMS,
  RECRUITMENT_METHODS,
  type ExploitationFormId,
  type RecruitmentMethod,
} from '../../domain/facets.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { datasetCacheDir, defaultDataDir } from '../paths.ts'

const FORM_LABELS: Record<ExploitationFormId, string> = {
  sexual: 'seksuele uitbuiting',
  labour: 'arbeidsuitbuiting',
  criminal: 'criminele uitbuiting',
  'organ-removal': 'gedwongen orgaanverwijdering',
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) {
    return undefined
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} '${value}' is not valid; use one of: ${allowed.join(', ')}`)
  }
  return value as T
}

const STATUS_LABELS: Record<string, string> = { derived: 'afgeleid', unverified: 'niet geverifieerd' }

/** The model as text, per stage as the public models have it: opportunities, signals, facilitators, barriers. */
export function barrierModelText(model: BarrierModel): string[] {
  const about =
    model.path === 'loverboy'
      ? ' – loverboymethode'
      : model.form === null
        ? ''
        : ` – ${FORM_LABELS[model.form]}${model.path === 'other' ? ' (algemene route)' : ''}`
  const lines = [`Barrièremodel${about}${model.municipalOnly ? ' (wat de gemeente zelf kan doen)' : ''}`]
  const status = (s: string) => (s === 'sourced' ? '' : ` [${STATUS_LABELS[s] ?? s}]`)
  for (const stage of model.stages) {
    lines.push('', `${stage.order}. ${stage.name}${status(stage.status)}`)
    if (stage.opportunities.length > 0) {
      lines.push(`   gelegenheden: ${stage.opportunities.join('; ')}`)
    }
    if (stage.signals.length > 0) {
      lines.push(`   signalen: ${stage.signals.join('; ')}`)
    }
    if (stage.facilitators.length > 0) {
      lines.push(`   faciliterend: ${stage.facilitators.map((f) => `${f.name} (${f.how})`).join('; ')}`)
    }
    if (stage.barriers.length === 0) {
      lines.push('   (geen barrières in deze selectie)')
    }
    for (const b of stage.barriers) {
      lines.push(`   - ${b.name} (${b.instrumentTypes.join(', ')})${status(b.status)}`)
      if (b.legalBasis.length > 0) {
        lines.push(`     grondslag: ${b.legalBasis.join('; ')}`)
      }
      lines.push(`     partijen: ${b.parties.map((p) => p.name).join(', ')}`)
      for (const e of b.examples) {
        const where = [e.place, e.year === undefined ? undefined : String(e.year)].filter((x) => x !== undefined)
        lines.push(`     praktijkvoorbeeld: ${e.title}${where.length === 0 ? '' : ` (${where.join(', ')})`}`)
      }
    }
  }
  return lines
}

export async function barriersCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    form: { type: 'string' },
    path: { type: 'string' },
    municipal: { type: 'boolean' },
    json: { type: 'boolean' },
    data: { type: 'string' },
  })
  const form = oneOf<ExploitationFormId>('form', values.form, EXPLOITATION_FORMS)
  const path = oneOf<RecruitmentMethod>('path', values.path, RECRUITMENT_METHODS)
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const { dataset } = loadDatasetCached(dir, datasetCacheDir(io.env), io.cwd)
  const model = buildBarrierModel(dataset, {
    ...(form === undefined ? {} : { form }),
    ...(path === undefined ? {} : { path }),
    municipalOnly: values.municipal === true,
  })
  if (values.json === true) {
    io.out(JSON.stringify(model, null, 2))
  } else {
    io.out(barrierModelText(model).join('\n'))
  }
  return EXIT.ok
}
