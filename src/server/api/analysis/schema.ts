// SPDX-License-Identifier: EUPL-1.2
// Schemas of the analysis endpoints: the dates in, the analysis (or its CSV) out. The response
// schema is the domain's, so serialisation and OpenAPI show exactly what the engine produces.
import { Type, type Static } from '@sinclair/typebox'
import { IsoDate } from '../../../domain/common.ts'
import { ANALYSIS_VIEWS, Analysis } from '../../../domain/analysis/index.ts'
import { literalUnion } from '../../../domain/common.ts'
import { LangField } from '../language.ts'

export const AnalysisQuery = Type.Object(
  {
    asOf: Type.Optional({ ...IsoDate, description: 'Date of the analysis (YYYY-MM-DD); default today.' }),
    compare: Type.Optional({
      ...IsoDate,
      description:
        'Second date: the response then lists which gaps and overlaps appear or disappear from asOf to this date.',
    }),
    region: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          'Limit the analysis to one region: a region id from data/regions (a zorgcoördinatie region such as zorgcoordinatie-utrecht, a RIEC such as riec-midden-nederland, …). Only parties working there count; regional parties of other regions are left out.',
      }),
    ),
    view: Type.Optional(
      literalUnion(
        ANALYSIS_VIEWS,
        'all (default): every finding, ranked, with groups and heatmap; top: the counts per severity and only the findings to act on first, each with its action.',
      ),
    ),
    lang: LangField,
  },
  { additionalProperties: false },
)
export type AnalysisQuery = Static<typeof AnalysisQuery>

export const CsvQuery = Type.Object(
  {
    asOf: Type.Optional({ ...IsoDate, description: 'Date of the analysis (YYYY-MM-DD); default today.' }),
    region: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Limit to one region (id).' })),
  },
  { additionalProperties: false },
)
export type CsvQuery = Static<typeof CsvQuery>

const description =
  'Waar partijen elkaar overlappen zonder afspraak en waar niemand een vereist aspect dekt, over alle combinaties van kenmerken. ' +
  'Where parties overlap without an agreement and where nobody covers a required aspect, over every facet combination.'

const languageNote =
  ' Actions and scopes come as code and params with the text (message) in the language of `lang` or Accept-Language (nl by default).'

export const getAnalysisSchema = {
  summary: 'Overlap- en hiaatanalyse',
  description: `${description}${languageNote}`,
  tags: ['analysis'],
  querystring: AnalysisQuery,
  response: { 200: Analysis },
} as const

export const getAnalysisCsvSchema = {
  summary: 'Overlap- en hiaatanalyse als CSV',
  description: `${description} One row per finding.`,
  tags: ['analysis'],
  querystring: CsvQuery,
  produces: ['text/csv'],
} as const
