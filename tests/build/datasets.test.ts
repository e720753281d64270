import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Element } from 'domhandler'
import { parse as parseYaml } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { outResolver } from '@/cli/permalinks'
import { readContentFiles } from '@/content/files'
import { buildLedgerOrThrow, type Ledger } from '@/core/content/ledger'
import { datasetMarks, recordReads, type DatasetJSON } from '@/core/data/view'

// Runs over the static export of the bundled content that `npm test` builds first.
const OUT = path.resolve('out')
const CONTENT = path.resolve('content/data')
const datasetFolders = readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

let datasets: DatasetJSON[]
let ledger: Ledger
beforeAll(() => {
  const file = path.join(OUT, 'data', 'datasets.json')
  if (!existsSync(file)) throw new Error('out/data/datasets.json is missing: run `npm run build` first')
  datasets = (JSON.parse(readFileSync(file, 'utf8')) as { datasets: DatasetJSON[] }).datasets
  // The checked ledger of the content the export was built from (the pages' staged files hold only what they show).
  ledger = buildLedgerOrThrow(readContentFiles())
})

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')
/** The file in out/ an absolute URL of the site names. */
const outFile = (url: string) => path.join(OUT, decodeURIComponent(new URL(url).pathname))
const page = (file: string) => parseDocument(readFileSync(path.join(OUT, file), 'utf8'))
const byId = (root: ReturnType<typeof parseDocument>, id: string) => DomUtils.findOne((element) => element.attribs.id === id, root.children, true)
const links = (root: Element | ReturnType<typeof parseDocument>) => DomUtils.findAll((element) => element.name === 'a', root.children).map((element) => element.attribs.href ?? '')

describe('out/data/datasets.json', () => {
  it('lists every dataset in content/data, the two bundled ones included', () => {
    expect(datasets.map((dataset) => dataset.id)).toEqual(datasetFolders)
    expect(datasetFolders).toEqual(expect.arrayContaining(['cbp-southwest-land-border-encounters', 'ohss-usbp-encounters']))
  })

  it.each(datasetFolders)('%s: carries every metadata field of dataset.yaml, and its series with their coverage', (id) => {
    const metadata = parseYaml(readFileSync(path.join(CONTENT, id, 'dataset.yaml'), 'utf8')) as Record<string, unknown> & {
      series: { id: string; title: string }[]
      tables: { id: string; title: string }[]
    }
    const entry = datasets.find((dataset) => dataset.id === id)!
    const { series, tables, ...rest } = metadata
    expect(entry).toMatchObject(rest)
    for (const field of ['publisher', 'title', 'page', 'file', 'retrieved', 'coverage', 'counts', 'rounding', 'licence'] as const) {
      expect(entry[field], `${id}.${field}`).toBeTruthy()
    }
    expect(entry.series.map((item) => [item.id, item.title])).toEqual(series.map((item) => [item.id, item.title]))
    expect(entry.tables.map((item) => [item.id, item.title])).toEqual(tables.map((item) => [item.id, item.title]))
    for (const item of entry.series) {
      expect(item.coverage, item.ref).not.toBeNull()
      expect(item.coverage!.start >= entry.coverage.start && item.coverage!.end <= entry.coverage.end, item.ref).toBe(true)
    }
  })

  it.each(datasetFolders)('%s: its published file and derived tables are downloads equal to the files in content/data, with their fingerprints', (id) => {
    const entry = datasets.find((dataset) => dataset.id === id)!
    const published = readFileSync(path.join(CONTENT, id, 'published', entry.file))
    expect(readFileSync(outFile(entry.published.url)).equals(published)).toBe(true)
    expect(entry.published.sha256).toBe(sha256(published))
    for (const table of entry.tables) {
      const derived = readFileSync(path.join(CONTENT, id, 'derived', `${table.id}.csv`))
      expect(readFileSync(outFile(table.url)).equals(derived), table.url).toBe(true)
      expect(table.sha256).toBe(sha256(derived))
    }
  })

  it.each(datasetFolders)('%s: has citation files that cite the agency’s page', (id) => {
    const entry = datasets.find((dataset) => dataset.id === id)!
    for (const url of [entry.citation.bibtex, entry.citation.ris, entry.citation.cslJson]) {
      expect(readFileSync(outFile(url), 'utf8'), url).toContain(entry.page)
    }
  })
})

describe('the dataset pages', () => {
  it.each(datasetFolders)('%s: shows each series as a chart with a text alternative, marking every check that read it', (id) => {
    const html = page(`data/${id}.html`)
    const record = ledger.datasets.find((dataset) => dataset.metadata.id === id)!
    const marks = datasetMarks(ledger.claims, id)
    for (const series of record.series) {
      const section = byId(html, `series-${series.id}`)
      expect(section, series.ref).not.toBeNull()
      const svg = DomUtils.findOne((element) => element.name === 'svg' && element.attribs.role === 'img', section!.children)
      expect(svg, `${series.ref}: chart`).not.toBeNull()
      const description = byId(html, svg!.attribs['aria-labelledby'] ?? '')
      expect(DomUtils.textContent(description!)).toContain(series.title)
      // Every month in the table under the chart.
      expect(DomUtils.findAll((element) => element.name === 'tr', section!.children)).toHaveLength(series.months.length + 1)
      const expected = (marks.get(series.ref) ?? []).map((mark) => mark.href)
      const hrefs = links(section!).filter((href) => href.startsWith('/claims/'))
      // A badge on the chart and a line in the legend for each.
      expect([...hrefs].sort()).toEqual([...expected, ...expected].sort())
    }
    expect(marks.size, `${id}: some check reads the dataset`).toBeGreaterThan(0)
  })

  it.each(datasetFolders)('%s: links its downloads and how to cite it', (id) => {
    const html = page(`data/${id}.html`)
    const entry = datasets.find((dataset) => dataset.id === id)!
    const hrefs = links(html)
    for (const url of [entry.published.url, ...entry.tables.map((table) => table.url), entry.citation.bibtex, entry.citation.ris]) {
      expect(hrefs).toContain(new URL(url).pathname)
    }
    expect(DomUtils.textContent(byId(html, 'cite-apa')!)).toContain(entry.page)
  })

  it('are listed on the data page and in the sitemap', () => {
    const hrefs = links(page('data.html'))
    const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')
    for (const id of datasetFolders) {
      expect(hrefs).toContain(`/data/${id}`)
      expect(sitemap).toContain(`/data/${id}</loc>`)
    }
  })
})

describe('record checks on claim pages', () => {
  it('show a chart of the rows each record check read, linked to the dataset page', () => {
    let seen = 0
    for (const claim of ledger.claims) {
      const html = page(`claims/${claim.id}.html`)
      for (const check of claim.checks) {
        const reads = recordReads(check.steps)
        const section = byId(html, `check-${check.id}`)!
        for (const read of reads) {
          seen += 1
          expect(links(section), `${claim.id}#${check.id}`).toContain(`/data/${read.dataset}#series-${read.series.split('/')[1]}`)
          const svg = DomUtils.findOne((element) => element.name === 'svg' && element.attribs.role === 'img', section.children)
          expect(svg, `${claim.id}#${check.id}: chart`).not.toBeNull()
          // The rows used, each in the table under the chart.
          const rows = DomUtils.findAll((element) => element.name === 'tr', section.children)
          expect(rows.length, `${claim.id}#${check.id}: rows`).toBeGreaterThanOrEqual(read.rows.length + 1)
        }
      }
    }
    expect(seen).toBeGreaterThan(0)
  })

  it('show a hand-completed check’s citation: publication linked, passage quoted, value found', () => {
    let seen = 0
    for (const claim of ledger.claims) {
      const html = page(`claims/${claim.id}.html`)
      for (const check of claim.checks) {
        if (!check.citation) continue
        seen += 1
        const section = byId(html, `check-${check.id}`)!
        const link = DomUtils.findOne((element) => element.name === 'a' && element.attribs.href === check.citation!.url, section.children)
        expect(link?.attribs.rel?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
        const quote = DomUtils.findOne((element) => element.name === 'blockquote', section.children)
        expect(DomUtils.textContent(quote!)).toBe(check.citation.passage)
        expect(DomUtils.textContent(section)).toContain(`Value found: ${check.citation.value}`)
      }
    }
    expect(seen).toBeGreaterThan(0)
  })
})

describe('links', () => {
  it('every internal link on every page resolves in out/, anchors included (a query string is the page’s)', () => {
    const resolve = outResolver(OUT)
    const files = (readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html'))
    const broken: string[] = []
    for (const file of files) {
      const html = readFileSync(path.join(OUT, file), 'utf8')
      for (const href of links(parseDocument(html))) {
        if (!href.startsWith('/') || href.startsWith('//')) continue
        const [target = '', anchor] = href.replace(/\?[^#]*/, '').split('#')
        const found = resolve(target)
        if (!found || (anchor && !(found.html ?? '').includes(`id="${anchor}"`))) broken.push(`${file}: ${href}`)
      }
    }
    expect(broken).toEqual([])
  })
})
