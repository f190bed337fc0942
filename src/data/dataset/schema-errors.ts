// SPDX-License-Identifier: EUPL-1.2
// Turns Ajv's raw errors into short messages that name the field and say what is allowed.
import type { ErrorObject } from 'ajv'

export interface FieldError {
  /** JSON pointer of the offending value. */
  readonly pointer: string
  /** Point at the key rather than the value (unknown fields). */
  readonly atKey: boolean
  readonly message: string
  readonly hint?: string
}

export function describeSchemaErrors(errors: readonly ErrorObject[]): FieldError[] {
  const out: FieldError[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    const fe = describe(e)
    const key = `${fe.pointer}|${fe.message}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(fe)
    }
  }
  return out
}

function fieldName(pointer: string): string {
  return pointer === '' ? 'record' : pointer.replace(/^\//, '').replace(/\//g, '.')
}

function describe(e: ErrorObject): FieldError {
  const field = fieldName(e.instancePath)
  const params = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return {
        pointer: e.instancePath,
        atKey: false,
        message: `missing required field '${e.instancePath === '' ? '' : `${field}.`}${String(params['missingProperty'])}'`,
      }
    case 'additionalProperties': {
      const name = String(params['additionalProperty'])
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      return {
        pointer: `${e.instancePath}/${name}`,
        atKey: true,
        message: `unknown field '${e.instancePath === '' ? '' : `${field}.`}${name}'`,
        hint: allowed.length > 0 ? `allowed here: ${allowed.join(', ')}` : undefined,
      }
    }
    case 'enum':
      return {
        pointer: e.instancePath,
        atKey: false,
        message: `${field} has value ${JSON.stringify(e.data)}, which is not allowed`,
        hint: `one of: ${(params['allowedValues'] as unknown[]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`,
      }
    case 'type':
      return {
        pointer: e.instancePath,
        atKey: false,
        message: `${field} must be of type ${String(params['type'])}, not ${typeName(e.data)}`,
      }
    case 'format':
      return {
        pointer: e.instancePath,
        atKey: false,
        message: `${field} is not a valid ${String(params['format'])}: ${JSON.stringify(e.data)}`,
        hint: params['format'] === 'date' ? 'use a real calendar date as YYYY-MM-DD' : undefined,
      }
    case 'pattern': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description
      return {
        pointer: e.instancePath,
        atKey: false,
        message: `${field} has the wrong form: ${JSON.stringify(e.data)}`,
        hint: description ?? `must match ${String(params['pattern'])}`,
      }
    }
    case 'uniqueItems':
      return { pointer: e.instancePath, atKey: false, message: `${field} lists the same value twice` }
    default:
      return { pointer: e.instancePath, atKey: false, message: `${field} ${e.message ?? 'is invalid'}` }
  }
}

function typeName(value: unknown): string {
  if (value === null) {
    return 'null'
  }
  return Array.isArray(value) ? 'array' : typeof value
}
