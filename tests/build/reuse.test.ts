import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { parseFeed } from '@rowanmanning/feed-parser'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { LinkChecker } from 'linkinator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '@/cli/static-server'
import { RATING_SCALE } from '@/core/check'
import sharp from 'sharp'
import type { ClaimJSON } from '@/core/content/claims-json'

// Over the static export that `npm test` builds first, with the default SITE_URL.
const OUT = path.resolve('out')
const SITE = 'http://127.0.0.1:3000'
const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8')
const claims = (JSON.parse(read('claims.json')) as { claims: ClaimJSON[] }).claims

function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? ''))
}

describe('structured data on claim pages', () => {
  it.each(claims.map((claim) => [claim.id, claim] as const))('%s has one valid ClaimReview, rated only if checked against the record', (id, claim) => {
    const reviews = jsonLdOf(read(`claims/${id}.html`)).filter((data) => (data as { '@type'?: string })['@type'] === 'ClaimReview')
    expect(reviews).toHaveLength(1)
    const review = reviews[0] as Record<string, unknown>
    expect(review['@context']).toBe('https://schema.org')
    expect(review).toMatchObject({
      url: `${SITE}/claims/${id}`,
      claimReviewed: claim.quote,
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      author: { '@type': 'Organization', name: 'Claim Ledger' },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: claim.saidBy.name },
        appearance: { url: claim.source.url },
        firstAppearance: { url: claim.source.url },
      },
    })
    if (claim.axes.record.id === 'not-checked' || claim.axes.record.id === 'unsettled') {
      // Aggregators read any rating as a judgement of truth: none without a record result.
      expect(claim.rating).toBeNull()
      expect(review).not.toHaveProperty('reviewRating')
    } else {
      expect(review.reviewRating).toMatchObject({
        '@type': 'Rating',
        bestRating: RATING_SCALE.best,
        worstRating: RATING_SCALE.worst,
        alternateName: claim.axes.record.label,
        ratingValue: claim.rating?.value,
      })
    }
  })

  it('gives every claim page Highwire, OpenGraph and Twitter tags and a social image', async () => {
    for (const claim of claims) {
      const html = read(`claims/${claim.id}.html`)
      expect(html, claim.id).toContain(`<meta name="citation_public_url" content="${SITE}/claims/${claim.id}"/>`)
      expect(html).toContain(`<meta name="citation_technical_report_number" content="version ${claim.version}"/>`)
      expect(html).toContain(`<meta property="og:image" content="${SITE}/claims/${claim.id}/social.jpg"/>`)
      expect(html).toContain('<meta property="og:image:width" content="1200"/>')
      expect(html).toContain(`<meta name="twitter:image" content="${SITE}/claims/${claim.id}/social.jpg"/>`)
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
      const image = await sharp(path.join(OUT, 'claims', claim.id, 'social.jpg')).metadata()
      expect({ format: image.format, width: image.width, height: image.height }, claim.id).toEqual({ format: 'jpeg', width: 1200, height: 630 })
    }
  })
})

describe('downloads', () => {
  it('serves BibTeX and RIS that parse back to the permalink and version', async () => {
    for (const claim of claims) {
      for (const extension of ['bib', 'ris']) {
        const [parsed] = (await Cite.async(read(`claims/${claim.id}.${extension}`))).data
        expect(parsed?.URL, `${claim.id}.${extension}`).toBe(`${SITE}/claims/${claim.id}`)
        expect(JSON.stringify(parsed)).toMatch(new RegExp(`[Vv]ersion ${claim.version}`))
      }
      expect(JSON.parse(read(`claims/${claim.id}.csl.json`))[0].URL).toBe(`${SITE}/claims/${claim.id}`)
    }
  })

  it('publishes Atom and RSS that a feed parser reads, newest review first, and a JSON Feed', () => {
    // Atom carries each claim's last review as `updated`; RSS has only a publication date, so it is held
    // to Atom's order rather than to its own dates.
    const atom = parseFeed(read('feed.atom'))
    expect(atom.items.map((item) => item.url)).toHaveLength(claims.length)
    const reviews = atom.items.map((item) => item.updated?.getTime() ?? 0)
    expect(reviews.every((time) => time > 0)).toBe(true)
    expect(reviews).toEqual([...reviews].sort((a, b) => b - a))
    const rss = parseFeed(read('feed.xml'))
    expect(rss.items.map((item) => item.url)).toEqual(atom.items.map((item) => item.url))
    const json = JSON.parse(read('feed.json')) as { version: string; items: { url: string }[] }
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/)
    expect(json.items.map((item) => item.url).sort()).toEqual(claims.map((claim) => `${SITE}/claims/${claim.id}`).sort())
  })

  it('lists every claim in the sitemap and points robots.txt at it', () => {
    const sitemap = read('sitemap.xml')
    for (const claim of claims) expect(sitemap).toContain(`<loc>${SITE}/claims/${claim.id}</loc>`)
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`)
  })

  it('publishes claims.csv with a row per claim and documents its columns on /data', () => {
    const lines = read('claims.csv').trim().split('\n')
    expect(lines[0]?.startsWith('id,url,title,quote')).toBe(true)
    for (const claim of claims) expect(read('claims.csv')).toContain(`${SITE}/claims/${claim.id}`)
    const header = lines[0]?.split(',') ?? []
    for (const column of header) expect(read('data.html')).toContain(`<code>${column}</code>`)
  })
})

describe('links', () => {
  let server: Server
  let baseUrl: string
  beforeAll(async () => {
    ;({ server, url: baseUrl } = await startStaticServer(OUT, 0))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('resolves every internal link and asset in out/, as a static host serves it', async () => {
    const checker = new LinkChecker()
    const result = await checker.check({
      path: `${baseUrl}/`,
      recurse: true,
      concurrency: 8,
      // Absolute links name SITE_URL; check them against this server instead.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE.replace(/\./g, '\\.')}`), replacement: baseUrl }],
      // Only this site: the original articles and outside data are other hosts' to keep.
      linksToSkip: async (link) => !link.startsWith(baseUrl) && !link.startsWith(SITE),
    })
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (from ${link.parent})`)
    expect(broken).toEqual([])
    expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(claims.length * 3)
  }, 120_000)
})
