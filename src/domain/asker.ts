// SPDX-License-Identifier: EUPL-1.2
// Who is asking for a route (issue 21, item 4): the summary orders and words its actions for that
// reader and never sends someone to their own kind of organisation. The rule is written down in
// docs/route-summary.md ("Who is asking") and ADR 0034.

/** The readers a route can be for; absent means a professional in general. */
export const ASKERS = [
  'police',
  'education',
  'health-care',
  'youth-care',
  'municipality',
  'aid-organisation',
  'citizen',
  'self',
] as const
export type Asker = (typeof ASKERS)[number]

/**
 * Per reader, the parties (ids in data/parties) that are the reader's own kind of organisation. A
 * party whose `parent` chain reaches one of these counts too (a police unit is the police), and so
 * does a regional organisation standing for one of them. A citizen and the person themself are no
 * party. Nidos is not youth care's own: it is the guardian of unaccompanied foreign minors, whom a
 * youth-care worker has to involve.
 */
export const ASKER_OWN_PARTIES: Readonly<Record<Asker, readonly string[]>> = {
  police: ['politie', 'politie-avim'],
  education: ['scholen'],
  'health-care': ['huisarts-ggz', 'ggd', 'centrum-seksueel-geweld'],
  'youth-care': ['jeugdhulp', 'gecertificeerde-instelling'],
  municipality: ['gemeente', 'burgemeester', 'centrumgemeente-vo'],
  'aid-organisation': ['slachtofferhulp', 'fairwork', 'vrouwenopvang', 'leger-des-heils', 'fier'],
  citizen: [],
  self: [],
}

/**
 * The ids of every party that is the reader's own kind: the listed ones and every party whose
 * parent chain leads to one of them.
 */
export function ownPartyIds(
  asker: Asker,
  parties: Iterable<{ readonly id: string; readonly parent?: string | undefined }>,
): Set<string> {
  const own = new Set(ASKER_OWN_PARTIES[asker])
  const list = [...parties]
  let grew = own.size > 0
  while (grew) {
    grew = false
    for (const p of list) {
      if (!own.has(p.id) && p.parent !== undefined && own.has(p.parent)) {
        own.add(p.id)
        grew = true
      }
    }
  }
  return own
}
