// SPDX-License-Identifier: EUPL-1.2
// Request validation for the API scope. Fastify's default Ajv silently drops unknown fields; here
// an unknown query field or body field is a 400 that names it. Query strings and path parameters
// arrive as text and are coerced (page=2 → 2); bodies are JSON and are never coerced.
import { Ajv, type Options, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

const common: Options = {
  allErrors: true,
  removeAdditional: false,
  useDefaults: true,
  // Schemas carry $id (TypeBox titles for OpenAPI); never register them globally, or the second
  // route that embeds the same schema would clash with the first.
  addUsedSchema: false,
  strict: false,
}

const textParts = addFormats(new Ajv({ ...common, coerceTypes: 'array' }))
const jsonBodies = addFormats(new Ajv({ ...common, coerceTypes: false }))

const bodyCache = new WeakMap<object, ValidateFunction>()
const textCache = new WeakMap<object, ValidateFunction>()

/**
 * The validator compiler installed in the API scope (setValidatorCompiler). Compiles on first use:
 * Fastify asks for every route's validators at start-up, and compiling them all there cost about a
 * third of a server start (ADR 0009); a route nobody calls never pays.
 */
export const apiValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const key = schema as object
  const [ajv, cache] = httpPart === 'body' ? [jsonBodies, bodyCache] : [textParts, textCache]
  return lazily(() => {
    let validate = cache.get(key)
    if (validate === undefined) {
      validate = ajv.compile(key)
      cache.set(key, validate)
    }
    return validate
  })
}

/** A validate function that compiles on its first call and exposes the errors as Ajv's does. */
function lazily(compile: () => ValidateFunction): ValidateFunction {
  let compiled: ValidateFunction | undefined
  const validate = ((data: unknown) => {
    compiled ??= compile()
    const valid = compiled(data)
    validate.errors = compiled.errors
    return valid
  }) as ValidateFunction
  validate.errors = null
  return validate
}
