import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { AXIS_FACETS, FACETS, FACET_LABELS, SearchIndex, searchClaims, type SearchFilters } from '@/core/search'

import { HELP } from './help'

const USAGE = HELP.search

/** Reads `--name value` flags (repeatable) and the words of the query. */
function parseArgs(args: readonly string[]): { query: string; flags: Map<string, string[]>; json: boolean } | string {
  const flags = new Map<string, string[]>()
  const words: string[] = []
  let json = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string
    if (arg === '--') {
      // Everything after "--" is query text, even "--json".
      words.push(...args.slice(index + 1))
      break
    }
    if (arg === '--json') json = true
    else if (arg.startsWith('--')) {
      const value = args[index + 1]
      if (value === undefined) return `${arg} needs a value`
      flags.set(arg.slice(2), [...(flags.get(arg.slice(2)) ?? []), value])
      index++
    } else words.push(arg)
  }
  const known = new Set(['limit', 'dir', ...FACETS])
  const unknown = [...flags.keys()].find((name) => !known.has(name))
  if (unknown) return `unknown option --${unknown}`
  return { query: words.join(' '), flags, json }
}

/**
 * `claims search "<query>"`: the same search module the site uses, over the index the build
 * wrote to out/search. `--json` prints `[{ "id", "score" }]`, best first.
 */
export async function runSearchCommand(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    console.error(`${parsed}\nUsage: npm run claims -- ${USAGE}`)
    return 2
  }
  const { query, flags, json } = parsed
  const rawLimit = flags.get('limit')?.at(-1) ?? '10'
  const limit = Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    console.error(`--limit: expected a whole number from 1 to 500; got "${rawLimit}"`)
    return 2
  }
  const dir = path.resolve(flags.get('dir')?.at(-1) ?? 'out', 'search')
  if (!existsSync(path.join(dir, 'index.json'))) {
    console.error(`${path.relative(process.cwd(), path.join(dir, 'index.json'))} is missing: run \`npm run build\` first`)
    return 1
  }
  const index = await SearchIndex.open(async (file) => {
    const target = path.join(dir, file)
    return file.endsWith('.bin') ? new Uint8Array(await readFile(target)) : readFile(target, 'utf8')
  })
  const filters: SearchFilters = Object.fromEntries(FACETS.map((facet) => [facet, flags.get(facet) ?? []]))
  const { results, items } = await searchClaims(index, query, { limit, filters })

  if (json) {
    console.log(JSON.stringify(items.map((item) => ({ id: item.doc.id, score: item.score }))))
    return 0
  }
  if (items.length === 0) {
    console.log(`No claims match "${query}".`)
    return 0
  }
  const shown = `${items.length} of ${results.total} claim${results.total === 1 ? '' : 's'}`
  console.log(results.relaxed ? `${shown} matching some of the words:` : `${shown}:`)
  items.forEach((item, position) => {
    const figure = `${item.doc.hedge ? `${item.doc.hedge} ` : ''}${item.doc.written}`
    console.log(
      `${String(position + 1).padStart(3)}. ${item.score.toFixed(2).padStart(7)}  ${figure.padEnd(20)} ${item.doc.title}\n` +
        `${' '.repeat(15)}${item.doc.id} · ${item.doc.publisher}${item.doc.saidBy !== item.doc.publisher ? ` (${item.doc.saidBy})` : ''} · ${AXIS_FACETS.map((axis) => `${FACET_LABELS[axis]}: ${item.doc.axes[axis].label}`).join(' · ')}`,
    )
  })
  return 0
}

