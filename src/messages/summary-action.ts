// SPDX-License-Identifier: EUPL-1.2
// The words of a route summary action (code + params from the domain) in a language: the reader's
// own wording where the catalogue has one (`summaryActions.<asker>`), else the general one. The
// reflection period's limit comes as a number and a unit and is worded here.
import type { Asker } from '../domain/asker.ts'
import type { SummaryAction, SummaryCode, SummaryParams } from '../domain/route/index.ts'
import { messages, type Locale } from './catalogue.ts'

/** The parameters as a catalogue text reads them: the duration already worded ("3 maanden"). */
export interface SummaryWords extends Omit<SummaryParams, 'durationValue' | 'durationUnit'> {
  readonly duration?: string
}

type Say = (p: SummaryWords) => string

/** The catalogue's text for this code and reader; undefined when it has none. */
export function summaryWording(locale: Locale, code: SummaryCode, asker: Asker | undefined): Say | undefined {
  const texts = messages(locale).summaryActions as unknown as Readonly<
    Record<string, Readonly<Partial<Record<SummaryCode, Say>>> | undefined>
  >
  return (asker === undefined ? undefined : texts[asker]?.[code]) ?? texts.general?.[code]
}

export function summaryActionText(
  locale: Locale,
  action: Pick<SummaryAction, 'code' | 'params'>,
  asker: Asker | undefined,
): string {
  const say = summaryWording(locale, action.code, asker)
  if (say === undefined) {
    // test/route/asker.test.ts checks every reader's order has a wording.
    throw new Error(`no wording for summary action '${action.code}' (${asker ?? 'general'}) in ${locale}`)
  }
  const { durationValue, durationUnit, ...rest } = action.params as SummaryParams
  const duration =
    durationValue === undefined || durationUnit === undefined
      ? undefined
      : messages(locale).labels.timeUnits[durationUnit](Number(durationValue))
  return say(duration === undefined ? rest : { ...rest, duration })
}
