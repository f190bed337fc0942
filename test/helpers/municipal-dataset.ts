// SPDX-License-Identifier: EUPL-1.2
// A tiny dataset for the barrier-model and self-scan tests: two stages plus the loverboy path,
// three barriers, two basisniveau elements, three municipalities in two RIEC regions.
import { ENTITY_KEYS, type Dataset, type EntityKey, type EntityRecord } from '../../src/domain/entities.ts'

const prov = { status: 'sourced' as const, sources: ['src-a'] }

export function municipalDataset(overrides: Partial<{ [K in EntityKey]: EntityRecord<K>[] }> = {}): Dataset {
  const base: Partial<{ [K in EntityKey]: EntityRecord<K>[] }> = {
    sources: [{ id: 'src-a', url: 'https://example.org/a', title: 'Bron A', kind: 'webpage' }],
    parties: [
      { id: 'gemeente', name: 'Gemeente', kind: 'municipality', level: 'local', description: 'De gemeente.', ...prov },
      { id: 'riec', name: 'RIEC', kind: 'regional-network', level: 'regional', description: 'Het RIEC.', ...prov },
      {
        id: 'riec-noord',
        name: 'RIEC Noord',
        kind: 'regional-network',
        level: 'regional',
        parent: 'riec',
        description: 'RIEC Noord.',
        ...prov,
      },
      {
        id: 'politie',
        name: 'Politie',
        kind: 'police-justice',
        level: 'national',
        description: 'De politie.',
        ...prov,
      },
      { id: 'scholen', name: 'Scholen', kind: 'private', level: 'local', description: 'Scholen.', ...prov },
    ] as EntityRecord<'parties'>[],
    regions: [
      { id: 'riec-noord', kind: 'riec', name: 'RIEC Noord', parties: ['riec-noord'], ...prov },
      { id: 'riec-zuid', kind: 'riec', name: 'RIEC Zuid', ...prov },
      { id: 'pe-noord', kind: 'police-unit', name: 'Eenheid Noord', ...prov },
      { id: 'vr-noord', kind: 'safety-region', name: 'Veiligheidsregio Noord', code: 'VR01', ...prov },
      { id: 'prov-noord', kind: 'province', name: 'Noord', ...prov },
    ],
    municipalities: [
      {
        id: 'GM0001',
        name: 'Aadorp',
        regions: { province: 'prov-noord', policeUnit: 'pe-noord', riec: 'riec-noord', safetyRegion: 'vr-noord' },
        ...prov,
      },
      {
        id: 'GM0002',
        name: '=Beekdorp',
        regions: { province: 'prov-noord', policeUnit: 'pe-noord', riec: 'riec-noord', safetyRegion: 'vr-noord' },
        ...prov,
      },
      {
        id: 'GM0003',
        name: 'Ceedorp, "C"',
        regions: { province: 'prov-noord', policeUnit: 'pe-noord', riec: 'riec-zuid', safetyRegion: 'vr-noord' },
        ...prov,
      },
    ],
    barrierStages: [
      {
        id: 'werving',
        order: 1,
        name: 'Werving',
        description: 'Werven.',
        forms: ['sexual', 'labour', 'criminal'],
        recruitment: ['other'],
        signals: ['Vage vacature'],
        ...prov,
      },
      {
        id: 'werving-loverboy',
        order: 1,
        name: 'Werving via loverboy',
        description: 'Loverboy.',
        forms: ['sexual'],
        recruitment: ['loverboy'],
        signals: ['Spijbelen'],
        ...prov,
      },
      {
        id: 'huisvesting',
        order: 2,
        name: 'Huisvesting',
        description: 'Wonen.',
        forms: ['sexual', 'labour'],
        signals: ['Overbewoning'],
        ...prov,
      },
    ],
    barriers: [
      {
        id: 'woninginspectie',
        stage: 'huisvesting',
        name: 'Woninginspectie',
        instrument: 'Controle.',
        instrumentTypes: ['bestuurlijk'],
        legalBasis: ['APV'],
        forms: ['labour', 'sexual'],
        parties: ['gemeente', 'politie'],
        signals: ['Matrassen'],
        ...prov,
      },
      {
        id: 'politiecontrole',
        stage: 'huisvesting',
        name: 'Politiecontrole',
        instrument: 'Controle.',
        instrumentTypes: ['strafrechtelijk'],
        legalBasis: [],
        forms: ['labour'],
        parties: ['politie'],
        signals: [],
        ...prov,
      },
      {
        id: 'lespakket',
        stage: 'werving-loverboy',
        name: 'Lespakket',
        instrument: 'Lessen.',
        instrumentTypes: ['voorlichting'],
        legalBasis: [],
        forms: ['sexual'],
        recruitment: ['loverboy'],
        parties: ['scholen', 'gemeente'],
        signals: [],
        ...prov,
      },
    ],
    basisniveau: [
      {
        id: 'beleid',
        code: 'BN02',
        order: 2,
        name: 'Beleid',
        requirement: 'Er is beleid.',
        questions: [{ id: 'bn02-1', text: 'Is er beleid?' }],
        evidenceExamples: ['Raadsbesluit'],
        origins: ['letter-2014'],
        actionPerspectives: [{ question: 'bn02-1', text: 'Stel beleid op.', parties: ['riec'] }],
        ...prov,
      },
      {
        id: 'signalering',
        code: 'BN01',
        order: 1,
        name: 'Signalering',
        requirement: 'Er wordt gesignaleerd.',
        questions: [
          { id: 'bn01-1', text: 'Vraag een?' },
          { id: 'bn01-2', text: 'Vraag twee?' },
        ],
        evidenceExamples: ['Procedure'],
        origins: ['ccv-criteria'],
        actionPerspectives: [
          {
            question: 'bn01-1',
            text: 'Inspecteer woningen.',
            barriers: ['woninginspectie'],
            parties: ['gemeente', 'politie'],
          },
          { question: 'bn01-2', text: 'Spreek af wie signalen doorgeeft.', parties: ['gemeente'] },
        ],
        ...prov,
      },
    ],
  }
  const all = { ...base, ...overrides } as Record<string, unknown[]>
  return Object.fromEntries(ENTITY_KEYS.map((k) => [k, all[k] ?? []])) as unknown as Dataset
}

export const ALL_QUESTIONS = ['bn01-1', 'bn01-2', 'bn02-1'] as const
