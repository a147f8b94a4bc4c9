import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Import layers (as VS Code's layer matrix): shared/ imports nothing of ours; electron/main,
 * electron/preload and renderer/ import shared/ and never each other.
 */
const layer = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
});
const NOT_MAIN = ['**/electron/main/**', '**/main/*'];
const NOT_PRELOAD = ['**/electron/preload/**', '**/preload/*'];
const NOT_RENDERER = ['**/renderer/**'];
const NOT_ELECTRON = ['electron', 'electron/*', 'electron-store'];

export default ts.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    files: ['renderer/**/*.svelte'],
    // Resident text is always text: no HTML injection anywhere in the renderer.
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**', ...NOT_ELECTRON], message: 'shared/ imports nothing of ours and no runtime.' },
            { group: ['node:*'], message: 'shared/ is plain TypeScript: no node: modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: layer([...NOT_PRELOAD, ...NOT_RENDERER], 'electron/main imports only shared/ of ours.'),
  },
  {
    // Only the Electron entry files may load electron or electron-store: the rest of main must run in plain Node.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NOT_PRELOAD, ...NOT_RENDERER], message: 'electron/main imports only shared/ of ours.' },
            { group: NOT_ELECTRON, message: 'Only electron/main/index.ts and electron/main/electron/ may import Electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='ipcMain'][callee.property.name=/^(handle|handleOnce|on|once)$/]",
          message: 'Register bridge handlers only through registerBridge(), which checks the sender and parses the payload.',
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer([...NOT_MAIN, ...NOT_RENDERER], 'electron/preload imports only shared/ of ours.'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', ...NOT_ELECTRON], message: 'renderer/ imports only shared/ of ours.' },
            { group: ['node:*'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
);
