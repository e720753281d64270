import { describe, expect, it } from 'vitest'
import type { ClaimJSON } from '../content/export'
import { claimFeeds, claimsCsv, CSV_COLUMNS } from './index'

function claim(id: string, reviewed: string, extra: Partial<ClaimJSON> = {}): ClaimJSON {
  return {
    id,
    url: `/claims/${id}`,
    title: `Title of ${id}`,
    quote: 'Some 42,000 migrants <crossed>, "quoted"',
    written: '42,000',
    kind: 'quantity',
    value: 42000,
    unit: 'crossings',
    hedge: 'some',
    exact: false,
    interval: [41500, 42500],
    intervalText: '41,500 – 42,500',
    period: null,
    place: null,
    saidBy: { kind: 'reporting', name: 'New York Post' },
    source: { id: 's', url: 'https://example.org/a', page: '/sources/s', publisher: 'New York Post', published: '2024-06-18', headline: 'H' },
    topics: ['border-crossings'],
    verdict: { id: 'adds-up-thinly-sourced', rating: 4, label: 'Adds up, thinly sourced', rationale: 'R.' },
    version: 1,
    reviewed,
    changes: [{ date: '2026-11-01', summary: 'First published.' }],
    checks: [],
    ...extra,
  } as ClaimJSON
}
const site = { name: 'Claim Ledger', url: 'https://claims.example.org', description: 'D' }

describe('claimFeeds', () => {
  const feeds = claimFeeds([claim('older', '2026-11-01'), claim('newer', '2026-11-28')], site)
  it('lists the newest review first in every format', () => {
    expect(feeds.atom.indexOf('/claims/newer')).toBeLessThan(feeds.atom.indexOf('/claims/older'))
    expect(feeds.rss.indexOf('/claims/newer')).toBeLessThan(feeds.rss.indexOf('/claims/older'))
    const json = JSON.parse(feeds.json) as { items: { id: string }[] }
    expect(json.items.map((item) => item.id)).toEqual(['https://claims.example.org/claims/newer', 'https://claims.example.org/claims/older'])
  })

  it('escapes markup from quotes', () => {
    expect(feeds.atom).not.toContain('<crossed>')
  })

  it('is the same on any day for the same content', () => {
    expect(claimFeeds([claim('older', '2026-11-01')], site).atom).toContain('<updated>2026-11-01T00:00:00.000Z</updated>')
  })
})

describe('claimsCsv', () => {
  it('has the documented header and quotes fields with commas and quotes', () => {
    const [header, row] = claimsCsv([claim('a', '2026-11-28')], site).trim().split('\n')
    expect(header).toBe(CSV_COLUMNS.map(([name]) => name).join(','))
    expect(row).toContain('"Some 42,000 migrants <crossed>, ""quoted"""')
    expect(row).toContain('https://claims.example.org/claims/a')
  })
})
