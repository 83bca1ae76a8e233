// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure layers: a simulated interpreter and loop that know nothing of the page. */
const PURE_LAYERS = ['src/python/**', 'src/engine/**', 'src/trace/**'];

const PURE_LAYER_MESSAGE =
  'src/python, src/engine and src/trace are pure TypeScript: no UI framework, store or DOM.';

/** Real time and randomness are injected; the engine runs on a virtual clock. */
const TIME_MESSAGE = 'The engine runs on a virtual clock: take time and randomness as inputs.';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-cli/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // No code from strings: the page's CSP forbids it too (script-src 'self', no 'unsafe-eval').
      // (@typescript-eslint/no-implied-eval, from recommendedTypeChecked, covers setTimeout('...').)
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Plain JavaScript (this file, scripts/*.mjs) is outside the TypeScript project.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
    rules: { 'no-implied-eval': 'error' },
  },

  {
    files: ['src/ui/**', 'src/store/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'tests/**', 'e2e/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },

  // The layer rule (see docs/style.md, "Layers you can see").
  {
    files: PURE_LAYERS,
    rules: {
      // The interpreter throws Python-level signals and diagnostics that are values, not
      // JS Errors (no stack to capture); they are caught by the interpreter itself.
      '@typescript-eslint/only-throw-error': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'framer-motion',
                'framer-motion/*',
              ],
              message: PURE_LAYER_MESSAGE,
            },
            {
              regex: '^(\\.\\./)+(src/)?(ui|store)(/|$)|(^|/)src/(ui|store)(/|$)',
              message: PURE_LAYER_MESSAGE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Date', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'].map((name) => ({
          name,
          message: TIME_MESSAGE,
        })),
        ...['requestAnimationFrame', 'cancelAnimationFrame', 'document', 'window'].map((name) => ({
          name,
          message: PURE_LAYER_MESSAGE,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: TIME_MESSAGE },
        ...['Date', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'document', 'window'].map(
          (property) => ({ object: 'globalThis', property, message: PURE_LAYER_MESSAGE }),
        ),
      ],
    },
  },
);
