// SPDX-License-Identifier: EUPL-1.2
// Schemas of the victim-category endpoints: groups of victims with the same routing.
import { Type, type Static } from '@sinclair/typebox'
import { VictimCategory } from '../../../domain/victim.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { IdParams, QueryOf, withResolvedSources } from '../refs.ts'

export const VictimCategoriesQuery = QueryOf({ ...paginationQuery })
export type VictimCategoriesQuery = Static<typeof VictimCategoriesQuery>

export const VictimCategoryDetail = Type.Object(withResolvedSources(VictimCategory.properties), {
  title: 'Victim category detail',
  additionalProperties: false,
})

const tags = ['vocabulary']

export const listVictimCategoriesSchema = {
  summary: 'Categorieën slachtoffers',
  description:
    'Victim categories, each defined by scenario facets; use an id as the `category` filter of /parties and /rights.',
  tags,
  querystring: VictimCategoriesQuery,
  response: { 200: PageOf(VictimCategory, 'Page of victim categories') },
} as const

export const getVictimCategorySchema = {
  summary: 'Eén categorie slachtoffers',
  description: 'One victim category with its facets and sources resolved.',
  tags,
  params: IdParams,
  response: { 200: VictimCategoryDetail },
} as const
