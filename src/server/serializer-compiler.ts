// SPDX-License-Identifier: EUPL-1.2
// Response serialisers compiled on first use. Fastify asks for every route's serialiser (one per
// response status) while the routes are registered, and compiling them all with
// fast-json-stringify was about a sixth of a server start's CPU before the first answer; a
// response nobody asks for never pays. Same compiler and options as Fastify's default (no shared
// schemas are added with addSchema), one compilation per schema object.
import fastJson from 'fast-json-stringify'
import type { FastifySerializerCompiler } from 'fastify/types/schema.js'

type Serialise = (data: unknown) => string

const compiled = new WeakMap<object, Serialise>()

function compile(schema: object): Serialise {
  let serialise = compiled.get(schema)
  if (serialise === undefined) {
    serialise = fastJson(schema) as Serialise
    compiled.set(schema, serialise)
  }
  return serialise
}

export const lazySerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  let serialise: Serialise | undefined
  return (data) => (serialise ??= compile(schema as object))(data)
}
