import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The rooms of src/ (README.md, "Code layout"). The dependency policies below are checked on
 * every import and re-export; tests/unit/lint-rules.test.ts proves each one fires.
 */
const ROOMS = [
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'corpus', pattern: 'src/corpus' },
  { type: 'stores', pattern: 'src/stores' },
  { type: 'hooks', pattern: 'src/hooks' },
  { type: 'components', pattern: 'src/components' },
  { type: 'workers', pattern: 'src/workers' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'dump', pattern: 'data' },
];

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });

const ROOM_POLICIES = [
  {
    // Imports inside one feature are not checked: the plugin sees them as the element's own.
    from: { element: { type: 'feature' } },
    disallow: to('feature', 'app'),
    message: 'A feature imports no other feature and nothing from src/app/.',
  },
  {
    from: { element: { type: 'lib' } },
    disallow: to('app', 'feature', 'corpus', 'stores', 'hooks', 'components', 'workers', 'dump'),
    message: 'src/lib/ is pure TypeScript: it imports no browser room and nothing from data/.',
  },
  {
    // A worker is started with new Worker(new URL(...)); a type-only import of its API is erased.
    from: {
      element: {
        types: {
          anyOf: ['feature', 'app', 'lib', 'corpus', 'stores', 'hooks', 'components', 'testing'],
        },
      },
    },
    disallow: { ...to('workers'), dependency: { kind: 'value' } },
    message: "A worker's modules are its own: start it with new Worker(new URL(...)).",
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'public/data',
      'node_modules',
      'bench-out',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data stays text.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': ROOMS,
      // data/ is outside src/: the plugin must still classify imports that reach it.
      'boundaries/include': ['src/**/*', 'data/**/*'],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies: ROOM_POLICIES }],
    },
  },
  {
    // Test support is for tests: shipped code never imports it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            ...ROOM_POLICIES,
            { disallow: to('testing'), message: 'Only tests import src/testing/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'comlink'],
              message: 'src/lib/ is pure TypeScript: no React, no browser modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'history',
        ].map((name) => ({ name, message: 'src/lib/ runs in Node too: no DOM.' })),
      ],
    },
  },
  // TEMP until the rework branch lands: the keystroke path (issue 16) is being rewritten there.
  // Only the react-hooks rules that fire in these folders today are off: refs, use-memo.
  {
    files: ['src/features/search/**', 'src/corpus/**', 'src/hooks/**', 'src/workers/**'],
    rules: { 'react-hooks/refs': 'off', 'react-hooks/use-memo': 'off' },
  },
  // TEMP until the map branch lands (src/features/map is being changed there): refs fires in
  // map-canvas.tsx here, and refs and immutability in the map branch's map-canvas.tsx and
  // use-map-gestures.ts.
  {
    files: ['src/features/map/**'],
    rules: { 'react-hooks/refs': 'off', 'react-hooks/immutability': 'off' },
  },
);
