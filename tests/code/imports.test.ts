import { readFileSync } from 'node:fs'
import path from 'node:path'
import madge from 'madge'
import { describe, expect, it } from 'vitest'

/** The import graph of src/, keyed by paths relative to it; `types` keeps type-only imports as edges. */
async function graphOfSrc({ types }: { types: boolean }): Promise<madge.MadgeInstance> {
  const detective = { skipTypeImports: !types }
  return madge('src', { fileExtensions: ['ts', 'tsx', 'mjs'], tsConfig: 'tsconfig.json', excludeRegExp: [/\.test\.ts$/], detectiveOptions: { ts: detective, tsx: detective } })
}

// madge parses every module (2.5 s alone); a unit test's 5 s is too little beside the whole suite on two cores.
describe('the modules under src/', { timeout: 60_000 }, () => {
  it('import one another without a cycle, type-only imports included', async () => {
    // A cycle makes the order modules load in decide what is defined when (and, for types alone, still
    // means two modules that cannot be read apart): the fix is a third module both import.
    const graph = await graphOfSrc({ types: true })
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(100) // the graph was read, not empty
    expect(graph.circular()).toEqual([])
  })

  it('load none of mathjs, zod, yaml or citeproc from a page or component, however indirectly', async () => {
    // ESLint (eslint.config.mjs) sees a page's own imports; this follows every value import from there.
    const graph = (await graphOfSrc({ types: false })).obj()
    const pages = Object.keys(graph).filter((file) => file.startsWith('app/') || file.startsWith('components/'))
    expect(pages.length).toBeGreaterThan(10)
    const reached = new Map<string, string[]>(pages.map((file) => [file, [file]]))
    for (const [file, via] of reached) for (const next of graph[file] ?? []) if (!reached.has(next)) reached.set(next, [...via, next])
    // Read from the text: madge resolves no package subpaths (mathjs/number), so it cannot be trusted to list them.
    const heavy =
      /^(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+'(mathjs|zod|yaml|@citation-js\/[^'/]+|citeproc)(?:\/[^']*)?'|^import\s+'(mathjs|zod|yaml|@citation-js\/[^'/]+|citeproc)/m
    const loads = [...reached].flatMap(([file, via]) => {
      const found = heavy.exec(readFileSync(path.join('src', file), 'utf8'))
      return found ? [`${via.join(' → ')} loads ${found[1] ?? found[2]}`] : []
    })
    expect(reached.size).toBeGreaterThan(pages.length) // the pages' imports were followed
    expect(loads).toEqual([])
  })
})
