// SPDX-License-Identifier: EUPL-1.2
// Finds the documents that match a query plan: FTS5 MATCH on SQLite, tsvector @@ tsquery on
// PostgreSQL. Both get the same boolean expression over the same pre-analysed terms (AND of the
// word groups, OR within a group), so both return the same set; ranking happens in TypeScript.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Candidate, DocumentText, QueryPlan, SearchLanguage, SearchType } from '../../domain/search/index.ts'
import { SEARCH_TYPES } from '../../domain/search/index.ts'
import type { Database } from '../database.ts'
import { engineOf, type Engine } from '../dialect.ts'
import type { SearchTables } from '../tables/search.table.ts'

/** Terms are [a-z0-9]+ by construction (normalize.ts); anything else would be a bug upstream. */
const SAFE_TERM = /^[a-z0-9]+$/

/** The boolean expression of a plan in the syntax of one engine, e.g. `("a" OR "b") AND ("c")`. */
export function matchExpression(plan: QueryPlan, engine: Engine): string {
  const [quote, or, and] = engine === 'sqlite' ? ['"', ' OR ', ' AND '] : ["'", ' | ', ' & ']
  return plan.groups
    .map((g) => {
      for (const a of g.alternatives) {
        if (!SAFE_TERM.test(a.term)) {
          throw new Error(`search term '${a.term}' is not a plain ASCII word`)
        }
      }
      return `(${g.alternatives.map((a) => `${quote}${a.term}${quote}`).join(or)})`
    })
    .join(and)
}

interface CandidateRow {
  dataset_hash: string
  analyzer_version: number
  built_at: string
  id: number | null
  type: string | null
  record_id: string | null
  weights: string | null
  length: number | null
}

export interface CandidateSet {
  /** Identifies the index the candidates came from (see stateKey); undefined when there is no index. */
  readonly stateKey: string | undefined
  readonly candidates: readonly Candidate[]
}

/** The identity of a built index: changes whenever the importer rebuilds it. */
export function stateKey(state: { datasetHash: string; analyzerVersion: number; builtAt: string }): string {
  return `${state.datasetHash}/${state.analyzerVersion}/${state.builtAt}`
}

/**
 * Every document of the given types that matches the plan, in no particular order, with only what
 * ranking needs (texts come later, for the shown results). In the same round trip it reads which
 * index answered, so a caller holding a vocabulary can tell whether it is still current.
 */
export async function findCandidates(
  db: Kysely<Database>,
  plan: QueryPlan,
  types: readonly SearchType[],
  lang: SearchLanguage,
): Promise<CandidateSet> {
  const engine = engineOf(db)
  const typeFilter: RawBuilder<unknown> =
    types.length === SEARCH_TYPES.length
      ? sql` and d.lang = ${lang}`
      : sql` and d.lang = ${lang} and d.type in (${sql.join(types.map((t) => sql`${t}`))})`
  const nothing = plan.groups.length === 0 || types.length === 0
  const matches = nothing
    ? sql`select null as id, null as type, null as record_id, null as weights, null as length where 1 = 0`
    : engine === 'sqlite'
      ? sql`select d.id, d.type, d.record_id, d.weights, d.length
          from search_fts join search_documents d on d.id = search_fts.rowid
          where search_fts match ${matchExpression(plan, engine)}${typeFilter}`
      : sql`select d.id, d.type, d.record_id, d.weights, d.length
          from search_documents d
          where d.tsv @@ ${matchExpression(plan, engine)}::tsquery${typeFilter}`
  // One row with nulls when nothing matched, no row at all when there is no index.
  const { rows } =
    await sql<CandidateRow>`with s as (select dataset_hash, analyzer_version, built_at from search_index_state where id = 1),
      m as (${matches})
      select s.dataset_hash, s.analyzer_version, s.built_at, m.id, m.type, m.record_id, m.weights, m.length
      from s left join m on 1 = 1`.execute(db)
  const first = rows[0]
  if (first === undefined) {
    return { stateKey: undefined, candidates: [] }
  }
  const candidates: Candidate[] = []
  for (const r of rows) {
    if (r.id !== null && r.type !== null && r.record_id !== null && r.weights !== null && r.length !== null) {
      candidates.push({
        docId: Number(r.id),
        type: r.type as SearchType,
        recordId: r.record_id,
        weights: r.weights,
        length: Number(r.length),
      })
    }
  }
  return {
    stateKey: stateKey({
      datasetHash: first.dataset_hash,
      analyzerVersion: Number(first.analyzer_version),
      builtAt: first.built_at,
    }),
    candidates,
  }
}

/** Title, body and links of the given documents (the results that are shown). */
export async function readDocumentTexts(
  db: Kysely<Database>,
  docIds: readonly number[],
): Promise<Map<number, DocumentText>> {
  if (docIds.length === 0) {
    return new Map()
  }
  const rows = await db
    .withTables<SearchTables>()
    .selectFrom('search_documents')
    .select(['id', 'title', 'title_lang', 'body', 'body_lang', 'page', 'link'])
    .where('id', 'in', [...docIds])
    .execute()
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        docId: Number(r.id),
        title: r.title,
        titleLang: r.title_lang as SearchLanguage,
        body: r.body,
        bodyLang: r.body_lang as SearchLanguage,
        page: r.page,
        link: r.link,
      },
    ]),
  )
}
