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
      'dist-worker',
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
  {
    // The build and the bench run in Node: from src/ they take only src/lib/'s pure TypeScript.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!lib/)',
              message: 'scripts/ import from src/ only src/lib/ (it runs in Node, not the page).',
            },
          ],
        },
      ],
    },
  },
  // The map's viewport and gesture live in refs: pan and zoom redraw the canvas 60 times a second
  // without a React render, and the marked paper's tip reads the viewport where it is drawn.
  {
    files: ['src/features/map/map-canvas.tsx', 'src/features/map/use-map-gestures.ts'],
    rules: { 'react-hooks/refs': 'off', 'react-hooks/immutability': 'off' },
  },
);
