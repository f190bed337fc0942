// SPDX-License-Identifier: EUPL-1.2
// Every generated artefact of the project, in one list for `npm run generate` and the drift check.
import { dataModelDoc } from './data-model-doc.ts'
import { dataSchemaFiles } from './data-schemas.ts'
import type { GeneratedFile } from './generated-file.ts'
import { openApiFile } from './openapi.ts'

export async function generatedFiles(): Promise<GeneratedFile[]> {
  return [...dataSchemaFiles(), dataModelDoc(), await openApiFile()]
}
