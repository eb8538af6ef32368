// Lint configuration. The core must stay portable (CLI, desktop and web extension), so it may not
// import `vscode` or any Node built-in; the extension may not use Node built-ins either, so the same
// code runs in the web worker.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'util', 'url', 'stream', 'buffer', 'http', 'https', 'net', 'worker_threads', 'process', 'readline', 'zlib', 'events', 'assert'];
const noNodeBuiltins = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`)].map((name) => ({
  name,
  message: 'Node built-ins are not available in the web worker: take text in and return plain results (core), or use vscode.workspace.fs (extension).',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'bench/scratch/**', 'bench/results/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code: put editor code in src/extension.' }, ...noNodeBuiltins] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core must not read the process: take inputs as arguments.' }, { name: 'Buffer', message: 'Use strings or Uint8Array in src/core.' }, { name: 'require', message: 'Use imports.' }],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: noNodeBuiltins }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The web extension has no process: use vscode APIs.' }, { name: 'Buffer', message: 'Use TextEncoder/TextDecoder and Uint8Array.' }],
    },
  },
);
