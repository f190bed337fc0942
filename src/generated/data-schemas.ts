// SPDX-License-Identifier: EUPL-1.2
// Generates the JSON Schemas for the data files (schemas/) and the editor mapping, from the domain
// schemas. Committed output; `npm run check-generated` fails when it is stale.
import { ENTITIES, ENTITY_KEYS } from '../domain/entities.ts'
import type { GeneratedFile } from './generated-file.ts'

export function schemaFileName(key: string): string {
  return `schemas/${ENTITIES[key as keyof typeof ENTITIES].dir}.schema.json`
}

export function dataSchemaFiles(): GeneratedFile[] {
  const files: GeneratedFile[] = ENTITY_KEYS.map((key) => {
    const def = ENTITIES[key]
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $comment: 'GENERATED from src/domain by `npm run generate`; do not edit by hand.',
      ...JSON.parse(JSON.stringify(def.schema)),
    }
    return { path: schemaFileName(key), content: `${JSON.stringify(schema, null, 2)}\n` }
  })
  const yamlSchemas: Record<string, string> = {}
  for (const key of ENTITY_KEYS) {
    yamlSchemas[`./${schemaFileName(key)}`] = `data/${ENTITIES[key].dir}/*.yaml`
  }
  files.push({
    path: '.vscode/settings.json',
    content: `${JSON.stringify({ 'yaml.schemas': yamlSchemas }, null, 2)}\n`,
  })
  return files
}
