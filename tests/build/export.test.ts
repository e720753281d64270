import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020'
import { beforeAll, describe, expect, it } from 'vitest'
import { DomUtils, parseDocument } from 'htmlparser2'
import { cslRecordFor } from '@/content/format-citations'
import { readContentFiles } from '@/content/files'
import { buildLedgerOrThrow } from '@/core/content/ledger'
import { formatAllCitations } from '@/core/citation'
import type { ClaimJSON } from '@/core/content/claims-json'
import { scriptHash } from '@/core/publish/security-headers'

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
    // The checked ledger of the content the export was built from (the pages' staged files hold only what they show).
    const ledger = buildLedgerOrThrow(readContentFiles())
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
        axes: {
          arithmetic: { id: expect.any(String), label: expect.any(String) },
          record: { id: expect.any(String), label: expect.any(String) },
          sourcing: { id: expect.any(String), label: expect.any(String) },
        },
        checked: expect.stringMatching(/^Checked: /),
      })
      expect(claim).not.toHaveProperty('verdict')
      expect(claim).toHaveProperty('value')
      expect(claim).toHaveProperty('hedge')
      if (claim.kind === 'vague') expect(claim.interval).toBeNull()
      else expect(claim.interval).toHaveLength(2)
      for (const check of claim.checks) {
        expect(Object.keys(check)).toEqual(expect.arrayContaining(['id', 'kind', 'expression', 'computed', 'interval', 'stated', 'status', 'dataset', 'rows', 'citation']))
      }
    }
  })

  it('rates only claims with a record result, and says what was and was not checked on every page', () => {
    for (const claim of claims) {
      const recordResult = claim.checks.some((check) => check.kind === 'record' && check.status !== 'needs-outside-data')
      if (!recordResult) {
        expect(claim.axes.record.id, claim.id).toBe('not-checked')
        expect(claim.rating, claim.id).toBeNull()
      }
      const page = parseDocument(html(`claims/${claim.id}.html`))
      const verdict = DomUtils.findOne((element) => element.attribs['aria-labelledby'] === 'verdict-title', page.children)
      const text = verdict ? DomUtils.textContent(verdict) : ''
      expect(text, claim.id).toContain(claim.checked)
      for (const axis of ['arithmetic', 'record', 'sourcing'] as const) expect(text, `${claim.id} ${axis}`).toContain(claim.axes[axis].label)
      if (claim.rating) expect(text, claim.id).toContain(`Accuracy rating: ${claim.rating.label}`)
      else expect(text, claim.id).toMatch(/No accuracy rating/)
      expect(text, claim.id).not.toMatch(/of 5\b/)
    }
  })

  it('validates claims.json and every claims/<id>.json against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(path.join(OUT, 'data', 'claims.schema.json'), 'utf8')) as { $id: string; $defs?: unknown }
    expect(schema.$id).toMatch(/\/data\/claims\.schema\.json$/)
    // ajv, not the zod schema the file is generated from: an independent reading of what is published.
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true })
    const validate = ajv.compile(schema)
    const file = JSON.parse(readFileSync(path.join(OUT, 'claims.json'), 'utf8')) as { claims: ClaimJSON[] }
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true)
    for (const claim of claims) {
      const single = JSON.parse(readFileSync(path.join(OUT, 'claims', `${claim.id}.json`), 'utf8')) as unknown
      expect(validate({ claims: [single] }), `${claim.id}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
    // The schema can fail: a record without its axes, or a check of an unknown kind, is refused.
    const broken = structuredClone(file)
    delete (broken.claims[0] as Partial<ClaimJSON>).axes
    expect(validate(broken)).toBe(false)
    expect(ajv.errorsText(validate.errors)).toMatch(/must have required property 'axes'/)
    const unknownKind = structuredClone(file)
    ;(unknownKind.claims.find((claim) => claim.checks.length > 0)!.checks[0] as { kind: string }).kind = 'corroboration'
    expect(validate(unknownKind)).toBe(false)
  })

  it('names the dataset and the rows of every check that read one, and the citation of every check completed by hand', () => {
    const checks = claims.flatMap((claim) => claim.checks.map((check) => ({ claim: claim.id, ...check })))
    const fromData = checks.filter((check) => check.steps.some((step) => step.dataset))
    const cited = checks.filter((check) => check.citation)
    expect(fromData.length).toBeGreaterThanOrEqual(8)
    expect(cited.map((check) => `${check.claim}#${check.id}`).sort()).toEqual([
      'asylum-lift-threshold#proclamation-lifting-test',
      'asylum-restriction-threshold#proclamation-trigger',
    ])
    for (const check of [...fromData, ...cited]) expect(check.kind, check.id).toBe('record')
    for (const check of fromData) {
      expect(check.dataset, check.id).toMatch(/^(ohss-usbp-encounters|cbp-southwest-land-border-encounters)$/)
      expect(check.rows?.length, check.id).toBeGreaterThan(0)
      for (const row of check.rows ?? []) expect(row.low <= row.value && row.value <= row.high, `${check.id} ${row.month}`).toBe(true)
    }
    const july = checks.find((check) => check.claim === 'lowest-since-july-2020' && check.id === 'cbp-monthly-encounters')
    expect(july?.rows?.[0]).toEqual({ month: '2020-07', value: 38_560, low: 38_555, high: 38_565, series: 'ohss-usbp-encounters/southwest-border' })
    for (const check of cited) expect(check.citation?.url).toMatch(/^https:\/\//)
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

  it('publishes the methodology with the three axes, their rules, the rating and the hedge rules', () => {
    const page = DomUtils.textContent(parseDocument(html('methodology.html')))
    for (const heading of [
      'Arithmetic: Do the article’s own figures agree?',
      'Record: What do official data or documents say?',
      'Sourcing: How is the figure sourced?',
      'How the axes make a rating',
    ]) {
      expect(page).toContain(heading)
    }
    expect(page).toContain('Contradicted by the record')
    expect(page).not.toContain('Adds up, thinly sourced')
    expect(page).toContain('more than')
  })

  it('says on the home page how many claims were checked against the record, and counts per axis', () => {
    const home = parseDocument(html('index.html'))
    const stat = DomUtils.findOne((element) => element.attribs['data-stat'] === 'record', home.children)
    expect(stat && DomUtils.textContent(stat)).toBe(String(claims.filter((claim) => claim.axes.record.id !== 'not-checked').length))
    for (const axis of ['arithmetic', 'record', 'sourcing']) {
      expect(
        DomUtils.findOne((element) => element.attribs['data-tally'] === axis, home.children),
        axis,
      ).not.toBeNull()
    }
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

  it('writes the site script inline at the end of every page, allowed by its hash, and fetches no other script but the search module', () => {
    const manifest = JSON.parse(html('assets/manifest.json')) as Record<string, string>
    const code = readFileSync(path.join(OUT, manifest['every-page'] as string), 'utf8').trim()
    const hash = scriptHash(code)
    const files = (readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html'))
    const pages = files.filter((name) => html(name).includes('class="site-header"'))
    expect(pages.length).toBeGreaterThan(20)
    for (const page of pages) {
      const text = html(page)
      // A module the parser had to wait for would hold back the end of parsing, and the layout Chromium forces there.
      expect(text, page).toContain(`<script>${code}</script></body>`)
      expect(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(text)?.[1], page).toContain(hash)
      const fetched = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1] as string)
      expect(fetched, page).toEqual(page === 'search.html' ? [expect.stringMatching(/^\/assets\/search-page-[A-Z0-9]+\.js$/)] : [])
    }
  })

  it('gives the search page its own small module; the index code and fuse.js are in a worker it starts', () => {
    const page = html('search.html')
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1] as string)
    // The site's own script is inline (src/browser/every-page.ts, on every page): the search module is the one fetched.
    expect(scripts).toHaveLength(1)
    const entry = scripts.find((src) => /^\/assets\/search-page-[A-Z0-9]+\.js$/.test(src))
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
