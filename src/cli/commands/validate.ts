// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer validate [--data DIR]`: checks the whole dataset and lists every problem at once.
import { resolve } from 'node:path'
import { loadDataset } from '../../data/dataset/load.ts'
import { formatProblem } from '../../data/dataset/problem.ts'
import { parseFlags } from '../args.ts'
import { EXIT, type CliIo } from '../io.ts'
import { defaultDataDir } from '../paths.ts'

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { data: { type: 'string' } })
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const { dataset, problems } = loadDataset(dir, io.cwd)
  for (const p of problems) {
    io.out(formatProblem(p))
  }
  const records = Object.values(dataset).reduce((n, list) => n + list.length, 0)
  if (problems.length > 0) {
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir} (${records} valid records)`)
    return EXIT.failed
  }
  io.err(`dataset valid: ${records} records in ${dir}`)
  return EXIT.ok
}
