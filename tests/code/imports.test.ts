import madge from 'madge'
import { describe, expect, it } from 'vitest'

describe('the modules under src/', () => {
  it('import one another without a cycle, type-only imports included', async () => {
    // A cycle makes the order modules load in decide what is defined when (and, for types alone, still
    // means two modules that cannot be read apart): the fix is a third module both import.
    const graph = await madge('src', { fileExtensions: ['ts', 'tsx', 'mjs'], tsConfig: 'tsconfig.json', detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } } })
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(100) // the graph was read, not empty
    expect(graph.circular()).toEqual([])
  })
})
