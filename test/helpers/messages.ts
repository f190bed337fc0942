// SPDX-License-Identifier: EUPL-1.2
// Route and analysis messages as text, for tests that assert the words.
import type { Message } from '../../src/domain/message.ts'
import { render, type Locale } from '../../src/messages/catalogue.ts'

export function texts(messages: readonly Message[], locale: Locale = 'nl'): string[] {
  return messages.map((m) => render(locale, m))
}
