// SPDX-License-Identifier: EUPL-1.2
// Parses one YAML data file and maps JSON pointers back to line and column, so every problem can
// name the exact place in the file.
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml'

export interface ParsedFile {
  readonly path: string
  readonly value: unknown
  readonly syntaxErrors: { line: number; column: number; message: string }[]
  /** Line and column (1-based) of the value at a JSON pointer, or of the key when `key` is true. */
  locate(pointer: string, key?: boolean): { line: number; column: number }
}

export function parseYamlFile(path: string, text: string): ParsedFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true })
  const syntaxErrors = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 }
    return { line: pos.line, column: pos.col, message: firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '') }
  })
  let value: unknown = null
  if (doc.errors.length === 0) {
    value = doc.toJS({ maxAliasCount: 0 })
  }
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset)
    return { line: pos.line, column: pos.col }
  }
  return {
    path,
    value,
    syntaxErrors,
    locate(pointer, key = false) {
      const node = findNode(doc, pointerSegments(pointer), key)
      const range = node?.range
      return range === undefined || range === null ? { line: 1, column: 1 } : at(range[0])
    },
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') {
    return []
  }
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Walks as deep as the pointer goes; returns the deepest node that exists. */
function findNode(doc: Document, segments: string[], wantKey: boolean): Node | undefined {
  let node: unknown = doc.contents
  let found: Node | undefined = isNodeLike(node) ? node : undefined
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]
    const last = i === segments.length - 1
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg)
      if (pair === undefined) {
        return found
      }
      if (last && wantKey && isNodeLike(pair.key)) {
        return pair.key
      }
      node = pair.value
    } else if (node !== null && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
      node = node.items[Number(seg)]
    } else {
      return found
    }
    if (isNodeLike(node)) {
      found = node
    }
  }
  return found
}

function isNodeLike(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && 'range' in value
}
