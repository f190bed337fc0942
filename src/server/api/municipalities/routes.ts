// SPDX-License-Identifier: EUPL-1.2
// GET /municipalities (search by name or code) and GET /municipalities/{code} (regions + contacts).
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { invalid, notFound } from '../../errors.ts'
import { MUNICIPALITY_REGION_KINDS } from '../../../domain/region.ts'
import { REGION_KEY_ORDER } from '../../../domain/route/route-index.ts'
import { paginate } from '../pagination.ts'
import { partyRef, resolveSources } from '../refs.ts'
import {
  getMunicipalitySchema,
  listMunicipalitiesSchema,
  type MunicipalitiesQuery,
  type MunicipalityParams,
} from './schema.ts'

export async function municipalitiesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: MunicipalitiesQuery }>(
    '/municipalities',
    { schema: listMunicipalitiesSchema },
    async (request, reply) => {
      const catalog = ctx.catalog()
      const { q, region } = request.query
      if (region !== undefined && !catalog.has('regions', region)) {
        throw invalid([{ path: 'region', message: `no region '${region}'` }])
      }
      // A name finds its municipality by CBS name, common name, former municipality or place.
      const found =
        q === undefined || q.trim() === ''
          ? catalog.dataset.municipalities
          : catalog.routeIndex.municipalityNames.search(q).map((h) => h.municipality)
      const municipalities = found.filter((m) => region === undefined || Object.values(m.regions).includes(region))
      return paginate(municipalities, request.query, request, reply)
    },
  )

  app.get<{ Params: MunicipalityParams }>('/municipalities/:id', { schema: getMunicipalitySchema }, async (request) => {
    const catalog = ctx.catalog()
    const code = request.params.id.toUpperCase()
    const municipality = catalog.byId('municipalities', code)
    if (municipality === undefined) {
      throw notFound('municipality', request.params.id)
    }
    const regions = REGION_KEY_ORDER.flatMap((key) => {
      const region = catalog.byId('regions', municipality.regions[key] ?? '')
      if (region === undefined) {
        return []
      }
      return [
        {
          key,
          id: region.id,
          kind: region.kind ?? MUNICIPALITY_REGION_KINDS[key],
          name: region.name,
          ...(region.code === undefined ? {} : { code: region.code }),
          status: region.status,
          ...(region.verifiedAt === undefined ? {} : { verifiedAt: region.verifiedAt }),
          ...(region.note === undefined ? {} : { note: region.note }),
          ...(region.en === undefined ? {} : { en: region.en }),
          parties: [
            ...(region.parties ?? []).filter((id) => catalog.has('parties', id)).map((id) => partyRef(catalog, id)),
            ...(region.fallback === undefined || !catalog.has('parties', region.fallback)
              ? []
              : [{ ...partyRef(catalog, region.fallback), fallback: true }]),
          ],
        },
      ]
    })
    return { ...municipality, sources: resolveSources(catalog, municipality.sources), regions }
  })
}
