// Lint rules, including the import boundaries of shared/ARCHITECTURE (see README):
// who may import whom is an error here, so the layering cannot drift.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'zlib', 'stream', 'util', 'worker_threads'];
const restrict = (patterns) => ['error', { patterns: patterns.map((p) => ({ group: [p.group].flat(), message: p.message })) }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/electron/**', '**/renderer/**', '**/host/**', '**/cli/**'], message: 'core/ is framework-free: no app layers.' },
        { group: ['electron', 'react', 'react-dom', 'slate-react', 'slate-history'], message: 'core/ is framework-free.' },
        { group: NODE_BUILTINS, message: 'core/ takes and returns bytes; file access is the caller\'s job.' },
      ]),
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/electron/**', '**/host/**', '**/cli/**', 'electron'], message: 'renderer/ talks to the app only through the contract (window.briefing).' },
        { group: NODE_BUILTINS, message: 'renderer/ runs sandboxed: no node builtins.' },
      ]),
    },
  },
  {
    files: ['electron/main/**'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/renderer/**', '**/cli/**'], message: 'main never imports the renderer or the CLI.' }]),
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/core/!(contract)', '**/core/*/**', '**/renderer/**', '**/host/**', '**/main/**'], message: 'preload imports only electron and core/contract.' },
        { group: NODE_BUILTINS, message: 'preload runs sandboxed: no node builtins.' },
      ]),
    },
  },
  {
    files: ['host/**', 'cli/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/renderer/**', '**/electron/**', 'electron', 'react', 'slate-react'], message: 'host/ and cli/ are node adapters over core/.' },
      ]),
    },
  },
);
