// SPDX-License-Identifier: EUPL-1.2
// Small datasets built in code for the overlap and gap analysis, whose gaps and overlaps are known
// in advance (see test/analysis/analyse-known.test.ts for the expected findings).
import type { Agreement, RequiredAspect } from '../../src/domain/analysis.ts'
import type { Conditions } from '../../src/domain/facets.ts'
import { ENTITY_KEYS, type Dataset } from '../../src/domain/entities.ts'
import type { Party } from '../../src/domain/party.ts'
import type { Responsibility } from '../../src/domain/responsibility.ts'

const SRC = ['test-bron']

export function emptyDataset(): { -readonly [K in keyof Dataset]: Dataset[K] } {
  return Object.fromEntries(ENTITY_KEYS.map((k) => [k, []])) as unknown as {
    -readonly [K in keyof Dataset]: Dataset[K]
  }
}

export function party(id: string, extra: Partial<Party> = {}): Party {
  return {
    id,
    name: `Partij ${id}`,
    kind: 'ngo',
    level: 'national',
    description: 'Testpartij.',
    status: 'sourced',
    sources: SRC,
    ...extra,
  }
}

export function resp(
  id: string,
  partyId: string,
  aspect: string,
  conditions?: Conditions,
  extra: Partial<Responsibility> = {},
): Responsibility {
  return {
    id,
    party: partyId,
    aspect,
    roleType: 'executes',
    role: 'Voert uit',
    description: 'Testverantwoordelijkheid.',
    ...(conditions === undefined ? {} : { conditions }),
    status: 'sourced',
    sources: SRC,
    ...extra,
  }
}

export function required(
  id: string,
  aspect: string,
  scope: Conditions,
  extra: Partial<RequiredAspect> = {},
): RequiredAspect {
  return { id, name: `Vereist ${aspect}`, aspect, scope, why: 'Testreden.', status: 'derived', sources: SRC, ...extra }
}

export function agreement(
  id: string,
  aspect: string,
  parties: string[],
  scope: Conditions,
  extra: Partial<Agreement> = {},
): Agreement {
  return {
    id,
    name: `Afspraak ${id}`,
    aspect,
    parties,
    scope,
    description: 'Testafspraak.',
    status: 'sourced',
    sources: SRC,
    ...extra,
  }
}

/** The shared skeleton: two phases, four aspects, two zorgcoördinatie regions, three municipalities. */
export function skeleton(): ReturnType<typeof emptyDataset> {
  const d = emptyDataset()
  d.sources = [{ id: 'test-bron', url: 'https://example.org/bron', title: 'Testbron', kind: 'webpage' }]
  d.phases = [
    { id: 'A', name: 'Identificatie', description: 'Fase A.', order: 1, status: 'sourced', sources: SRC },
    { id: 'B', name: 'Zorg', description: 'Fase B.', order: 2, status: 'sourced', sources: SRC },
  ]
  d.aspects = [
    { id: 'signaleren', phase: 'A', name: 'Signaleren', description: 'x', order: 1, status: 'derived', sources: SRC },
    { id: 'opvang', phase: 'B', name: 'Opvang', description: 'x', order: 1, status: 'derived', sources: SRC },
    {
      id: 'voogdij-jeugdbescherming',
      phase: 'B',
      name: 'Voogdij',
      description: 'x',
      order: 2,
      status: 'derived',
      sources: SRC,
    },
    {
      id: 'zorgcoordinatie',
      phase: 'B',
      name: 'Zorgcoördinatie',
      description: 'x',
      order: 3,
      status: 'derived',
      sources: SRC,
    },
  ]
  const region = (
    id: string,
    kind: 'zorgcoordinatie' | 'province' | 'police-unit' | 'riec' | 'safety-region',
    name: string,
  ) => ({ id, kind, name, status: 'sourced' as const, sources: SRC })
  d.regions = [
    region('zc-twente', 'zorgcoordinatie', 'Zorgcoördinatie Twente'),
    region('zc-elders', 'zorgcoordinatie', 'Zorgcoördinatie Elders'),
    region('prov', 'province', 'Provincie'),
    region('pol', 'police-unit', 'Politie-eenheid'),
    region('riec', 'riec', 'RIEC'),
    region('vr', 'safety-region', 'Veiligheidsregio'),
  ]
  const gm = (id: string, name: string, zc: string) => ({
    id,
    name,
    regions: { province: 'prov', policeUnit: 'pol', riec: 'riec', safetyRegion: 'vr', zorgcoordinatie: zc },
    status: 'sourced' as const,
    sources: SRC,
  })
  d.municipalities = [
    gm('GM0001', 'Eenstad', 'zc-twente'),
    gm('GM0002', 'Tweedorp', 'zc-twente'),
    gm('GM0003', 'Derdeveen', 'zc-elders'),
  ]
  return d
}

/**
 * The known-answer dataset. On 2021-06-01:
 * - opvang: gap for all minors and for third-country adults with any residence but "none";
 *   overlap centrumgemeente + comensha for EU adults without lawful stay.
 * - voogdij: gap for accompanied third-country minors; overlap gi + nidos for unaccompanied
 *   Dutch and EU minors.
 * - signaleren: politie + arbeidsinspectie on labour exploitation, resolved by an agreement.
 * - zorgcoordinatie: overlap zorgcoordinator + comensha in the two Twente municipalities only.
 * From 2022-01-01 jeugdhulp shelters minors (the minors' opvang gap closes) and an agreement
 * resolves the Twente overlap.
 */
export function knownDataset(): Dataset {
  const d = skeleton()
  d.parties = [
    'centrumgemeente-vo',
    'comensha',
    'nidos',
    'gi',
    'politie',
    'arbeidsinspectie',
    'zorgcoordinator',
    'jeugdhulp',
  ].map((id) => party(id))
  d.responsibilities = [
    resp('cg-opvang', 'centrumgemeente-vo', 'opvang', { ageGroup: ['adult'], nationalityGroup: ['nl', 'eu'] }),
    resp('comensha-cosm', 'comensha', 'opvang', {
      ageGroup: ['adult'],
      nationalityGroup: ['eu', 'third-country'],
      residence: ['none'],
    }),
    resp('comensha-verwijst', 'comensha', 'opvang', undefined, { roleType: 'refers' }),
    resp('jeugdhulp-opvang', 'jeugdhulp', 'opvang', { ageGroup: ['minor'] }, { validFrom: '2022-01-01' }),
    resp(
      'nidos-voogdij',
      'nidos',
      'voogdij-jeugdbescherming',
      { ageGroup: ['minor'], unaccompanied: true },
      { roleType: 'lead' },
    ),
    resp('gi-jeugdbescherming', 'gi', 'voogdij-jeugdbescherming', {
      ageGroup: ['minor'],
      nationalityGroup: ['nl', 'eu'],
    }),
    resp('politie-signaleren', 'politie', 'signaleren'),
    resp('ai-signaleren', 'arbeidsinspectie', 'signaleren', { exploitation: ['labour'] }),
    resp('zc-coordineert', 'zorgcoordinator', 'zorgcoordinatie'),
    resp('comensha-zc-twente', 'comensha', 'zorgcoordinatie', { regions: ['zc-twente'] }),
  ]
  d.requiredAspects = [
    required('opvang-iedereen', 'opvang', {}),
    required('voogdij-minderjarigen', 'voogdij-jeugdbescherming', { ageGroup: ['minor'] }),
    required('signaleren-iedereen', 'signaleren', {}),
  ]
  d.agreements = [
    agreement('signaleren-arbeid', 'signaleren', ['politie', 'arbeidsinspectie'], { exploitation: ['labour'] }),
    agreement(
      'zc-twente',
      'zorgcoordinatie',
      ['zorgcoordinator', 'comensha'],
      { regions: ['zc-twente'] },
      { validFrom: '2022-01-01' },
    ),
  ]
  return d
}

/** Writes a dataset in the data/ format (one YAML file per record) to a fresh temporary folder. */
export async function writeDatasetDir(dataset: Dataset): Promise<string> {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { stringify } = await import('yaml')
  const { ENTITIES } = await import('../../src/domain/entities.ts')
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-analysis-'))
  for (const key of ENTITY_KEYS) {
    const records = dataset[key] as readonly { id: string }[]
    if (records.length === 0) {
      continue
    }
    mkdirSync(join(dir, ENTITIES[key].dir), { recursive: true })
    for (const r of records) {
      writeFileSync(join(dir, ENTITIES[key].dir, `${r.id}.yaml`), stringify(r))
    }
  }
  return dir
}
