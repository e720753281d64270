import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HELP } from '@/cli/help'

/** Every module under src/ (tests and declarations aside), as paths relative to it. */
function modules(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return modules(file)
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path.relative('src', file)] : []
  })
}

const nameOf = (file: string) => path.basename(file).replace(/\.(ts|tsx|mjs)$/, '')

// Names the framework or a convention gives many modules: Next's routes, a folder's barrel, and a
// `claims` command's module, named after its command (src/cli/extract.ts is `claims extract`).
const CONVENTIONS = new Set(['page', 'index'])
const isCommand = (file: string) => path.dirname(file) === 'cli' && Object.hasOwn(HELP, nameOf(file))

describe('module names', () => {
  it('are each used once under src/, so that a name says which module is meant', () => {
    const byName = new Map<string, string[]>()
    for (const file of modules()) {
      const name = nameOf(file)
      if (!CONVENTIONS.has(name) && !isCommand(file)) byName.set(name, [...(byName.get(name) ?? []), file])
    }
    const twice = [...byName].filter(([, files]) => files.length > 1)
    expect(twice).toEqual([])
  })
})
