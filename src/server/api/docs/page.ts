// SPDX-License-Identifier: EUPL-1.2
// The readable API documentation at /api/v1/docs, rendered from the OpenAPI document so the page
// and the machine-readable description always agree. No inline script or style (CSP).
import { ERROR_CODES, type ErrorCode } from '../../errors.ts'
import { html, toHtmlString, type SafeHtml } from '../../../web/html.ts'
import { assetBundle } from '../../../web/assets/bundle.ts'
import { API_PREFIX } from '../openapi.ts'

interface Parameter {
  readonly name: string
  readonly in: string
  readonly required: boolean
  readonly description?: string
  readonly schema: SchemaLike
}
interface SchemaLike {
  readonly type?: string
  readonly enum?: readonly string[]
  readonly pattern?: string
  readonly minimum?: number
  readonly maximum?: number
  readonly default?: unknown
  readonly anyOf?: readonly SchemaLike[]
}
interface Operation {
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly tags: readonly string[]
  readonly parameters: readonly Parameter[]
  readonly requestBody?: unknown
  readonly 'x-examples'?: readonly unknown[]
}
interface Document {
  readonly info: { readonly title: string; readonly description: string; readonly version: string }
  readonly tags: readonly { name: string; description: string }[]
  /** Per path its operations by method, and the path-level `servers` of another API scope. */
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options'])

function typeText(schema: SchemaLike): string {
  if (schema.enum !== undefined) {
    return `één van / one of: ${schema.enum.join(', ')}`
  }
  if (schema.anyOf !== undefined) {
    return schema.anyOf.map(typeText).join(' | ')
  }
  const range =
    schema.minimum !== undefined || schema.maximum !== undefined
      ? ` (${schema.minimum ?? ''}–${schema.maximum ?? ''})`
      : ''
  const dflt = schema.default === undefined ? '' : `, standaard / default ${String(schema.default)}`
  return `${schema.type ?? 'any'}${range}${schema.pattern === undefined ? '' : `, patroon /${schema.pattern}/`}${dflt}`
}

function parameterTable(parameters: readonly Parameter[]): SafeHtml {
  if (parameters.length === 0) {
    return html`<p>Geen parameters. / No parameters.</p>`
  }
  return html`<table class="utrecht-table"><thead class="utrecht-table__header"><tr class="utrecht-table__row">
<th class="utrecht-table__header-cell" scope="col">Naam</th><th class="utrecht-table__header-cell" scope="col">Waar</th><th class="utrecht-table__header-cell" scope="col">Verplicht</th><th class="utrecht-table__header-cell" scope="col">Waarden</th><th class="utrecht-table__header-cell" scope="col">Betekenis (Engels)</th>
</tr></thead><tbody class="utrecht-table__body">${parameters.map(
    (p) =>
      html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><code>${p.name}</code></td><td class="utrecht-table__cell">${p.in === 'path' ? 'pad' : 'query'}</td><td class="utrecht-table__cell">${p.required ? 'ja' : 'nee'}</td><td class="utrecht-table__cell">${typeText(p.schema)}</td><td class="utrecht-table__cell">${p.description ?? ''}</td></tr>`,
  )}</tbody></table>`
}

function examples(base: string, method: string, path: string, op: Operation): SafeHtml {
  const given = op['x-examples'] ?? []
  const lines = given.map((example) =>
    method === 'get'
      ? `curl '${base}${String(example)}'`
      : `curl -X ${method.toUpperCase()} -H 'content-type: application/json' -d '${JSON.stringify(example)}' '${base}${path}'`,
  )
  if (lines.length === 0) {
    lines.push(
      method === 'get'
        ? `curl '${base}${path}'`
        : `curl -X ${method.toUpperCase()} -H 'content-type: application/json' -d '{…}' '${base}${path}'`,
    )
  }
  return html`<p>Voorbeeld / Example:</p><pre><code>${lines.join('\n')}</code></pre>`
}

function errorTable(): SafeHtml {
  return html`<table class="utrecht-table"><thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Code</th><th class="utrecht-table__header-cell" scope="col">HTTP-status</th><th class="utrecht-table__header-cell" scope="col">Betekenis (Engels)</th></tr></thead>
<tbody class="utrecht-table__body">${(Object.keys(ERROR_CODES) as ErrorCode[]).map(
    (code) =>
      html`<tr class="utrecht-table__row"><td class="utrecht-table__cell"><code>${code}</code></td><td class="utrecht-table__cell">${ERROR_CODES[code].status}</td><td class="utrecht-table__cell">${ERROR_CODES[code].message}</td></tr>`,
  )}</tbody></table>`
}

export function renderDocsPage(document: object): string {
  const doc = document as Document
  const operations = Object.entries(doc.paths).flatMap(([path, item]) => {
    const base = (item['servers'] as readonly { url: string }[] | undefined)?.[0]?.url ?? API_PREFIX
    return Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => ({
        path,
        method,
        op: op as Operation,
        base,
        url: base === API_PREFIX || path !== '/' ? `${base}${path}` : base,
      }))
  })
  const css = assetBundle().urls.css
  const body = html`<!DOCTYPE html>
<html lang="nl" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${doc.info.title} – documentatie</title>
<link rel="stylesheet" href="${css}">
</head>
<body class="utrecht-document utrecht-document--surface">
<main class="wgw-container" id="inhoud">
<h1 class="utrecht-heading-1">${doc.info.title} (versie ${doc.info.version})</h1>
<p class="utrecht-paragraph">Open gegevens over het nationaal verwijsmechanisme mensenhandel: partijen, verantwoordelijkheden per fase en aspect, rechten, signalen, gemeenten en de route voor een scenario. Elk gegeven noemt zijn bronnen en een status (sourced, derived, unverified).</p>
<p class="utrecht-paragraph" lang="en">${doc.info.description}</p>
<p class="utrecht-paragraph">Machineleesbaar / machine-readable: <a class="utrecht-link" href="${API_PREFIX}/openapi.json">${API_PREFIX}/openapi.json</a> (OpenAPI 3.1).</p>
<h2 class="utrecht-heading-2">Algemeen / General</h2>
<ul class="utrecht-unordered-list">
<li>Lijsten hebben <code>page</code> en <code>per_page</code> (hoogstens 100) en geven <code>{items, total, page, perPage, totalPages}</code> met een <code>Link</code>-header (first, prev, next, last).</li>
<li>Elk GET-antwoord heeft een sterke <code>ETag</code>; stuur <code>If-None-Match</code> voor een 304. GET is open voor elke herkomst (CORS).</li>
<li>Onbekende velden in de query of body geven een 400 die het veld noemt. Fouten hebben altijd de vorm <code>{"error":{"code","message","details":[{"path","message"}]}}</code>.</li>
</ul>
<h2 class="utrecht-heading-2">Endpoints</h2>
<ul class="utrecht-unordered-list">${operations.map(({ url, method, op }) => html`<li><a class="utrecht-link" href="#${op.operationId}"><code>${method.toUpperCase()} ${url}</code></a> – ${op.summary}</li>`)}</ul>
${doc.tags.map(
  (tag) => html`<section>
<h2 class="utrecht-heading-2">${tag.name}</h2>
<p class="utrecht-paragraph">${tag.description}</p>
${operations
  .filter(({ op }) => op.tags[0] === tag.name)
  .map(
    ({ path, url, base, method, op }) => html`<section id="${op.operationId}">
<h3 class="utrecht-heading-3"><code>${method.toUpperCase()} ${url}</code></h3>
<p class="utrecht-paragraph"><strong>${op.summary}</strong></p>
${op.description === undefined ? '' : html`<p class="utrecht-paragraph" lang="en">${op.description}</p>`}
${parameterTable(op.parameters)}
${op.requestBody === undefined ? '' : html`<p class="utrecht-paragraph">Body: JSON (<code>content-type: application/json</code>), zie het schema in openapi.json.</p>`}
${examples(base, method, path, op)}
</section>`,
  )}
</section>`,
)}
<h2 class="utrecht-heading-2" id="fouten">Foutcodes / Error codes</h2>
${errorTable()}
</main>
</body>
</html>`
  return toHtmlString(body)
}
