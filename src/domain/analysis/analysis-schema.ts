// SPDX-License-Identifier: EUPL-1.2
// The shape of the analysis output, as schemas so the API serialises and documents exactly this.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, IsoDate, Status, literalUnion } from '../common.ts'
import { PhaseId } from '../phase.ts'
import { SCOPE_WHO } from './messages.ts'

const Strings = Type.Array(Type.String())

export const ScopeFacets = Type.Object(
  {
    ageGroup: Type.Optional(Strings),
    unaccompanied: Type.Optional(Type.Boolean()),
    nationalityGroup: Type.Optional(Strings),
    residence: Type.Optional(Strings),
    gender: Type.Optional(Strings),
    recruitment: Type.Optional(Strings),
    cooperation: Type.Optional(Strings),
    exploitation: Type.Optional(Strings),
    municipalities: Type.Optional(
      Type.Array(Type.String(), { description: 'CBS codes, only when the scope is limited to some municipalities.' }),
    ),
  },
  {
    additionalProperties: false,
    description: 'The facet values of one part of the scope; absent facets span every value.',
  },
)

const Message = Type.Optional(
  Type.String({ description: 'The text in the language asked (lang, else Accept-Language, else Dutch).' }),
)

export const ScopeParams = Type.Object(
  {
    who: literalUnion(SCOPE_WHO, 'Who the scope is about: age group and unaccompanied together.'),
    nationality: Type.Optional(Type.String({ description: 'Nationality groups joined by ",".' })),
    residence: Type.Optional(Strings),
    residenceNonDutchOnly: Type.Optional(Type.Boolean()),
    gender: Type.Optional(Strings),
    recruitment: Type.Optional(Strings),
    cooperation: Type.Optional(Strings),
    exploitation: Type.Optional(Strings),
    regions: Type.Optional(
      Type.Array(Strings, { description: 'Region names of each group of municipalities the scope holds in.' }),
    ),
    outside: Type.Optional(Type.Boolean({ description: 'The scope holds everywhere except in `regions`.' })),
    municipalities: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
)

export const Scope = Type.Object(
  { code: Type.Literal('analysis.scope'), params: ScopeParams, message: Message, facets: ScopeFacets },
  {
    additionalProperties: false,
    description: 'One facet cube of the scope: as a message (code, params, text) and as facet values.',
  },
)
export type Scope = Static<typeof Scope>

export const AspectRef = Type.Object(
  {
    id: Id,
    name: Type.String(),
    phase: PhaseId,
    en: Type.Optional({ ...English, description: "The aspect's English texts (ADR 0038)." }),
  },
  { additionalProperties: false },
)
export const AnalysisPartyRef = Type.Object(
  { id: Id, name: Type.String(), shortName: Type.Optional(Type.String()) },
  { additionalProperties: false },
)

export const FINDING_KINDS = ['gap', 'overlap', 'agreed-overlap'] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/** Most severe first; the order is the ranking rule (docs/analysis.md, ADR 0022). */
export const SEVERITIES = ['gap', 'lead-conflict', 'executor-overlap', 'expected', 'agreed'] as const
export type Severity = (typeof SEVERITIES)[number]

export const FindingSeverity = literalUnion(
  SEVERITIES,
  'gap: a required aspect nobody leads or executes; lead-conflict: two or more parties lead (regie) without an agreement; executor-overlap: parties execute side by side without an agreement; expected: an overlap on a task the data marks as shared; agreed: an overlap an agreement resolves. Findings are sorted in this order.',
)

export const ACTION_CODES = [
  'analysis.action.assign',
  'analysis.action.agree-lead',
  'analysis.action.agree-roles',
  'analysis.action.shared',
  'analysis.action.keep-agreement',
] as const
export type ActionCode = (typeof ACTION_CODES)[number]

export const FindingAction = Type.Object(
  {
    code: literalUnion(ACTION_CODES, 'What to do about the finding, as a message code.'),
    params: Type.Object(
      {
        aspect: { ...Id, description: "The aspect's id; the message words its name in the language asked." },
        parties: Type.Optional(
          Type.Array(Id, { description: 'The parties to agree (those in a pair without agreement).' }),
        ),
        partyNames: Type.Optional(Type.Array(Type.String(), { description: 'Their short names, in the same order.' })),
        agreements: Type.Optional(Type.Array(Id)),
      },
      { additionalProperties: false },
    ),
    message: Message,
  },
  { additionalProperties: false, description: 'The concrete next step for the finding.' },
)
export type FindingAction = Static<typeof FindingAction>

export const Finding = Type.Object(
  {
    id: Type.String({ description: 'Stable key: kind, aspect and parties.' }),
    kind: literalUnion(
      FINDING_KINDS,
      'gap: a required aspect nobody leads or executes; overlap: two or more parties without an agreement; agreed-overlap: an overlap an agreement resolves.',
    ),
    aspect: AspectRef,
    scope: Type.Optional(
      Type.String({
        description: 'Where the finding holds, in the language asked: the messages of `scopes` separated by "; ".',
      }),
    ),
    scopes: Type.Array(Scope),
    parties: Type.Array(AnalysisPartyRef, { description: 'The parties that lead or execute (empty for a gap).' }),
    unresolvedPairs: Type.Array(Type.Array(Id, { minItems: 2, maxItems: 2 }), {
      description: 'Pairs of parties no agreement covers.',
    }),
    responsibilities: Type.Array(Id),
    requiredAspects: Type.Array(Id),
    agreements: Type.Array(Id),
    sources: Type.Array(Id, { description: 'Sources of every record involved.' }),
    status: Status,
    combinations: Type.Integer({
      description: 'Number of facet combinations (age, unaccompanied, nationality, residence, form) involved.',
    }),
    municipalities: Type.Optional(
      Type.Integer({ description: 'Number of municipalities involved, when the finding depends on the region.' }),
    ),
    sharedDuty: Type.Optional(
      Type.Boolean({
        description:
          'True when every scenario of the finding falls under a required aspect marked shared: an overlap that is expected, not a role conflict. Still counted as an overlap.',
      }),
    ),
    leads: Type.Array(Id, { description: 'The parties among `parties` that lead (regie) the aspect here.' }),
    severity: FindingSeverity,
    action: FindingAction,
  },
  { additionalProperties: false },
)
export type Finding = Static<typeof Finding>

const Counted = { findings: Type.Integer({ description: 'Number of findings of the group it occurs in.' }) }

export const FindingGroup = Type.Object(
  {
    aspect: AspectRef,
    findings: Type.Integer({ description: 'Number of findings (sets of parties) on this aspect.' }),
    combinations: Type.Integer({
      description:
        'Facet combinations (age, unaccompanied, nationality, residence, form) with such a finding on this aspect, each counted once.',
    }),
    sharedDuty: Type.Integer({ description: 'How many of the findings are marked sharedDuty.' }),
    parties: Type.Array(Type.Object({ ...AnalysisPartyRef.properties, ...Counted }, { additionalProperties: false }), {
      description: 'Every party involved, most frequent first.',
    }),
    pairs: Type.Array(
      Type.Object(
        { parties: Type.Array(Id, { minItems: 2, maxItems: 2 }), ...Counted },
        { additionalProperties: false },
      ),
      {
        description:
          'Pairs of parties without an agreement (for agreed overlaps: pairs an agreement covers), most frequent first.',
      },
    ),
    findingIds: Type.Array(Type.String(), { description: 'Ids of the findings in the flat list, in its order.' }),
    sources: Type.Array(Id),
    status: Status,
  },
  {
    additionalProperties: false,
    description:
      'The findings of one kind on one aspect, summarised for reading: who is involved and which pairs meet most often.',
  },
)
export type FindingGroup = Static<typeof FindingGroup>

export const HeatmapSlice = Type.Object(
  {
    id: Type.String(),
    name: Type.Optional(Type.String({ description: 'The group in the language asked.' })),
    combinations: Type.Integer(),
  },
  { additionalProperties: false, description: 'A column of the heatmap: a group of scenarios.' },
)
export const HeatmapCell = Type.Object(
  { slice: Type.String(), gaps: Type.Integer(), overlaps: Type.Integer(), agreed: Type.Integer() },
  {
    additionalProperties: false,
    description: 'Numbers of facet combinations in the slice with a gap, an unresolved overlap, an agreed overlap.',
  },
)
export const Heatmap = Type.Object(
  {
    slices: Type.Array(HeatmapSlice),
    rows: Type.Array(
      Type.Object({ aspect: AspectRef, cells: Type.Array(HeatmapCell) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
)
export type Heatmap = Static<typeof Heatmap>

export const AnalysisComparison = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    gaps: Type.Object({ added: Type.Array(Finding), removed: Type.Array(Finding) }, { additionalProperties: false }),
    overlaps: Type.Object(
      { added: Type.Array(Finding), removed: Type.Array(Finding) },
      { additionalProperties: false },
    ),
  },
  { title: 'Changes in gaps and overlaps between two dates', additionalProperties: false },
)
export type AnalysisComparison = Static<typeof AnalysisComparison>

export const ANALYSIS_VIEWS = ['all', 'top'] as const
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number]

export const SeverityCounts = Type.Object(
  Object.fromEntries(SEVERITIES.map((s) => [s, Type.Integer()])) as Record<Severity, ReturnType<typeof Type.Integer>>,
  { additionalProperties: false, description: 'Number of findings per severity.' },
)

/** The top view: how many findings to act on first, and how many of one aspect at most. */
export const TOP_LIMIT = 10
export const TOP_PER_ASPECT = 2

export const Analysis = Type.Object(
  {
    asOf: IsoDate,
    region: Type.Optional(
      Type.Object(
        {
          id: Id,
          name: Type.String(),
          municipalities: Type.Integer({ description: 'Municipalities in the region.' }),
        },
        {
          additionalProperties: false,
          description:
            'Present when the analysis is limited to one region (zorgcoördinatie region, RIEC or any other region in data/regions): only parties working there count, and only cells there.',
        },
      ),
    ),
    view: literalUnion(
      ANALYSIS_VIEWS,
      'all: every finding with groups and heatmap; top: only the findings in `top`, with the counts (summary.severities).',
    ),
    summary: Type.Object(
      {
        gaps: Type.Integer(),
        overlaps: Type.Integer(),
        agreedOverlaps: Type.Integer(),
        aspects: Type.Integer({ description: 'Aspects valid on asOf.' }),
        combinations: Type.Integer({ description: 'Possible facet combinations per aspect (without region).' }),
        municipalities: Type.Integer(),
        regionalAspects: Type.Array(Id, {
          description: 'Aspects whose records depend on the region: analysed per group of municipalities.',
        }),
        sharedDutyOverlaps: Type.Integer({
          description:
            'Overlaps (included in overlaps) on a required aspect marked shared: expected, not a role conflict.',
        }),
        severities: SeverityCounts,
      },
      { additionalProperties: false },
    ),
    findings: Type.Array(Finding, {
      description:
        'Every gap, overlap and agreed overlap, most severe first (severity, then reach: combinations × share of municipalities, then organogram order).',
    }),
    top: Type.Array(Type.String(), {
      description: `Ids of the findings to act on first: the first ${TOP_LIMIT} gaps, lead conflicts and executor overlaps in ranked order, at most ${TOP_PER_ASPECT} per aspect. Expected and agreed overlaps are never in it.`,
    }),
    groups: Type.Optional(
      Type.Object(
        { overlaps: Type.Array(FindingGroup), agreedOverlaps: Type.Array(FindingGroup) },
        {
          additionalProperties: false,
          description: 'The overlaps grouped per aspect, in organogram order (absent in the top view).',
        },
      ),
    ),
    heatmap: Type.Optional({
      ...Heatmap,
      description: 'Counts per aspect and group of victims (absent in the top view).',
    }),
    comparison: Type.Optional({
      ...AnalysisComparison,
      description: 'Present when a second date was asked for: what changed from asOf to that date.',
    }),
  },
  { $id: 'Analysis', title: 'Overlap and gap analysis', additionalProperties: false },
)
export type Analysis = Static<typeof Analysis>
/** The analysis as the engine builds it: every view's parts present. */
export type FullAnalysis = Analysis & { groups: NonNullable<Analysis['groups']>; heatmap: Heatmap }
