import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// What `claims prepare` stages for each claim page (the build made it): only what the page shows.
const DIR = '.export/downloads/.internal/claims'
const files = readdirSync(DIR).filter((file) => file.endsWith('.json'))

describe('staged claim pages', () => {
  it('exist, one per claim', () => expect(files.length).toBeGreaterThan(10))

  it.each(files)('%s names each source it appeared in, without the article', (file) => {
    const { claim } = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { claim: { appearances: { source: object }[] } }
    expect(claim.appearances.length).toBeGreaterThan(0)
    for (const { source } of claim.appearances) expect(Object.keys(source).sort()).toEqual(['headline', 'id', 'page', 'published', 'publisher', 'url'])
  })
})
