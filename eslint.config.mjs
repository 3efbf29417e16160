import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'custom-elements.json', 'bench/out/', '.stryker-tmp/', 'reports/', 'dist.next-*/', 'dist.old-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  // lit-a11y ships only a legacy config: take its rule set into a flat one.
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // The watch app runs on Espruino (Bangle.js 2), a script with the device's own globals.
    files: ['src/watch/bangle/*.js'],
    // Espruino's parser wants a name in `catch (…)`, used or not.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrorsIgnorePattern: '^_' }] },
    languageOptions: {
      sourceType: 'script',
      globals: {
        Bangle: 'readonly',
        Bluetooth: 'readonly',
        NRF: 'readonly',
        BTN1: 'readonly',
        g: 'readonly',
        getTime: 'readonly',
        setWatch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
