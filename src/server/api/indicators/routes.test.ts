// SPDX-License-Identifier: EUPL-1.2
// GET /indicators (filters form, domain, audience) and GET /indicators/{id}.
import { expect, it } from 'vitest'
import { describeInMemory } from '../../../../test/helpers/databases.ts'
import { errorPaths, useApiApp, type ErrorJson } from '../../../../test/helpers/api-app.ts'

describeInMemory('API /indicators', (t) => {
  const app = useApiApp(t)
  const ids = async (query: string): Promise<string[]> =>
    (await app().inject(`/api/v1/indicators?${query}`)).json<{ items: { id: string }[] }>().items.map((r) => r.id)

  it('filters on form (general signals included), domain and audience', async () => {
    expect(await ids('form=labour')).toEqual(['geen-paspoort', 'lange-werkdagen'])
    expect(await ids('domain=appearance')).toEqual(['dure-cadeaus'])
    expect(await ids('audience=employer')).toEqual(['geen-paspoort', 'lange-werkdagen'])
    expect(await ids('audience=school&form=criminal')).toEqual(['drugs-vervoeren'])
  })

  it('names a wrong filter and answers an unknown indicator with 404', async () => {
    const bad = await app().inject('/api/v1/indicators?audience=aliens')
    expect(bad.statusCode).toBe(400)
    expect(errorPaths(bad.json<ErrorJson>())).toEqual(['audience'])
    expect(
      (await app().inject('/api/v1/indicators/geen-paspoort')).json<{ sources: { id: string }[] }>().sources[0]?.id,
    ).toBe('kst-28638-128')
    expect((await app().inject('/api/v1/indicators/nope')).statusCode).toBe(404)
  })
})
