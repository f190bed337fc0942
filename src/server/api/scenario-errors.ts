// SPDX-License-Identifier: EUPL-1.2
// A scenario (POST /route, POST /trajectory and their query forms) that the parser refused, as the
// API's 400: each detail keeps the domain's code and params, with the message in the answer's
// language beside them (ADR 0011).
import type { ScenarioError } from '../../domain/route/index.ts'
import { rendered, type Locale } from '../../messages/catalogue.ts'
import { invalid, type ApiError } from '../errors.ts'

export function invalidScenario(
  errors: readonly ScenarioError[],
  options: { readonly fromQuery: boolean; readonly locale: Locale; readonly message: string },
): ApiError {
  // Query errors name the field; body errors point into the JSON (RFC 6901).
  const path = (field: string): string => (options.fromQuery ? field : field === 'scenario' ? '/' : `/${field}`)
  return invalid(
    errors.map((e) => ({ path: path(e.path), ...rendered(options.locale, e) })),
    options.message,
  )
}
