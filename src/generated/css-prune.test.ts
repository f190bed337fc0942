// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import { canMatch, pruneLibraryCss, splitTopLevel, varReferences } from './css-prune.ts'

const used = new Set(['utrecht-button', 'utrecht-button--primary-action', 'utrecht-link'])

describe('canMatch', () => {
  it.each([
    ['.utrecht-button', true],
    ['.utrecht-button.utrecht-button--primary-action:hover', true],
    ['.utrecht-accordion', false],
    ['.utrecht-button .utrecht-icon', false],
    // :not() only narrows: an unused class inside it never makes the selector unmatchable.
    ['.utrecht-button:not(.utrecht-button--disabled)', true],
    ['.utrecht-button:not(:disabled, [aria-disabled=true], .utrecht-button--disabled)', true],
    // :is()/:where()/:has() need one argument that can match.
    [':where(.utrecht-link, .utrecht-accordion) a', true],
    [':where(.utrecht-accordion, .utrecht-alert) a', false],
    ['.utrecht-button:has(+ .utrecht-alert)', false],
    ['.utrecht-button:has(+ .utrecht-link)', true],
    // Classes of other prefixes and plain element selectors are not the library's to judge.
    ['html', true],
    ['.wgw-card .utrecht-link', true],
    ['[class~="utrecht-accordion"] .utrecht-link', true],
  ])('%s → %s', (selector, expected) => {
    expect(canMatch(selector, used)).toBe(expected)
  })
})

describe('splitTopLevel and varReferences', () => {
  it('splits selector lists only at top-level commas', () => {
    expect(splitTopLevel('.a:is(.b, .c), .d[x="1,2"], .e')).toEqual(['.a:is(.b, .c)', '.d[x="1,2"]', '.e'])
  })
  it('finds every custom property a value reads', () => {
    expect(varReferences('calc(var(--a) + var( --b, var(--c)))')).toEqual(['--a', '--b', '--c'])
  })
})

describe('pruneLibraryCss', () => {
  const tokens = `.utrecht-theme { --utrecht-color-blue: #00f; --utrecht-link-color: var(--utrecht-color-blue);
    --utrecht-color-red: #f00; --utrecht-accordion-color: var(--utrecht-color-red); --utrecht-own: 1px; }`
  const components = `/* @license EUPL-1.2 */
.utrecht-link { color: var(--utrecht-link-color); --_private: var(--utrecht-accordion-color); }
.utrecht-accordion { color: var(--utrecht-accordion-color); animation: spin 1s; }
@media (min-width: 40em) { .utrecht-accordion { display: grid } }
@media print { .utrecht-link, .utrecht-accordion { color: black } }
@keyframes spin { from { rotate: 0 } to { rotate: 1turn } }`
  const result = pruneLibraryCss({
    library: [tokens, components],
    own: '.wgw-x { border-width: var(--utrecht-own); }',
    used: new Set(['utrecht-theme', 'utrecht-link']),
  })

  it('keeps the rules of used classes and drops the rest, at-rules left empty included', () => {
    expect(result.css).toContain('.utrecht-link{color:var(--utrecht-link-color)')
    expect(result.css).not.toContain('.utrecht-accordion')
    expect(result.css).toContain('@media print{.utrecht-link{color:black}}')
    expect(result.css).not.toContain('min-width')
    expect(result.css).not.toContain('@keyframes')
    expect(result.css).not.toContain('@license')
  })

  it('keeps the tokens kept rules and our own CSS read, following chains of tokens', () => {
    expect(result.css).toContain('--utrecht-link-color:var(--utrecht-color-blue)')
    expect(result.css).toContain('--utrecht-color-blue:#00f')
    expect(result.css).toContain('--utrecht-own:1px')
    // A custom property nobody reads is dead, and so is what only it read.
    expect(result.css).not.toContain('--_private')
    expect(result.css).not.toContain('--utrecht-accordion-color')
    expect(result.css).not.toContain('--utrecht-color-red')
  })

  it('counts what it kept and dropped', () => {
    expect(result.droppedRules).toBe(2)
    expect(result.keptProperties).toBe(3)
    expect(result.droppedProperties).toBe(3)
  })
})
