// SPDX-License-Identifier: EUPL-1.2
// Route of the scenario wizard (/situatie). Step 1 submits to /situatie?stap=2, step 2 submits to
// /route; both are plain GET forms, so the scenario is in the URL and nothing is stored.
import type { FastifyInstance } from 'fastify'
import { pageRoute, queryValue, type NotFoundRenderer, type PageResult, type WebDeps } from '../../routing.ts'
import type { PageContext } from '../../page-context.ts'
import type { ScenarioError } from '../../../domain/route/index.ts'
import {
  parseScenarioQuery,
  readScenarioQuery,
  STEP_FIELD,
  stepOfError,
  type ScenarioQueryValues,
} from './scenario-query.ts'
import { errorsOfStep, wizardPage } from './template.ts'

/** The wizard at the step of the first error, showing that step's errors (status 400). */
export function wizardWithErrors(
  ctx: PageContext,
  query: ScenarioQueryValues,
  errors: readonly ScenarioError[],
): PageResult {
  const step = errors.some((e) => stepOfError(e) === 1) ? 1 : 2
  // Unknown fields are dropped from the form, so they are reported once and then gone.
  const cleaned: ScenarioQueryValues = { ...query, unknownFields: [] }
  return { status: 400, html: wizardPage(ctx, { step, query: cleaned, errors: errorsOfStep(errors, step) }) }
}

export function registerWizardPage(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(
    app,
    deps,
    '/situatie',
    (ctx, request) => {
      const query = readScenarioQuery(request)
      if (queryValue(request, STEP_FIELD) !== '2') {
        // Step 1 (also when coming back to change answers): prefilled, nothing judged yet.
        return wizardPage(ctx, { step: 1, query: { ...query, unknownFields: [] }, errors: [] })
      }
      const parsed = parseScenarioQuery(ctx.data.catalog, ctx.data.asOf, query)
      if (!parsed.ok) {
        return wizardWithErrors(ctx, query, parsed.errors)
      }
      return wizardPage(ctx, { step: 2, query, errors: [] })
    },
    notFound,
  )
}
