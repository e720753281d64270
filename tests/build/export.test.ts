import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DomUtils, parseDocument } from 'htmlparser2'
import { cslRecordFor } from '@/content/format-citations'
import { getLedger } from '@/content/ledger'
import { formatAllCitations } from '@/core/citation'
import type { ClaimJSON } from '@/core/content/export'

// Runs over the static export of the bundled content that `npm test` builds first.
const OUT = path.resolve('out')
const contentIds = readdirSync('content/claims')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort()

let claims: ClaimJSON[]
beforeAll(() => {
  if (!existsSync(path.join(OUT, 'claims.json'))) throw new Error('out/claims.json is missing: run `npm run build` first')
  claims = (JSON.parse(readFileSync(path.join(OUT, 'claims.json'), 'utf8')) as { claims: ClaimJSON[] }).claims
})

function html(page: string): string {
  return readFileSync(path.join(OUT, page), 'utf8')
}

describe('the static export', () => {
  it('shows on each claim page its citations as each would be formatted alone (they are formatted in batches, in another process)', () => {
    const ledger = getLedger()
    for (const claim of ledger.claims) {
      const page = parseDocument(html(`claims/${claim.id}.html`))
      const source = ledger.sources.find((candidate) => candidate.id === claim.source)!
      for (const { format, text } of formatAllCitations(cslRecordFor(claim, source))) {
        const shown = DomUtils.getElementById(`cite-${format}`, page.children)
        expect(shown && DomUtils.textContent(shown), `${claim.id} ${format}`).toBe(text)
      }
    }
  })

  it('shows each claim page its MDX body, compiled without a copy of the frontmatter', () => {
    for (const id of contentIds) {
      const compiled = JSON.parse(readFileSync(path.join('.contentlayer/generated/Claim', `claims__${id}.mdx.json`), 'utf8')) as { body: { code: string } }
      // The frontmatter is validated and read from src/content; mdx-bundler's export of it is skipped.
      expect(compiled.body.code, id).not.toMatch(/frontmatter/)
      const body = readFileSync(path.join('content/claims', `${id}.mdx`), 'utf8').split(/^---$/m)[2] ?? ''
      const phrase = /(?:[A-Za-z0-9]+ ){4}[A-Za-z0-9]+/.exec(body)?.[0]
      expect(phrase, `${id}: a plain phrase in the body`).toBeDefined()
      expect(html(`claims/${id}.html`), id).toContain(phrase)
    }
  })

  it('has a claims.json entry for every claim file, in article order', () => {
    expect(contentIds.length).toBeGreaterThan(0)
    expect(claims.map((claim) => claim.id).sort()).toEqual(contentIds)
    const ordered = claims.filter((claim) => claim.source.id === claims[0]?.source.id)
    expect(ordered.length).toBeGreaterThan(1)
  })

  it('gives every claim the fields the data contract promises', () => {
    for (const claim of claims) {
      expect(claim, claim.id).toMatchObject({
        id: expect.any(String),
        url: `/claims/${claim.id}`,
        title: expect.any(String),
        quote: expect.any(String),
        unit: expect.any(String),
        saidBy: { kind: expect.any(String), name: expect.any(String) },
        source: { id: expect.any(String), url: expect.stringMatching(/^https?:\/\//), publisher: expect.any(String), published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
        verdict: { id: expect.any(String), label: expect.any(String), rating: expect.any(Number) },
      })
      expect(claim).toHaveProperty('value')
      expect(claim).toHaveProperty('hedge')
      if (claim.kind === 'vague') expect(claim.interval).toBeNull()
      else expect(claim.interval).toHaveLength(2)
      for (const check of claim.checks) {
        expect(Object.keys(check)).toEqual(expect.arrayContaining(['id', 'expression', 'computed', 'interval', 'stated', 'status']))
      }
    }
  })

  it('writes out/claims/<id>.json equal to the claim in claims.json', () => {
    for (const claim of claims) {
      const single = JSON.parse(readFileSync(path.join(OUT, 'claims', `${claim.id}.json`), 'utf8')) as ClaimJSON
      expect(single).toEqual(claim)
    }
  })

  it('renders a page per claim with the figure, the quote and an anchor per check', () => {
    for (const claim of claims) {
      const page = html(`claims/${claim.id}.html`)
      expect(page, claim.id).toContain(claim.written.replace(/&/g, '&amp;'))
      for (const check of claim.checks) expect(page, `${claim.id}#check-${check.id}`).toContain(`id="check-${check.id}"`)
      expect(page).toContain(`href="${claim.source.url}"`)
    }
  })

  it('lists every claim on the home page and on its source page', () => {
    const home = html('index.html')
    for (const claim of claims) {
      expect(home, claim.id).toContain(`href="/claims/${claim.id}"`)
      expect(html(`sources/${claim.source.id}.html`), claim.id).toContain(`href="/claims/${claim.id}"`)
    }
  })

  it('publishes the methodology with the verdict scale and hedge rules', () => {
    const page = html('methodology.html')
    expect(page).toContain('Adds up, thinly sourced')
    expect(page).toContain('more than')
  })

  it('answers an unknown address with the 404 page', () => {
    expect(html('404.html')).toContain('No claim at this address')
  })

  it('ships no framework runtime on any page, and no RSC payload for it to fetch', () => {
    const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[]
    for (const page of files.filter((name) => name.endsWith('.html'))) {
      expect(html(page), page).not.toMatch(/<script[^>]*src="\/_next\//)
      expect(html(page), page).not.toContain('self.__next_f')
    }
    expect(files.filter((name) => name.endsWith('.txt') && name !== 'robots.txt' && name !== 'permalinks.txt')).toEqual([])
  })

  it('gives the search page its own small module; the index code and fuse.js are in a worker it starts', () => {
    const page = html('search.html')
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1] as string)
    expect(scripts).toHaveLength(2)
    const entry = scripts.find((src) => /^\/assets\/search-[A-Z0-9]+\.js$/.test(src))
    expect(entry, scripts.join(', ')).toBeDefined()
    const code = readFileSync(path.join(OUT, entry as string), 'utf8')
    // No static imports: the first load is the entry alone, and it carries neither the index reader nor fuse.js.
    expect(code).not.toMatch(/(^|[;}])import[{\s*]/)
    expect(code).not.toMatch(/Fuse|varint/)
    const worker = /data-worker="(\/assets\/search-worker-[A-Z0-9]+\.js)"/.exec(page)?.[1]
    expect(worker, 'the page names its worker').toBeDefined()
    const workerCode = readFileSync(path.join(OUT, worker as string), 'utf8')
    expect(workerCode).not.toMatch(/Fuse/)
    const [chunk] = [...workerCode.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((match) => match[1] as string)
    expect(readFileSync(path.join(OUT, 'assets', chunk as string), 'utf8')).toMatch(/Fuse/)
  })
})
