// SPDX-License-Identifier: EUPL-1.2
// The search API as one encapsulated plugin (error shape and strict query validation included),
// for app.ts to register under /api/v1 until a shared API plugin takes the route over.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { apiErrorHandler } from '../error-handler.ts'
import { apiValidatorCompiler } from '../validation.ts'
import { searchRoutes } from './routes.ts'

export async function searchApi(app: FastifyInstance, ctx: Pick<AppContext, 'db'>): Promise<void> {
  app.setErrorHandler(apiErrorHandler)
  app.setValidatorCompiler(apiValidatorCompiler)
  await searchRoutes(app, ctx)
}
