// SPDX-License-Identifier: EUPL-1.2
// Makes broken copies of the real dataset and checks that the validator reports each break in the
// right file, on the right line — and that the real dataset itself passes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { formatProblem, type Problem } from '../../src/data/dataset/problem.ts'

const realData = join(import.meta.dirname, '../../data')

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wegwijzer-broken-'))
})
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

function copyData(name: string): string {
  const dir = join(work, name)
  cpSync(realData, dir, { recursive: true })
  return dir
}

function firstFile(dir: string, sub: string, predicate: (text: string) => boolean = () => true): string {
  const name = readdirSync(join(dir, sub))
    .sort()
    .find((n) => predicate(readFileSync(join(dir, sub, n), 'utf8')))
  if (name === undefined) {
    throw new Error(`no suitable file in ${sub}`)
  }
  return join(dir, sub, name)
}

/** Replaces the first line matching `pattern` and returns its 1-based line number. */
function replaceLine(path: string, pattern: RegExp, replacement: string): number {
  const lines = readFileSync(path, 'utf8').split('\n')
  const index = lines.findIndex((l) => pattern.test(l))
  if (index < 0) {
    throw new Error(`no line matching ${pattern} in ${path}`)
  }
  lines[index] = replacement
  writeFileSync(path, lines.join('\n'))
  return index + 1
}

function appendLine(path: string, line: string): number {
  const text = readFileSync(path, 'utf8').replace(/\n*$/, '\n')
  writeFileSync(path, `${text}${line}\n`)
  return text.split('\n').length
}

function problemsFor(dir: string): Problem[] {
  return loadDataset(dir, dir).problems
}

function expectProblem(problems: Problem[], file: string, line: number, message: RegExp): void {
  const rel = file.slice(file.indexOf('/', work.length + 1) + 1)
  const hit = problems.find((p) => p.file === rel && p.line === line && message.test(p.message))
  expect(hit, `expected ${rel}:${line} ${message}\ngot:\n${problems.map(formatProblem).join('\n')}`).toBeDefined()
}

describe('the national dataset', () => {
  it('passes validation without a single problem', () => {
    const { problems, dataset } = loadDataset(realData)
    expect(problems.map(formatProblem)).toEqual([])
    expect(dataset.municipalities).toHaveLength(342)
  })
})

describe('broken copies are reported with file and line', () => {
  it('a reference to a party that does not exist', () => {
    const dir = copyData('broken-reference')
    const file = firstFile(dir, 'responsibilities')
    const line = replaceLine(file, /^party: /, 'party: no-such-party')
    expectProblem(problemsFor(dir), file, line, /unknown party 'no-such-party'/)
  })

  it('a duplicate id', () => {
    const dir = copyData('duplicate-id')
    const original = firstFile(dir, 'parties')
    const copy = original.replace(/\.yaml$/, '-copy.yaml')
    writeFileSync(copy, readFileSync(original, 'utf8'))
    const line =
      readFileSync(copy, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('id: ')) + 1
    const problems = problemsFor(dir)
    // The second file read (in name order) is the duplicate; its hint names the first.
    const [first, second] = [original, copy].sort()
    expectProblem(problems, second ?? copy, line, /duplicate party id/)
    expect(problems.find((p) => /duplicate party id/.test(p.message))?.hint).toContain(
      (first ?? original).split('/').pop(),
    )
    expectProblem(problems, copy, line, /does not match the file name/)
  })

  it('a date that does not exist', () => {
    const dir = copyData('bad-date')
    const file = firstFile(dir, 'parties', (t) => !/^valid(From|To):/m.test(t))
    const line = appendLine(file, 'validFrom: 2023-02-30')
    expectProblem(problemsFor(dir), file, line, /validFrom is not a valid date/)
  })

  it('a validity range that is reversed', () => {
    const dir = copyData('reversed-range')
    const file = firstFile(dir, 'rights', (t) => !/^valid(From|To):/m.test(t))
    appendLine(file, 'validFrom: 2024-01-01')
    const line = appendLine(file, 'validTo: 2023-01-01')
    expectProblem(problemsFor(dir), file, line, /validity range is reversed/)
  })

  it('a record without sources', () => {
    const dir = copyData('missing-source')
    const file = firstFile(dir, 'indicators', (t) => /^sources: \[/m.test(t))
    replaceLine(file, /^sources: /, '')
    expectProblem(problemsFor(dir), file, 1, /missing required field 'sources'/)
  })

  it('a reference to a source that does not exist', () => {
    const dir = copyData('unknown-source')
    const file = firstFile(dir, 'aspects', (t) => /^sources: \[/m.test(t))
    const line = replaceLine(file, /^sources: /, 'sources: [no-such-source]')
    expectProblem(problemsFor(dir), file, line, /unknown source 'no-such-source'/)
  })

  it('an enum value that is not allowed', () => {
    const dir = copyData('unknown-enum')
    const file = firstFile(dir, 'parties')
    const line = replaceLine(file, /^kind: /, 'kind: ministryx')
    expectProblem(problemsFor(dir), file, line, /kind has value "ministryx", which is not allowed/)
  })

  it('a YAML syntax error', () => {
    const dir = copyData('yaml-syntax')
    const file = firstFile(dir, 'phases')
    const line = replaceLine(file, /^name: /, 'name: "unclosed')
    const problems = problemsFor(dir)
    const rel = file.slice(file.indexOf('/', work.length + 1) + 1)
    const hit = problems.find((p) => p.file === rel && /YAML syntax error/.test(p.message))
    expect(hit).toBeDefined()
    expect(hit?.line).toBeGreaterThanOrEqual(line)
  })

  it('a value of the wrong type', () => {
    const dir = copyData('wrong-type')
    const file = firstFile(dir, 'aspects')
    const line = replaceLine(file, /^order: /, 'order: first')
    expectProblem(problemsFor(dir), file, line, /order must be of type integer, not string/)
  })

  it('an unknown field', () => {
    const dir = copyData('unknown-field')
    const file = firstFile(dir, 'responsibilities')
    const line = appendLine(file, 'priority: high')
    expectProblem(problemsFor(dir), file, line, /unknown field 'priority'/)
  })

  it('a municipality code of the wrong form', () => {
    const dir = copyData('bad-municipality-code')
    const file = firstFile(dir, 'municipalities')
    const line = replaceLine(file, /^id: /, 'id: GM03440')
    expectProblem(problemsFor(dir), file, line, /id has the wrong form/)
  })

  it('a municipality in a region that does not exist', () => {
    const dir = copyData('unknown-region')
    const file = firstFile(dir, 'municipalities')
    const line = replaceLine(file, /^ {2}riec: /, '  riec: riec-atlantis')
    expectProblem(problemsFor(dir), file, line, /unknown region 'riec-atlantis'/)
  })

  it('a municipality pointing at a region of the wrong kind', () => {
    const dir = copyData('wrong-region-kind')
    const file = firstFile(dir, 'municipalities')
    const policeUnit = /^ {2}policeUnit: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? ''
    const line = replaceLine(file, /^ {2}riec: /, `  riec: ${policeUnit}`)
    expectProblem(problemsFor(dir), file, line, /is a police-unit, expected a riec/)
  })

  it('an id that does not match its file name', () => {
    const dir = copyData('id-mismatch')
    const file = firstFile(dir, 'glossary')
    const line = replaceLine(file, /^id: /, 'id: something-else')
    expectProblem(problemsFor(dir), file, line, /does not match the file name/)
  })

  it('reports every problem of several broken files at once', () => {
    const dir = copyData('many')
    replaceLine(firstFile(dir, 'parties'), /^kind: /, 'kind: nonsense')
    appendLine(firstFile(dir, 'rights'), 'bogus: 1')
    replaceLine(firstFile(dir, 'responsibilities'), /^aspect: /, 'aspect: no-such-aspect')
    const problems = problemsFor(dir)
    expect(problems.length).toBeGreaterThanOrEqual(3)
    expect(new Set(problems.map((p) => p.file.split('/')[0])).size).toBeGreaterThanOrEqual(3)
  })
})
