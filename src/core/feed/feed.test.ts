import { describe, expect, it } from 'vitest'
import type { ClaimJSON } from '../content/claims-json'
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
    axes: {
      arithmetic: { id: 'adds-up', label: 'Adds up' },
      record: { id: 'not-checked', label: 'Not yet checked' },
      sourcing: { id: 'unattributed', label: 'Unattributed' },
    },
    rating: null,
    checked: 'Checked: the article’s own arithmetic (1 check). Not checked: the record (no data named).',
    rationale: 'R.',
    missingContext: null,
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

  it('shows the three axes and what was checked, and no rating for a claim not checked against the record', () => {
    const [item] = (JSON.parse(feeds.json) as { items: { summary: string; content_html: string }[] }).items
    expect(item?.summary).toContain('Arithmetic: Adds up · Record: Not yet checked · Sourcing: Unattributed.')
    expect(item?.summary).toContain('Not checked: the record')
    expect(`${feeds.atom}${feeds.rss}${feeds.json}`).not.toMatch(/Rating|of 5/)
  })

  it('gives the rating of a claim checked against the record', () => {
    const checked = claim('checked', '2026-11-28', {
      axes: {
        arithmetic: { id: 'adds-up', label: 'Adds up' },
        record: { id: 'contradicted', label: 'Contradicted by the record' },
        sourcing: { id: 'named-record', label: 'Named official data or document' },
      },
      rating: { value: 1, best: 3, worst: 1, label: 'Contradicted by the record' },
    })
    expect(claimFeeds([checked], site).atom).toContain('Rating: Contradicted by the record (1 of 3)')
  })

  it('is the same on any day for the same content', () => {
    expect(claimFeeds([claim('older', '2026-11-01')], site).atom).toContain('<updated>2026-11-01T00:00:00.000Z</updated>')
  })
})

describe('claimsCsv', () => {
  it('has the documented header and quotes fields with commas and quotes', () => {
    const [header, row] = claimsCsv([claim('a', '2026-11-28')], site)
      .trim()
      .split('\n')
    expect(header).toBe(CSV_COLUMNS.map(([name]) => name).join(','))
    expect(row).toContain('"Some 42,000 migrants <crossed>, ""quoted"""')
    expect(row).toContain('https://claims.example.org/claims/a')
  })

  it('has a column per axis and an empty rating where the record was not checked', () => {
    const [header, row] = claimsCsv([claim('a', '2026-11-28')], site)
      .trim()
      .split('\n')
    const cells = Object.fromEntries((header ?? '').split(',').map((name, index) => [name, index]))
    expect(header).not.toContain('verdict')
    expect(row).toContain(',adds-up,not-checked,unattributed,,')
    expect(cells.arithmetic).toBeLessThan(cells.rating ?? 0)
  })
})
