// SPDX-License-Identifier: EUPL-1.2
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/*.tmp.ts',
      'node_modules/',
      'dist/',
      'var/',
      'coverage/',
      'docs/screenshots/',
      'src/web/assets/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  // Layer boundaries (docs/architecture.md): domain ↛ data/server/web/cli/http/messages, data ↛ server/web,
  // web ↛ server. The regexes match relative imports from any folder depth, so a file nested in
  // src/domain/route/ cannot reach ../../data/ unnoticed.
  layerBoundary(
    'src/domain/**/*.ts',
    ['node:fs', 'node:fs/*', 'fs', 'kysely', 'fastify', 'better-sqlite3', 'pg'],
    ['data', 'server', 'web', 'cli', 'http', 'messages'],
    'src/domain must stay free of I/O and outer layers, and of language: it returns codes, src/messages words them (ADR 0011).',
  ),
  layerBoundary(
    'src/data/**/*.ts',
    ['fastify'],
    ['server', 'web', 'cli'],
    'src/data must not depend on the server, web or CLI.',
  ),
  layerBoundary(
    'src/web/**/*.ts',
    [],
    ['server', 'cli'],
    'src/web must not depend on src/server or src/cli (shared HTTP helpers live in src/http).',
  ),
  layerBoundary(
    'src/http/**/*.ts',
    [],
    ['server', 'web', 'cli', 'data'],
    'src/http holds framework helpers shared by server and web only.',
  ),
)

/** One no-restricted-imports block: packages by name, sibling layers by relative path at any depth. */
function layerBoundary(files, packages, layers, message) {
  const layerRegex = `^(\\.\\./)+(${layers.join('|')})(/|$)`
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...(packages.length > 0 ? [{ group: packages, message }] : []), { regex: layerRegex, message }],
        },
      ],
    },
  }
}
