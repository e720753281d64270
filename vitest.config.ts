import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': path.resolve(import.meta.dirname, 'src'),
  'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/code/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        // Reads the static export in out/; `npm test` builds it first. These tests start processes and
        // read hundreds of files (and clean up as many): 5 s is a fine default for a unit test, not for them on a busy 2-core machine.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
