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
  {
    // The domain layer is pure: no I/O, no framework, no database.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'kysely',
                'fastify',
                'better-sqlite3',
                'pg',
                '../data/*',
                '../server/*',
                '../web/*',
                '../cli/*',
              ],
              message: 'src/domain must stay free of I/O and outer layers.',
            },
          ],
        },
      ],
    },
  },
)
