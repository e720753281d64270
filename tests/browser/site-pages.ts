import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** The static export the browser tests read; `npm run build` writes it. */
export const OUT = path.resolve('out')

/** A claim with a check, a hedge-free figure and every citation format: the claim the journeys open. */
export const CLAIM_ID = 'asylum-allowed-share'

/** One page of each type the site publishes, as found in out/. */
export interface SitePage {
  /** What the page is, for test names: "the home page". */
  readonly name: string
  /** The address path, as a reader would type it. */
  readonly path: string
  /** The HTTP status the static host answers with. */
  readonly status: 200 | 404
}

function firstHtml(folder: string): string {
  const names = existsSync(path.join(OUT, folder)) ? readdirSync(path.join(OUT, folder)).filter((name) => name.endsWith('.html')).sort() : []
  const first = names[0]
  if (!first) throw new Error(`out/${folder}/ has no .html page; run \`npm run build\` first`)
  return first.slice(0, -'.html'.length)
}

/** The source page's id: the first source in the export (the ledger has one article today). */
export function firstSourceId(): string {
  return firstHtml('sources')
}

/** Every dataset with a page in the export: out/data/<id>.html. */
export function datasetIds(): string[] {
  const folder = path.join(OUT, 'data')
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -'.html'.length)).sort() : []
}

/**
 * Home, a claim, the source, methodology, data, each dataset, search when the export has it, and an unknown
 * address, which the static host answers with 404.html.
 */
export function sitePages(): SitePage[] {
  const pages: SitePage[] = [
    { name: 'the home page', path: '/', status: 200 },
    { name: 'a claim page', path: `/claims/${CLAIM_ID}`, status: 200 },
    { name: 'the source page', path: `/sources/${firstSourceId()}`, status: 200 },
    { name: 'the methodology page', path: '/methodology', status: 200 },
    { name: 'the data page', path: '/data', status: 200 },
    ...datasetIds().map((id) => ({ name: `the dataset page ${id}`, path: `/data/${id}`, status: 200 as const })),
  ]
  if (existsSync(path.join(OUT, 'search.html'))) pages.push({ name: 'the search page', path: '/search', status: 200 })
  pages.push({ name: 'the not-found page', path: '/claims/no-such-claim-was-ever-published', status: 404 })
  return pages
}

/** Every .html file under out/, relative to out/, sorted. */
export function exportedHtmlFiles(): string[] {
  return (readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/'))
    .sort()
}
