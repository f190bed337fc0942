// SPDX-License-Identifier: EUPL-1.2
// GET /barriers and /barriers/{id}, and GET /basisniveau, through inject().
import { beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../../data/database.ts'
import { municipalDataset } from '../../../../test/helpers/municipal-dataset.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { buildTestApp } from '../../../../test/helpers/test-app.ts'

describe('barriers API', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    // These routes read only the dataset; they never touch the database.
    app = await buildTestApp({ db: {} as Kysely<Database>, catalog: buildCatalog(municipalDataset()) })
  })

  it('returns stages, each with barriers, each with parties', async () => {
    const res = await app.inject({ url: '/api/v1/barriers?form=labour' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.form).toBe('labour')
    expect(body.stages.map((s: { id: string }) => s.id)).toEqual(['werving', 'huisvesting'])
    expect(body.stages[1].barriers[0]).toMatchObject({
      id: 'woninginspectie',
      instrumentTypes: ['bestuurlijk'],
      legalBasis: ['APV'],
      parties: [
        { id: 'gemeente', name: 'Gemeente' },
        { id: 'politie', name: 'Politie' },
      ],
    })
  })

  it('carries per stage the opportunities, signals and facilitators, and per barrier its practice examples', async () => {
    const body = (await app.inject({ url: '/api/v1/barriers?path=loverboy' })).json()
    // A path without a form keeps to its forms: the labour-only police check stays out.
    expect(body.path).toBe('loverboy')
    expect(body.stages.map((s: { id: string }) => s.id)).toEqual(['werving-loverboy', 'huisvesting'])
    expect(body.stages[0]).toMatchObject({ opportunities: [], signals: ['Spijbelen'], facilitators: [] })
    expect(body.stages[1].barriers.map((b: { id: string }) => b.id)).toEqual(['woninginspectie'])
    expect(body.stages[1].barriers[0].examples).toEqual([])
  })

  it('filters on what the municipality can do and on the loverboy path', async () => {
    const body = (await app.inject({ url: '/api/v1/barriers?form=sexual&path=loverboy&municipal=true' })).json()
    expect(body.stages.map((s: { id: string }) => s.id)).toEqual(['werving-loverboy', 'huisvesting'])
    expect(body.stages.flatMap((s: { barriers: { id: string }[] }) => s.barriers.map((b) => b.id))).toEqual([
      'lespakket',
      'woninginspectie',
    ])
  })

  it('names the field of a bad query', async () => {
    const res = await app.inject({ url: '/api/v1/barriers?form=slavery' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'WGW_VALIDATION',
      details: [{ path: 'form', message: expect.stringContaining('labour') }],
    })
  })

  it('returns one barrier with its stage, or 404', async () => {
    const res = await app.inject({ url: '/api/v1/barriers/lespakket' })
    expect(res.json()).toMatchObject({
      id: 'lespakket',
      stage: { id: 'werving-loverboy' },
      recruitment: ['loverboy'],
      municipal: true,
    })
    expect((await app.inject({ url: '/api/v1/barriers/onbekend' })).json().error.code).toBe('WGW_NOT_FOUND')
    expect((await app.inject({ url: '/api/v1/barriers/Not_An_Id' })).statusCode).toBe(400)
  })

  it('lists the basisniveau elements in order with questions and resolved action perspectives', async () => {
    const body = (await app.inject({ url: '/api/v1/basisniveau' })).json()
    expect(body.answerValues).toEqual(['niet', 'deels', 'voldoet', 'nvt', 'weet-niet'])
    expect(body.elements.map((e: { code: string }) => e.code)).toEqual(['BN01', 'BN02'])
    expect(body.elements[0].actionPerspectives[0]).toEqual({
      question: 'bn01-1',
      text: 'Inspecteer woningen.',
      barriers: [{ id: 'woninginspectie', name: 'Woninginspectie' }],
      parties: [
        { id: 'gemeente', name: 'Gemeente' },
        { id: 'politie', name: 'Politie' },
      ],
    })
  })
})
