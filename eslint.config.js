// ESLint for a Svelte 5 + TypeScript project: ESLint's, typescript-eslint's
// and eslint-plugin-svelte's recommended rules. Formatting is Prettier's job
// (.prettierrc); none of these rules is about layout. Type-checking is
// svelte-check's (npm run check), so these rules need no type information and
// run in seconds.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  { ignores: ['dist/', 'dist-cli/', 'dev-dist/', 'test-results/', 'data/*.json', 'tests/fixtures/'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    // The app runs in the browser and its workers; the rest below runs in Node.
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ['src/cli/**', 'bin/**', 'tests/**', 'data/build/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    rules: {
      // A leading underscore names what is left out on purpose: the fields a destructuring drops
      // (`const { actors: _actors, ...meta } = network`), a callback's unused argument.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The state keeps large lookups deliberately not reactive (STYLE.md): collections are built whole in
      // $derived or kept in $state.raw and replaced, never mutated in place, so SvelteMap/SvelteSet would only
      // add cost; the rule cannot tell those apart, and it also flags `new URL('./x.worker.ts', import.meta.url)`.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    rules: {
      // A bare read inside $effect (`renderedNodes;`) is how an effect subscribes to a value it does not use.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Misreads runes: a value assigned in a component is read by the markup, a $derived or a later effect,
      // which the rule's flow analysis of the script alone does not see (eslint-plugin-svelte issue 1478).
      'no-useless-assignment': 'off',
    },
  },
);
