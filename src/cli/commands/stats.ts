// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer stats [--json] [--data DIR] [--today DATE]`: counts per entity type and per status,
// source ages per record type and the share of checked contacts.
import { resolve } from 'node:path'
import { CONTACT_MAX_AGE_MONTHS, currencyStats } from '../../domain/currency.ts'
import { ENTITY_KEYS } from '../../domain/entities.ts'
import { isCalendarDate, todayInAmsterdam } from '../../domain/validity.ts'
import { loadDatasetCached } from '../../data/dataset/dataset-cache.ts'
import { translationCoverage } from '../translation-coverage.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { datasetCacheDir, defaultDataDir } from '../paths.ts'

export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    json: { type: 'boolean' },
    data: { type: 'string' },
    today: { type: 'string' },
  })
  const today = values.today ?? todayInAmsterdam()
  if (!isCalendarDate(today)) {
    throw new UsageError(`--today '${today}' is not a date as YYYY-MM-DD`)
  }
  const dir = values.data === undefined ? defaultDataDir() : resolve(io.cwd, values.data)
  const { dataset, problems } = loadDatasetCached(dir, datasetCacheDir(io.env), io.cwd)
  const counts: Record<string, number> = {}
  const byStatus: Record<string, Record<string, number>> = {}
  for (const key of ENTITY_KEYS) {
    const list = dataset[key] as readonly { status?: string }[]
    counts[key] = list.length
    for (const r of list) {
      if (r.status !== undefined) {
        const s = (byStatus[r.status] ??= {})
        s[key] = (s[key] ?? 0) + 1
      }
    }
  }
  const currency = currencyStats(dataset, today, ENTITY_KEYS)
  const translations = translationCoverage(dataset)
  if (values.json === true) {
    io.out(JSON.stringify({ ...counts, byStatus, problems: problems.length, currency, translations }, null, 2))
  } else {
    const width = Math.max(...ENTITY_KEYS.map((k) => k.length))
    for (const key of ENTITY_KEYS) {
      const parts = Object.entries(byStatus)
        .filter(([, c]) => c[key] !== undefined)
        .map(([status, c]) => `${status} ${c[key] ?? 0}`)
        .join(', ')
      io.out(`${key.padEnd(width)}  ${String(counts[key]).padStart(4)}  ${parts}`)
    }
    io.out('')
    io.out(`Age of the newest dated source per record (records valid on ${today}; years):`)
    for (const key of ENTITY_KEYS) {
      const a = currency.sourceAges[key]
      if (a === undefined) {
        continue
      }
      const ages =
        a.medianYears === undefined
          ? 'no dated sources'
          : `median ${a.medianYears.toFixed(1)}, oldest ${(a.maxYears ?? 0).toFixed(1)}`
      io.out(
        `${key.padEnd(width)}  ${ages}; dated ${a.dated}/${a.records} (${pct(a.dated, a.records)}), verifiedAt ${a.verified}/${a.records} (${pct(a.verified, a.records)})`,
      )
    }
    const c = currency.contacts
    for (const line of [
      '',
      `Contacts (parties valid on ${today}; checked = verified within ${CONTACT_MAX_AGE_MONTHS} months):`,
      `  phone numbers verified: ${c.phonesVerified}/${c.phones} (${pct(c.phonesVerified, c.phones)})`,
      `  parties with a verified phone number: ${c.partiesWithPhone}/${c.parties} (${pct(c.partiesWithPhone, c.parties)})`,
      `  contact details (website, e-mail) verified: ${c.contactBlocksVerified}/${c.contactBlocks} (${pct(c.contactBlocksVerified, c.contactBlocks)})`,
    ]) {
      io.out(line)
    }
    io.out('')
    io.out('Translation coverage (have/need; reviewed = checked by a fluent reader, the rest is machine):')
    const e = translations.english
    io.out(
      `  en  dataset texts ${e.have}/${e.need} (${pct(e.have, e.need)}), reviewed ${e.reviewed}; victim pages ${victimLine(translations.victimPages.en)}`,
    )
    for (const [lang, v] of Object.entries(translations.victimPages)) {
      if (lang !== 'en') {
        io.out(`  ${lang}  victim pages ${victimLine(v)}`)
      }
    }
    for (const [entity, c] of Object.entries(translations.englishByEntity)) {
      if (c.have < c.need) {
        io.out(`      ${entity.padEnd(width)}  English ${c.have}/${c.need} (${pct(c.have, c.need)})`)
      }
    }
    if (problems.length > 0) {
      io.out(`(${problems.length} problems; run \`wegwijzer validate\`)`)
    }
  }
  return EXIT.ok
}

function victimLine(v: { need: number; have: number; reviewed: number; catalogue: string }): string {
  return `${v.have}/${v.need} (${pct(v.have, v.need)}), reviewed ${v.reviewed}, page texts ${v.catalogue}`
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`
}
