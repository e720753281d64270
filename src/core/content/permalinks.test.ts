import { describe, expect, it } from 'vitest'
import type { Ledger } from './ledger'
import { aliasPage, brokenPermalinks, droppedLedgerLines, mergePermalinks, parsePermalinkLedger, publishedPermalinks, renderPermalinkLedger, type PathResolver } from './permalinks'

const site: Record<string, string> = {
  '/': '<main></main>',
  '/claims/share': '<section id="check-share-of-applications"></section>',
  '/claims/old-share': aliasPage('old-share', { url: '/claims/share', title: 'Share' }, 'https://claims.example.org'),
  '/claims.json': '',
}
const resolve: PathResolver = (path) => (path in site ? { html: site[path] ?? null } : null)

describe('permalink ledger', () => {
  it('reads one path a line, skipping comments and blanks', () => {
    expect(parsePermalinkLedger('# header\n/\n\n  /claims/share  \n')).toEqual(['/', '/claims/share'])
  })

  it('never drops a published permalink when merging', () => {
    expect(mergePermalinks(['/claims/gone', '/'], ['/', '/claims/new'])).toEqual(['/', '/claims/gone', '/claims/new'])
  })

  it('names the lines of a ledger a person edited that an update would drop, and no others', () => {
    const written = renderPermalinkLedger(['/', '/claims/share'])
    expect(parsePermalinkLedger(written)).toEqual(['/', '/claims/share'])
    expect(droppedLedgerLines(written, renderPermalinkLedger(['/', '/claims/new', '/claims/share']))).toEqual([])
    // Appended by hand, unsorted, padded: the update keeps the entry, so nothing is lost.
    expect(droppedLedgerLines(`${written}  /claims/by-hand\n\n`, renderPermalinkLedger(['/', '/claims/by-hand', '/claims/share']))).toEqual([])
    expect(droppedLedgerLines(`# kept for the 2024 redesign\n${written}`, renderPermalinkLedger(['/', '/claims/share']))).toEqual([{ line: 1, text: '# kept for the 2024 redesign' }])
  })

  it('names entries whose page or anchor is gone', () => {
    expect(
      brokenPermalinks(['/', '/claims/share', '/claims/share#check-share-of-applications', '/claims/share#check-gone', '/claims/removed', '/claims.json'], resolve),
    ).toEqual(['/claims/share#check-gone', '/claims/removed'])
  })

  it('resolves an anchor on an alias through the page it redirects to', () => {
    expect(brokenPermalinks(['/claims/old-share', '/claims/old-share#check-share-of-applications'], resolve)).toEqual([])
  })
})

describe('aliasPage', () => {
  const html = aliasPage('old-share', { url: '/claims/share', title: 'Share <of> "applications"' }, 'https://claims.example.org')
  it('redirects with a meta refresh, a canonical link and a visible link', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/claims/share">')
    expect(html).toContain('<link rel="canonical" href="https://claims.example.org/claims/share">')
    expect(html).toContain('<a href="/claims/share">Share &lt;of&gt; &quot;applications&quot;</a>')
  })
})

describe('publishedPermalinks', () => {
  it('promises each dataset page, its published file (percent-encoded), its derived tables and datasets.json', () => {
    const ledger = {
      sources: [],
      claims: [],
      drafts: [],
      datasets: [{ metadata: { id: 'ohss', file: 'KHSM Encounters (USBP).xlsx', tables: [{ id: 'monthly-by-region' }] }, folder: 'data/ohss', series: [] }],
    } as unknown as Ledger
    expect(publishedPermalinks(ledger)).toEqual(
      expect.arrayContaining(['/data/datasets.json', '/data/ohss', '/data/ohss/published/KHSM%20Encounters%20(USBP).xlsx', '/data/ohss/derived/monthly-by-region.csv']),
    )
  })

  it('promises no datasets.json when there are no datasets', () => {
    expect(publishedPermalinks({ sources: [], claims: [], drafts: [], datasets: [] } as unknown as Ledger)).not.toContain('/data/datasets.json')
  })
})
