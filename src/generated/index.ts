// SPDX-License-Identifier: EUPL-1.2
// Every generated artefact of the project, in one list for `npm run generate` and the drift check.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { adrIndex } from './adr-index.ts'
import { dataModelDoc } from './data-model-doc.ts'
import { dataSchemaFiles } from './data-schemas.ts'
import type { GeneratedFile } from './generated-file.ts'
import { openApiFile } from './openapi.ts'
import { utrechtCssFile } from './utrecht-css.ts'

const adrDir = fileURLToPath(new URL('../../docs/adr/', import.meta.url))

export async function generatedFiles(): Promise<GeneratedFile[]> {
  const adrs = readdirSync(adrDir).map((name) => ({ name, text: readFileSync(`${adrDir}${name}`, 'utf8') }))
  return [...dataSchemaFiles(), dataModelDoc(), await openApiFile(), adrIndex(adrs), utrechtCssFile()]
}
