import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// What `claims prepare` stages for the pages (the build made it): each page's file only what that page shows.
const INTERNAL = '.stage/downloads/.internal'
const DIR = `${INTERNAL}/claims`
const files = readdirSync(DIR).filter((file) => file.endsWith('.json'))

describe('staged claim pages', () => {
  it('exist, one per claim', () => expect(files.length).toBeGreaterThan(10))

  it.each(files)('%s names each source it appeared in, without the article', (file) => {
    const { claim } = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { claim: { appearances: { source: object }[] } }
    expect(claim.appearances.length).toBeGreaterThan(0)
    for (const { source } of claim.appearances) expect(Object.keys(source).sort()).toEqual(['headline', 'id', 'page', 'published', 'publisher', 'url'])
  })
})

describe('staged sources', () => {
  const read = (file: string) => JSON.parse(readFileSync(path.join(INTERNAL, file), 'utf8')) as Record<string, unknown>

  it('name each source in the index every page reads, without its article', () => {
    const { sources } = read('site.json') as { sources: Record<string, unknown>[] }
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) for (const field of ['text', 'body', 'excluded', 'file']) expect(source, `${String(source.id)}.${field}`).not.toHaveProperty(field)
  })

  it('give each source page its article and exclusions', () => {
    const { sources } = read('site.json') as { sources: { id: string }[] }
    for (const { id } of sources) {
      const { source } = read(`sources/${id}.json`) as { source: { text: unknown; excluded: unknown } }
      expect(typeof source.text).toBe('string')
      expect(Array.isArray(source.excluded)).toBe(true)
    }
  })
})
