import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
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
  const names = existsSync(path.join(OUT, folder))
    ? readdirSync(path.join(OUT, folder))
        .filter((name) => name.endsWith('.html'))
        .sort()
    : []
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
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.html'))
        .map((name) => name.slice(0, -'.html'.length))
        .sort()
    : []
}

/** A page of the export that is a redirect left at a claim's former id, not a page of its own. */
function isAliasPage(file: string): boolean {
  return readFileSync(path.join(OUT, file), 'utf8').includes('data-alias-of=')
}

// Each page under these folders differs in kind, not just in text (a dataset's tables have their
// own columns and widths), so every one is tested rather than one representative.
const EVERY_PAGE_UNDER = new Set(['data'])

/**
 * One page of each template the export holds, read from out/ so that a new template (a new route
 * folder or top-level page) is tested as soon as it is built: the home page, each top-level page
 * (methodology, data, search), for each folder of pages its largest (the one that uses most of the
 * template's parts), every page under data/, and an unknown address, which the static host answers
 * with 404.html. Redirect pages left at former ids are not templates of their own here.
 */
export function sitePages(): SitePage[] {
  const files = exportedHtmlFiles().filter((file) => !file.startsWith('_') && file !== '404.html' && !isAliasPage(file))
  if (!files.includes('index.html')) throw new Error('out/index.html is missing; run `npm run build` first')
  const pages: SitePage[] = [{ name: 'the home page', path: '/', status: 200 }]
  const byFolder = new Map<string, string[]>()
  for (const file of files) {
    if (file === 'index.html') continue
    const [first = '', ...rest] = file.split('/')
    if (rest.length === 0) pages.push({ name: `the ${first.slice(0, -'.html'.length)} page`, path: addressOf(file), status: 200 })
    else byFolder.set(first, [...(byFolder.get(first) ?? []), file])
  }
  for (const [folder, inFolder] of byFolder) {
    const chosen = EVERY_PAGE_UNDER.has(folder) ? inFolder : [largest(inFolder)]
    for (const file of chosen) pages.push({ name: `a page under /${folder}/`, path: addressOf(file), status: 200 })
  }
  pages.push({ name: 'the not-found page', path: '/claims/no-such-claim-was-ever-published', status: 404 })
  return pages
}

/** The address a static host serves a file at: "claims/x.html" and "claims/x/index.html" are /claims/x. */
function addressOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/\/$/, '') || '/'
}

function largest(files: readonly string[]): string {
  return [...files].sort((a, b) => statSync(path.join(OUT, b)).size - statSync(path.join(OUT, a)).size || a.localeCompare(b))[0] as string
}

/** Every .html file under out/, relative to out/, sorted. */
export function exportedHtmlFiles(): string[] {
  return (readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/'))
    .sort()
}
