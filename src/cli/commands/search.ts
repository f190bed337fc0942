// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer search "…" [--json] [--lang nl|en] [--type T] [--limit N] [--database URL | --data DIR]`:
// full-text search in Dutch (default) or English, from the database the server uses or straight from a dataset folder.
import { resolve } from 'node:path'
import type { Kysely } from 'kysely'
import type { Database } from '../../data/database.ts'
import { loadDatasetCached } from '../../data/dataset/dataset-cache.ts'
import { openDatabase, parseDatabaseUrl } from '../../data/dialect.ts'
import { migrateOrThrow } from '../../data/migrate.ts'
import { refreshSearchIndex } from '../../data/search/search-index.repository.ts'
import { MAX_SEARCH_LIMIT, SearchIndexUnavailable, SearchService } from '../../data/search/search-service.ts'
import {
  hasWords,
  parseSearchTypes,
  SEARCH_LANGUAGES,
  type SearchLanguage,
  type SearchResponse,
} from '../../domain/search/index.ts'
import { parseFlags } from '../args.ts'
import { EXIT, UsageError, type CliIo } from '../io.ts'
import { datasetCacheDir } from '../paths.ts'

const MAX_QUERY_LENGTH = 200

export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      type: { type: 'string' },
      limit: { type: 'string' },
      database: { type: 'string' },
      data: { type: 'string' },
    },
    true,
  )
  const query = positionals.join(' ').trim()
  if (query === '') {
    throw new UsageError('give a search query, e.g. wegwijzer search "uitbuiting"')
  }
  if (query.length > MAX_QUERY_LENGTH) {
    throw new UsageError(`the query is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed`)
  }
  if (!hasWords(query)) {
    throw new UsageError('the query must contain at least one letter or digit')
  }
  const types = parseSearchTypes(values.type)
  if ('error' in types) {
    throw new UsageError(`--type ${types.error}`)
  }
  const limit = parseLimit(values.limit)
  const lang = parseLang(values.lang)
  if (values.data !== undefined && values.database !== undefined) {
    throw new UsageError('use either --data or --database, not both')
  }

  const db =
    values.data === undefined
      ? openConfiguredDatabase(values.database, io)
      : openDatabase({ engine: 'sqlite', file: ':memory:' })
  try {
    await migrateOrThrow(db)
    if (values.data !== undefined) {
      const dir = resolve(io.cwd, values.data)
      const { dataset, problems } = loadDatasetCached(dir, datasetCacheDir(io.env), io.cwd)
      if (problems.length > 0) {
        io.err(
          `let op: de dataset in ${dir} heeft ${problems.length} problemen; foute records zijn overgeslagen (zie \`wegwijzer validate\`)`,
        )
      }
      await db.transaction().execute((trx) => refreshSearchIndex(trx, dataset, `dir:${dir}`))
    }
    let response: SearchResponse
    try {
      response = await new SearchService(db).search(query, { types: types.types, limit, lang })
    } catch (error) {
      if (error instanceof SearchIndexUnavailable) {
        io.err(`wegwijzer search: ${error.message}`)
        return EXIT.failed
      }
      throw error
    }
    io.out(values.json === true ? JSON.stringify(response, null, 2) : responseToText(response))
    return EXIT.ok
  } finally {
    await db.destroy()
  }
}

function openConfiguredDatabase(flag: string | undefined, io: CliIo): Kysely<Database> {
  const parsed = parseDatabaseUrl(flag ?? io.env['DATABASE_URL'], io.cwd)
  if ('error' in parsed) {
    throw new UsageError(flag === undefined ? parsed.error : parsed.error.replace(/^DATABASE_URL/, '--database'))
  }
  return openDatabase(parsed.config)
}

function parseLang(value: string | undefined): SearchLanguage {
  if (value === undefined) {
    return 'nl'
  }
  if (!(SEARCH_LANGUAGES as readonly string[]).includes(value)) {
    throw new UsageError(`--lang must be one of ${SEARCH_LANGUAGES.join(', ')}, got '${value}'`)
  }
  return value as SearchLanguage
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined
  }
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > MAX_SEARCH_LIMIT) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}, got '${value}'`)
  }
  return n
}

const VIA: Readonly<Record<string, string>> = {
  exact: 'woordvorm',
  participle: 'werkwoordsvorm',
  compound: 'deel van samenstelling',
  typo: 'mogelijke tikfout',
}

const IGNORED: Readonly<Record<string, string>> = {
  stopword: 'te algemeen',
  unknown: 'komt niet voor',
  'too-many-words': 'te veel woorden',
}

/** Readable Dutch text: how the query was understood, then the groups with their results. */
export function responseToText(response: SearchResponse): string {
  const lines: string[] = []
  lines.push(`Zoekvraag: ${response.query} — ${response.total === 1 ? '1 resultaat' : `${response.total} resultaten`}`)
  for (const t of response.terms) {
    const via = [...new Set(t.matches.map((m) => VIA[m.via] ?? m.via))].join(', ')
    lines.push(
      `  ${t.partOf === undefined ? t.word : `${t.word} (uit ${t.partOf})`}: ${t.matches.map((m) => m.term).join(', ')} (${via})`,
    )
  }
  for (const i of response.ignored) {
    lines.push(`  ${i.word}: genegeerd (${IGNORED[i.reason] ?? i.reason})`)
  }
  if (response.suggestion !== null) {
    lines.push(`  Bedoelde u: ${response.suggestion}?`)
  }
  for (const group of response.groups) {
    lines.push(
      '',
      `${group.label} (${group.total}${group.total > group.results.length ? `, eerste ${group.results.length}` : ''})`,
    )
    group.results.forEach((hit, n) => {
      lines.push(`  ${n + 1}. ${hit.title}${hit.page === null ? '' : `  ${hit.page}`}`)
      if (hit.snippet !== '' && hit.snippet !== hit.title) {
        lines.push(`     ${hit.snippet}`)
      }
    })
  }
  if (response.total === 0) {
    lines.push('', 'Niets gevonden. Probeer een ander of algemener woord.')
  }
  return lines.join('\n')
}
