// SPDX-License-Identifier: EUPL-1.2
// Small shapes the resources share (references to other records, resolved sources, the error
// body, the id parameter) and the functions that fill them from the catalogue.
import { Type, type Static, type TProperties } from '@sinclair/typebox'
import { Id, IsoDate, literalUnion } from '../../domain/common.ts'
import { PhaseId } from '../../domain/phase.ts'
import { PartyRef, RegionRef } from '../../domain/route/index.ts'
import { SOURCE_KINDS } from '../../domain/source.ts'
import { STATUSES } from '../../domain/common.ts'
import { isValidOn } from '../../domain/validity.ts'
import type { Catalog } from '../../domain/catalog/index.ts'

export { PartyRef, RegionRef }

export const SourceRef = Type.Object(
  {
    id: Id,
    title: Type.String(),
    url: Type.String({ format: 'uri' }),
    kind: literalUnion(SOURCE_KINDS),
    publisher: Type.Optional(Type.String()),
  },
  { additionalProperties: false, description: 'A cited source, resolved to its public address.' },
)
export type SourceRef = Static<typeof SourceRef>

export const AspectRef = Type.Object(
  { id: Id, name: Type.String(), phase: PhaseId, order: Type.Integer() },
  { additionalProperties: false },
)
export type AspectRef = Static<typeof AspectRef>

export const PhaseRef = Type.Object(
  { id: PhaseId, name: Type.String(), order: Type.Integer() },
  { additionalProperties: false },
)
export type PhaseRef = Static<typeof PhaseRef>

export const ErrorBody = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'A code from docs/errors.md, e.g. WGW_VALIDATION.' }),
        message: Type.String(),
        details: Type.Array(
          Type.Object(
            {
              path: Type.String({ description: 'Query field name, or JSON pointer into the body.' }),
              message: Type.String({
                description:
                  'What is wrong. Beside a code, in the language of the answer (lang, else Accept-Language, else Dutch); otherwise in English.',
              }),
              code: Type.Optional(
                Type.String({
                  description:
                    'For a refused scenario or trajectory input: the stable code of the problem (src/domain/scenario-errors.ts), e.g. scenario.error.age.',
                }),
              ),
              params: Type.Optional(
                Type.Object(
                  {},
                  {
                    additionalProperties: true,
                    description: 'The values the message is made of: the value given, the values allowed, dates.',
                  },
                ),
              ),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { title: 'Error', additionalProperties: false, description: 'Every API error has this shape.' },
)

export const IdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 80, description: 'Record id.' }) },
  { additionalProperties: false },
)
export type IdParams = Static<typeof IdParams>

export const StatusFilter = Type.Optional(literalUnion(STATUSES, 'Only records with this status.'))
export const AsOfFilter = Type.Optional({ ...IsoDate, description: 'Only records valid on this date (YYYY-MM-DD).' })
export const TextQuery = Type.Optional(
  Type.String({
    maxLength: 200,
    description: 'Words that must all occur in the name or text (case and accents ignored).',
  }),
)

/** A query-string schema: unknown fields are a 400 that names them. */
export function QueryOf<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: false })
}

/** A record's schema with `sources` (ids) replaced by the resolved sources. */
export function withResolvedSources<P extends TProperties>(properties: P) {
  const { sources: _ids, ...rest } = properties
  return { ...rest, sources: Type.Array(SourceRef, { description: 'The cited sources with their public addresses.' }) }
}

export function resolveSources(catalog: Catalog, ids: readonly string[]): SourceRef[] {
  return ids.flatMap((id) => {
    const s = catalog.byId('sources', id)
    return s === undefined
      ? []
      : [
          {
            id: s.id,
            title: s.title,
            url: s.url,
            kind: s.kind,
            ...(s.publisher === undefined ? {} : { publisher: s.publisher }),
          },
        ]
  })
}

export function partyRef(catalog: Catalog, id: string): PartyRef {
  const p = catalog.byId('parties', id)
  if (p === undefined) {
    return { id, name: id }
  }
  return {
    id: p.id,
    name: p.name,
    ...(p.shortName === undefined ? {} : { shortName: p.shortName }),
    ...(p.contact === undefined ? {} : { contact: p.contact }),
  }
}

export function aspectRef(catalog: Catalog, id: string): AspectRef {
  const a = catalog.byId('aspects', id)
  return a === undefined
    ? { id, name: id, phase: 'A', order: 0 }
    : { id: a.id, name: a.name, phase: a.phase, order: a.order }
}

export function phaseRef(catalog: Catalog, id: string): PhaseRef {
  const p = catalog.byId('phases', id)
  return p === undefined ? { id: id as PhaseRef['id'], name: id, order: 0 } : { id: p.id, name: p.name, order: p.order }
}

/** References to the regions that exist (the loader has already reported dangling ids). */
export function regionRefs(catalog: Catalog, ids: readonly string[]): RegionRef[] {
  return ids.flatMap((id) => {
    const r = catalog.byId('regions', id)
    return r === undefined
      ? []
      : [{ id: r.id, kind: r.kind, name: r.name, ...(r.code === undefined ? {} : { code: r.code }) }]
  })
}

/** Common list filters every curated record supports. */
export function keepRecord(
  record: { status: string; validFrom?: string; validTo?: string },
  query: { status?: string; asOf?: string },
): boolean {
  return (
    (query.status === undefined || record.status === query.status) &&
    (query.asOf === undefined || isValidOn(record, query.asOf))
  )
}
