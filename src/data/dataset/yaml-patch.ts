// SPDX-License-Identifier: EUPL-1.2
// Writes an edited record back into the text of its YAML file with the smallest change: a value
// that changed is replaced where it stands, so comments, key order, quoting and line breaks of
// everything else stay as the author wrote them (a git diff shows only the edit; ADR 0020).
import { isDeepStrictEqual } from 'node:util'
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml'

interface Edit {
  readonly from: number
  readonly to: number
  readonly text: string
}

/** Thrown inside the walk when a change is not a plain value swap (the caller falls back). */
class NeedsRewrite extends Error {}

/**
 * The YAML text of `value`, derived from `text` (the file as it was). Unchanged content returns
 * `text` itself. The result always parses to `value`: when a change cannot be made in place, the
 * document is rewritten through the YAML library (comments kept), and as a last resort from scratch.
 */
export function patchYamlText(text: string, value: unknown): string {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) {
    return freshYaml(value)
  }
  if (isDeepStrictEqual(doc.toJS(), value)) {
    return text
  }
  try {
    const edits: Edit[] = []
    collectEdits(doc.contents, value, edits)
    const patched = applyEdits(text, edits)
    if (parsesTo(patched, value)) {
      return patched
    }
  } catch (error) {
    if (!(error instanceof NeedsRewrite)) {
      throw error
    }
  }
  const rewritten = rewriteDocument(doc, value)
  return parsesTo(rewritten, value) ? rewritten : freshYaml(value)
}

/** YAML for a record that has no file yet: block style, keys in the order given. */
export function freshYaml(value: unknown): string {
  return new Document(value).toString({ lineWidth: 100 })
}

function parsesTo(text: string, value: unknown): boolean {
  const doc = parseDocument(text)
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), value)
}

function collectEdits(node: unknown, value: unknown, edits: Edit[]): void {
  if (isMap(node) && isPlainObject(value)) {
    const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : undefined))
    const wanted = Object.keys(value)
    if (keys.length !== wanted.length || !wanted.every((k) => keys.includes(k))) {
      throw new NeedsRewrite('keys added or removed')
    }
    for (const pair of node.items) {
      collectEdits(pair.value, value[String((pair.key as { value: unknown }).value)], edits)
    }
    return
  }
  if (isSeq(node) && Array.isArray(value)) {
    if (node.items.length !== value.length) {
      throw new NeedsRewrite('items added or removed')
    }
    node.items.forEach((item, i) => collectEdits(item, value[i], edits))
    return
  }
  if (isScalar(node) && isPrimitive(value)) {
    if (node.toJSON() === value) {
      return
    }
    const range = (node as Node).range
    // Block scalars (| and >) span lines with their own indentation: leave them to the rewrite.
    if (range === undefined || range === null || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      throw new NeedsRewrite('block scalar changed')
    }
    edits.push({ from: range[0], to: range[1], text: inlineScalar(value, node.type) })
    return
  }
  throw new NeedsRewrite('value changed shape')
}

/** A scalar valid both in block and in flow context, quoted as the value it replaces was. */
function inlineScalar(value: string | number | boolean | null, style: string | undefined): string {
  if (typeof value !== 'string') {
    return value === null ? 'null' : String(value)
  }
  if (style === 'QUOTE_DOUBLE') {
    return JSON.stringify(value)
  }
  if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) {
    return `'${value.replaceAll("'", "''")}'`
  }
  // Plain when it is unambiguous text (reads back as this same string, in flow lists too).
  if (/^[\p{L}\p{N}][\p{L}\p{N} ._@+()/'’-]*$/u.test(value) && !/ $/.test(value)) {
    const back = parseDocument(`[${value}]`)
    if (back.errors.length === 0 && isDeepStrictEqual(back.toJS(), [value])) {
      return value
    }
  }
  return JSON.stringify(value)
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
    out = out.slice(0, edit.from) + edit.text + out.slice(edit.to)
  }
  return out
}

/** Sets every changed value through the document model (keeps comments; may re-wrap long text). */
function rewriteDocument(doc: Document, value: unknown): string {
  if (!isPlainObject(value) || !isMap(doc.contents)) {
    return freshYaml(value)
  }
  syncMap(doc, doc.contents, value)
  return doc.toString({ lineWidth: 100 })
}

function syncMap(doc: Document, map: YAMLMap, value: Record<string, unknown>): void {
  for (const pair of [...map.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    if (key === undefined || !(key in value)) {
      map.delete(pair.key)
    }
  }
  for (const [key, v] of Object.entries(value)) {
    const current = map.get(key, true)
    if (current !== undefined && isDeepStrictEqual((current as { toJSON(): unknown }).toJSON(), v)) {
      continue
    }
    if (isMap(current) && isPlainObject(v)) {
      syncMap(doc, current, v)
      continue
    }
    map.set(key, doc.createNode(v))
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}
