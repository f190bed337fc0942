// SPDX-License-Identifier: EUPL-1.2
// `--lang nl|en`: the language of a command's text output (and of the messages in its JSON).
import { isLocale, LOCALES, type Locale } from '../messages/catalogue.ts'
import { UsageError } from './io.ts'

export const LANG_FLAG = { lang: { type: 'string' } } as const

export function localeFlag(value: string | undefined): Locale {
  if (value === undefined) {
    return 'nl'
  }
  if (!isLocale(value)) {
    throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, got '${value}'`)
  }
  return value
}
