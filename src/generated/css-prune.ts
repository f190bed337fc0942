// SPDX-License-Identifier: EUPL-1.2
// Cuts a component library's CSS down to the classes a site uses: a rule stays when one of its
// selectors can match markup that uses only those classes, a custom property (design token) stays
// when a kept declaration reads it, directly or through other tokens. Build-time only (postcss).
import postcss, { type AtRule, type ChildNode, type Container, type Declaration, type Root } from 'postcss'

/** Classes of this prefix are the library's; a selector needing one that is not used cannot match. */
export const LIBRARY_PREFIX = 'utrecht-'

const VAR_REF = /var\(\s*(--[\w-]+)/g

/** The custom properties a value reads with var(). */
export function varReferences(value: string): string[] {
  return [...value.matchAll(VAR_REF)].map((m) => m[1] ?? '')
}

/** Index of the parenthesis that closes the one opened just before `from`. */
function closingParen(s: string, from: number): number {
  let depth = 1
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      i++
    } else if (c === '"' || c === "'") {
      i = s.indexOf(c, i + 1)
      if (i === -1) {
        return s.length
      }
    } else if (c === '(') {
      depth++
    } else if (c === ')' && --depth === 0) {
      return i
    }
  }
  return s.length
}

/** Splits at commas that are not inside parentheses, brackets or strings. */
export function splitTopLevel(list: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  let quote: string | undefined
  for (let i = 0; i < list.length; i++) {
    const c = list[i]
    if (quote !== undefined) {
      if (c === '\\') {
        i++
      } else if (c === quote) {
        quote = undefined
      }
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '(' || c === '[') {
      depth++
    } else if (c === ')' || c === ']') {
      depth--
    } else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(list.slice(start).trim())
  return parts.filter((p) => p !== '')
}

/** Pseudo-classes whose argument must match for the selector to match. */
const MATCHING_PSEUDOS = new Set([':is', ':where', ':has', ':matches', ':-webkit-any', ':-moz-any'])

/**
 * Whether `selector` can match markup whose library classes are all in `used`: every library class
 * outside :not() is used, and for :is()/:where()/:has() at least one argument can match. A class
 * inside :not() only narrows the selector, so it never makes it unmatchable.
 */
export function canMatch(selector: string, used: ReadonlySet<string>): boolean {
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]
    if (c === '\\') {
      i++
    } else if (c === '[') {
      i = selector.indexOf(']', i)
      if (i === -1) {
        return true
      }
    } else if (c === '.') {
      const m = /^[\w-]+/.exec(selector.slice(i + 1))
      const name = m?.[0] ?? ''
      if (name.startsWith(LIBRARY_PREFIX) && !used.has(name)) {
        return false
      }
      i += name.length
    } else if (c === ':') {
      const m = /^::?[\w-]+/.exec(selector.slice(i))
      const pseudo = m?.[0] ?? ':'
      const open = i + pseudo.length
      if (selector[open] !== '(') {
        i = open - 1
        continue
      }
      const close = closingParen(selector, open + 1)
      if (MATCHING_PSEUDOS.has(pseudo)) {
        const args = splitTopLevel(selector.slice(open + 1, close))
        // :has(+ .x) and :has(> .x) start with a combinator; canMatch ignores it.
        if (args.length > 0 && !args.some((a) => canMatch(a, used))) {
          return false
        }
      }
      i = close
    }
  }
  return true
}

export interface PruneInput {
  /** Library stylesheets (tokens first, then components), pruned and returned in this order. */
  readonly library: readonly string[]
  /** The site's own CSS, kept whole: its var() references keep tokens alive. */
  readonly own: string
  /** Every library class the site's markup uses. */
  readonly used: ReadonlySet<string>
}

export interface PruneResult {
  readonly css: string
  readonly keptRules: number
  readonly droppedRules: number
  readonly keptProperties: number
  readonly droppedProperties: number
}

const isCustom = (d: Declaration): boolean => d.prop.startsWith('--')

function inKeyframes(node: ChildNode): boolean {
  for (let p = node.parent; p !== undefined && p.type !== 'root'; p = p.parent as Container | undefined) {
    if (p.type === 'atrule' && /keyframes$/i.test((p as AtRule).name)) {
      return true
    }
  }
  return false
}

/** Removes at-rules and rules left without content, innermost first. */
function removeEmpty(container: Container): void {
  container.each((node) => {
    if (node.type === 'rule' || node.type === 'atrule') {
      if (node.nodes !== undefined) {
        removeEmpty(node)
        if (node.nodes.length === 0) {
          node.remove()
        }
      }
    }
  })
}

/** Prunes the library stylesheets to what `used` and the site's own CSS need; minified output. */
export function pruneLibraryCss(input: PruneInput): PruneResult {
  const roots: Root[] = input.library.map((css) => postcss.parse(css))
  let keptRules = 0
  let droppedRules = 0

  // 1. Selectors that cannot match the site's markup go; a rule without selectors goes.
  for (const root of roots) {
    root.walkRules((rule) => {
      if (inKeyframes(rule)) {
        return
      }
      const selectors = splitTopLevel(rule.selector).filter((s) => canMatch(s, input.used))
      if (selectors.length === 0) {
        rule.remove()
        droppedRules++
      } else {
        rule.selector = selectors.join(',')
        keptRules++
      }
    })
  }

  // 2. Custom properties: keep those read by a kept declaration, following token → token chains.
  const definitions = new Map<string, Declaration[]>()
  const needed = new Set<string>()
  const queue: string[] = []
  const need = (value: string): void => {
    for (const name of varReferences(value)) {
      if (!needed.has(name)) {
        needed.add(name)
        queue.push(name)
      }
    }
  }
  for (const root of roots) {
    root.walkDecls((d) => {
      if (isCustom(d)) {
        definitions.set(d.prop, [...(definitions.get(d.prop) ?? []), d])
      } else {
        need(d.value)
      }
    })
  }
  postcss.parse(input.own).walkDecls((d) => need(d.value))
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    for (const d of definitions.get(name) ?? []) {
      need(d.value)
    }
  }
  let keptProperties = 0
  let droppedProperties = 0
  for (const [name, decls] of definitions) {
    for (const d of decls) {
      if (needed.has(name)) {
        keptProperties++
      } else {
        d.remove()
        droppedProperties++
      }
    }
  }

  // 3. Keyframes nobody animates with go; then everything left empty.
  const animated = new Set<string>()
  for (const root of roots) {
    root.walkDecls(/^animation(-name)?$/, (d) => {
      for (const word of d.value.split(/[\s,]+/)) {
        animated.add(word)
      }
    })
  }
  for (const root of roots) {
    root.walkAtRules(/keyframes$/i, (at) => {
      if (!animated.has(at.params.trim())) {
        at.remove()
      }
    })
    root.walkComments((c) => {
      c.remove()
    })
    root.walkAtRules('charset', (at) => {
      at.remove()
    })
    removeEmpty(root)
  }
  return { css: roots.map(minify).join('\n'), keptRules, droppedRules, keptProperties, droppedProperties }
}

/** Whitespace-free output, one rule per line so a diff of the generated file stays readable. */
function minify(root: Root): string {
  root.walk((node) => {
    node.raws.before = node.parent?.type === 'root' ? '\n' : ''
    if (node.type === 'decl') {
      node.raws.between = ':'
      node.value = node.value.replace(/\s+/g, ' ').trim()
    } else if (node.type === 'rule') {
      node.selector = splitTopLevel(node.selector)
        .map((s) => s.replace(/\s+/g, ' '))
        .join(',')
      node.raws.between = ''
      node.raws.after = ''
      node.raws.semicolon = false
    } else if (node.type === 'atrule') {
      node.params = node.params.replace(/\s+/g, ' ').trim()
      node.raws.afterName = node.params === '' ? '' : ' '
      node.raws.between = ''
      node.raws.after = ''
      node.raws.semicolon = false
    }
  })
  return root.toString().trim()
}
