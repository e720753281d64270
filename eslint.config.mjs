// `npm run lint` (part of `npm test`): ESLint's and typescript-eslint's recommended rules, Next's,
// the React hooks rules, and the one rule this project needs most: what pages may import.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

/**
 * Modules that load mathjs, zod, yaml or citeproc (directly or through what they import). Pages
 * render what `claims prepare` staged, so that `next build` neither bundles nor reruns the checks
 * and the citation formatter: they may take these modules' types, never their values.
 * tests/code/imports.test.ts checks the same of everything the pages import, however indirectly.
 */
const HEAVY_MODULES = [
  ['mathjs', '@/core/check', '@/core/check/expression'],
  ['zod', '@/core/content/schema', '@/core/content/claims-json-schema', '@/core/content/ledger', '@/core/data/dataset', '@/core/data/metadata'],
  ['yaml', '@/core/content/frontmatter', '@/core/extract', '@/content/files', '@/content/datasets'],
  ['citeproc', '@/core/citation', '@/content/format-citations'],
].flat()
/** The same, for folders and packages whose every module is out of bounds. */
const HEAVY_FOLDERS = ['mathjs/*', '@/core/extract/*', '@citation-js/*', '@/cli/*']
const PAGE_IMPORTS =
  'pages and components must not load mathjs, zod, yaml or citeproc: import the type only (`import type`), or a module without them (e.g. @/core/check/status, @/content/page-data)'

export default defineConfig(
  { ignores: ['.next/', 'out/', '.stage/', '.contentlayer/', '.writes/', 'public/', 'tests/.artifacts/', 'next-env.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs['recommended-latest'].rules,
      // `_` for a position or value a callback must take but does not use (`(_, index) => …`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // The export strips Next's runtime: no client router ships, so <a> and <Link> render and behave the same.
      '@next/next/no-html-link-for-pages': 'off',
      // The pages' own scripts are `type="module"`, which browsers defer; the rule does not tell them from blocking ones.
      '@next/next/no-sync-scripts': 'off',
      // A static export has no image optimiser for next/image to call; the few images are content's own.
      '@next/next/no-img-element': 'off',
      // Every component is a server component rendered once at build time: none keeps state for a re-created one to lose.
      'react-hooks/static-components': 'off',
      // Many regexes match formatted text in which two spaces are literal, and read best written as they print.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // Exact names: `@/core/check` is out of bounds, `@/core/check/status` is not.
          paths: HEAVY_MODULES.map((name) => ({ name, allowTypeImports: true, message: PAGE_IMPORTS })),
          patterns: [{ group: HEAVY_FOLDERS, allowTypeImports: true, message: PAGE_IMPORTS }],
        },
      ],
    },
  },
  {
    // Plain JavaScript run by Node (the CLI launcher, the configs).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // Last: turns off every rule that would argue with Prettier's layout (`npm run format:check`).
  prettier,
)
