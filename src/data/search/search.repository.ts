// SPDX-License-Identifier: EUPL-1.2
// Finds the documents that match a query plan: FTS5 MATCH on SQLite, tsvector @@ tsquery on
// PostgreSQL. Both get the same boolean expression over the same pre-analysed terms (AND of the
// word groups, OR within a group), so both return the same set; ranking happens in TypeScript.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Candidate, QueryPlan, SearchType } from '../../domain/search/index.ts'
import { SEARCH_TYPES } from '../../domain/search/index.ts'
import type { Database } from '../database.ts'
import { engineOf, type Engine } from '../dialect.ts'

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
  id: number
  type: string
  record_id: string
  title: string
  body: string
  page: string | null
  link: string | null
  weights: string
  length: number
}

/** Every document of the given types that matches the plan, in no particular order. */
export async function findCandidates(db: Kysely<Database>, plan: QueryPlan, types: readonly SearchType[]): Promise<Candidate[]> {
  if (plan.groups.length === 0 || types.length === 0) {
    return []
  }
  const engine = engineOf(db)
  const expression = matchExpression(plan, engine)
  const typeFilter: RawBuilder<unknown> =
    types.length === SEARCH_TYPES.length ? sql`` : sql` and d.type in (${sql.join(types.map((t) => sql`${t}`))})`
  const query =
    engine === 'sqlite'
      ? sql<CandidateRow>`select d.id, d.type, d.record_id, d.title, d.body, d.page, d.link, d.weights, d.length
          from search_fts join search_documents d on d.id = search_fts.rowid
          where search_fts match ${expression}${typeFilter}`
      : sql<CandidateRow>`select d.id, d.type, d.record_id, d.title, d.body, d.page, d.link, d.weights, d.length
          from search_documents d
          where d.tsv @@ ${expression}::tsquery${typeFilter}`
  const { rows } = await query.execute(db)
  return rows.map((r) => ({
    docId: Number(r.id),
    type: r.type as SearchType,
    recordId: r.record_id,
    title: r.title,
    body: r.body,
    page: r.page,
    link: r.link,
    weights: r.weights,
    length: Number(r.length),
  }))
}
