// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer barriers [--form F] [--path P] [--municipal] [--json]`: the barrier model per form.
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

export function barrierModelText(model: BarrierModel): string[] {
  const lines = [
    `Barrièremodel${model.form === null ? '' : ` – ${FORM_LABELS[model.form]}`}${model.municipalOnly ? ' (wat de gemeente zelf kan doen)' : ''}`,
  ]
  for (const stage of model.stages) {
    lines.push('', `${stage.order}. ${stage.name}${stage.status === 'sourced' ? '' : ` [${stage.status}]`}`)
    if (stage.barriers.length === 0) {
      lines.push('   (geen barrières in deze selectie)')
    }
    for (const b of stage.barriers) {
      lines.push(`   - ${b.name} (${b.instrumentTypes.join(', ')})`)
      if (b.legalBasis.length > 0) {
        lines.push(`     grondslag: ${b.legalBasis.join('; ')}`)
      }
      lines.push(`     partijen: ${b.parties.map((p) => p.name).join(', ')}`)
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
