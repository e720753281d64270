import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { AXIS_FACETS, FACETS, FACET_LABELS, SearchIndex, searchClaims, type SearchFilters } from '@/core/search'

import { parseCommandArgs, UsageError } from './args'

/**
 * `claims search "<query>"`: the same search module the site uses, over the index the build
 * wrote to out/search. `--json` prints `[{ "id", "score" }]`, best first.
 */
export async function runSearchCommand(args: readonly string[]): Promise<number> {
  // A facet may be given more than once (`--topic a --topic b`); everything after `--` is query text, even "--json".
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, { type: 'string', multiple: true }])) as Record<(typeof FACETS)[number], { type: 'string'; multiple: true }>
  const { values, positionals } = parseCommandArgs('search', args, {
    allowPositionals: true,
    options: { json: { type: 'boolean' }, limit: { type: 'string', default: '10' }, dir: { type: 'string', default: 'out' }, ...facets },
  })
  const query = positionals.join(' ')
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('search', `--limit: expected a whole number from 1 to 500; got "${values.limit}"`)
  const dir = path.resolve(values.dir, 'search')
  if (!existsSync(path.join(dir, 'index.json'))) {
    console.error(`${path.relative(process.cwd(), path.join(dir, 'index.json'))} is missing: run \`npm run build\` first`)
    return 1
  }
  const index = await SearchIndex.open(async (file) => {
    const target = path.join(dir, file)
    return file.endsWith('.bin') ? new Uint8Array(await readFile(target)) : readFile(target, 'utf8')
  })
  const filters: SearchFilters = Object.fromEntries(FACETS.map((facet) => [facet, values[facet] ?? []]))
  const { results, items } = await searchClaims(index, query, { limit, filters })

  if (values.json) {
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
