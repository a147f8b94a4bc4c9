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
  ...rendererFloors(),
);

/**
 * The renderer's floors, lowest first: db (the database and its repositories), lib (state and
 * helpers), components (pieces of screens), screens (the wall's screens and staff mode's areas);
 * App.svelte and main.ts stand on top. A file imports from its own floor and the floors below,
 * never from a floor above. Only db and lib open the database itself (db/db); components and
 * screens read it through repositories or lib state.
 */
function rendererFloors() {
  const base = [
    { group: ['**/electron/**', ...NOT_ELECTRON], message: 'renderer/ imports only shared/ of ours.' },
    { group: ['node:*'], message: 'The renderer has no Node.' },
  ];
  const above = (floor, groups) => ({ group: groups, message: `renderer/src/${floor} may not import a floor above it (db < lib < components < screens < App).` });
  const TOP = ['**/App.svelte', '**/src/main', '../main', '../../main'];
  const rawDb = { group: ['**/db/db'], message: 'Components and screens read the database through db/repositories or lib state, not db/db.' };
  // One way to follow the database: db/live.svelte (follow, LiveValue, LiveList).
  const dexieMessage = 'Only renderer/src/db imports Dexie: follow the database through db/live.svelte (follow, LiveValue, LiveList).';
  const dexie = { group: ['dexie'], message: dexieMessage };
  const lateDexie = { selector: "ImportExpression[source.value='dexie']", message: dexieMessage };
  // no-restricted-imports does not see import(): the same floors, for code loaded later.
  const lateAbove = (floor, folders) => ({
    selector: `ImportExpression[source.value=/^[.][.]?\\x2F(.*\\x2F)?(${folders.join('|')})(\\x2F|[.]svelte$|$)/]`,
    message: `renderer/src/${floor} may not import() a floor above it (db < lib < components < screens < App).`,
  });
  const floor = (files, patterns, late = [], ignores = []) => ({
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: [...base, ...patterns] }],
      ...(late.length ? { 'no-restricted-syntax': ['error', ...late] } : {}),
    },
  });
  return [
    floor(['renderer/**/*.ts', 'renderer/**/*.svelte'], []),
    floor(
      ['renderer/src/db/**/*.ts', 'renderer/src/db/**/*.svelte'],
      [above('db', ['**/lib/**', '**/components/**', '**/screens/**', ...TOP])],
      [lateAbove('db', ['lib', 'components', 'screens', 'App'])],
    ),
    floor(
      ['renderer/src/lib/**/*.ts', 'renderer/src/lib/**/*.svelte'],
      [above('lib', ['**/components/**', '**/screens/**', ...TOP]), dexie],
      [lateAbove('lib', ['components', 'screens', 'App']), lateDexie],
    ),
    floor(
      ['renderer/src/components/**/*.ts', 'renderer/src/components/**/*.svelte'],
      [above('components', ['**/screens/**', ...TOP]), rawDb, dexie],
      [lateAbove('components', ['screens', 'App']), lateDexie],
    ),
    floor(['renderer/src/screens/**/*.ts', 'renderer/src/screens/**/*.svelte'], [above('screens', TOP), rawDb, dexie], [lateAbove('screens', ['App']), lateDexie]),
  ];
}
