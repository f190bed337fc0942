// SPDX-License-Identifier: EUPL-1.2
// A route's dataset texts in English (ADR 0038). The engine builds a route from the Dutch records;
// the English of each item is looked up in the record it came from (party, responsibility, right,
// phase, aspect, region) and phone texts come from the phones' own `en`. Used where a route is
// put into English: once per kept fragment in the API's route JSON, and whole by localiseRoute.
import type { TranslationStatus } from '../common.ts'
import type { Catalog } from '../catalog/index.ts'
import { inEnglish } from '../english.ts'
import type { Party } from '../party.ts'
import type {
  ItemRef,
  PartyRef,
  RegionalParty,
  RouteAspect,
  RouteParty,
  RoutePhase,
  RouteRight,
} from './route-schema.ts'
import type { SummaryAction } from './summary-schema.ts'

type Lookup = Pick<Catalog, 'byId'>
type EnglishBlock = { readonly translation?: Readonly<Record<string, TranslationStatus>> } & Readonly<
  Record<string, unknown>
>

/** The English of `field` when the block has it, else the Dutch text as it is. */
function text(en: EnglishBlock | undefined, field: string, dutch: string): string {
  const english = en?.[field]
  return typeof english === 'string' ? english : dutch
}

/** Status of each text given in English (a text without status counts as machine, ADR 0027). */
function statuses(
  en: EnglishBlock | undefined,
  fields: readonly (readonly [string, string | undefined])[],
): Record<string, TranslationStatus> | undefined {
  const out: Record<string, TranslationStatus> = {}
  for (const [field, from] of fields) {
    if (typeof en?.[from ?? field] === 'string') {
      out[field] = en?.translation?.[from ?? field] ?? 'machine'
    }
  }
  return Object.keys(out).length === 0 ? undefined : out
}

export class RouteEnglish {
  constructor(readonly catalog: Lookup) {}

  #party(id: string): Party | undefined {
    return this.catalog.byId('parties', id)
  }

  /** Name and short name of a party by its id, and its contact with the phones' English. */
  names<T extends { name: string; shortName?: string; contact?: Party['contact'] }>(id: string, item: T): T {
    const en = this.#party(id)?.en
    return {
      ...item,
      name: text(en, 'name', item.name),
      ...(item.shortName === undefined ? {} : { shortName: text(en, 'shortName', item.shortName) }),
      ...(item.contact === undefined ? {} : { contact: inEnglish(item.contact) }),
    }
  }

  party(item: RouteParty): RouteParty {
    const en = this.catalog.byId('responsibilities', item.responsibility)?.en
    const translation = statuses(en, [
      ['role', undefined],
      ['description', undefined],
    ])
    return {
      ...this.names(item.id, item),
      role: text(en, 'role', item.role),
      description: text(en, 'description', item.description),
      ...(translation === undefined ? {} : { translation }),
    }
  }

  right(item: RouteRight): RouteRight {
    const en = this.catalog.byId('rights', item.id)?.en
    const translation = statuses(en, [
      ['name', undefined],
      ['summary', undefined],
      ...(item.amount === undefined ? [] : [['amount', undefined] as const]),
    ])
    return {
      ...item,
      name: text(en, 'name', item.name),
      summary: text(en, 'summary', item.summary),
      ...(item.amount === undefined ? {} : { amount: text(en, 'amount', item.amount) }),
      limits: inEnglish(item.limits, 'limits'),
      providerParties: item.providerParties.map((p: PartyRef) => this.names(p.id, p)),
      ...(translation === undefined ? {} : { translation }),
    }
  }

  phase<T extends Pick<RoutePhase, 'id' | 'name'>>(phase: T): T {
    return { ...phase, name: text(this.catalog.byId('phases', phase.id)?.en, 'name', phase.name) }
  }

  aspect<T extends Pick<RouteAspect, 'id' | 'name'>>(aspect: T): T {
    return { ...aspect, name: text(this.catalog.byId('aspects', aspect.id)?.en, 'name', aspect.name) }
  }

  /** Who answers a number: the party's short name, or its name. */
  #callName(id: string, name: string): string {
    const party = this.#party(id)
    return party?.shortName === name ? text(party.en, 'shortName', name) : text(party?.en, 'name', name)
  }

  ref(ref: ItemRef): ItemRef {
    const en = ref.kind === 'party' ? this.#party(ref.id)?.en : this.catalog.byId('rights', ref.id)?.en
    return { ...ref, name: text(en, 'name', ref.name) }
  }

  /** A region reference with the region's English name. */
  #region<T extends { id: string; name: string }>(region: T): T {
    return { ...region, name: text(this.catalog.byId('regions', region.id)?.en, 'name', region.name) }
  }

  regionalParty(rp: RegionalParty): RegionalParty {
    return { ...this.names(rp.id, rp), region: this.#region(rp.region) }
  }

  summary(action: SummaryAction): SummaryAction {
    const { party, call } = action
    const regional = party.regional
    return {
      ...action,
      party: {
        ...this.names(party.id, party),
        ...(regional === undefined
          ? {}
          : {
              regional: { ...this.names(regional.id, regional), region: this.#region(regional.region) },
            }),
      },
      ...(call === undefined
        ? {}
        : { call: { ...call, name: this.#callName(call.partyId, call.name), phone: inEnglish(call.phone) } }),
    }
  }
}
