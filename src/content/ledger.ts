import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Claim, Source } from 'contentlayer/generated'
import { buildLedgerOrThrow, type ClaimRecord, type Ledger, type SourceRecord } from '@/core/content/ledger'
import { contentDir, readContentFiles } from './files'

// The ledger comes from the content files themselves (the same reader `claims check` and the
// export use); Contentlayer supplies only the compiled MDX bodies. Both are read from disk when
// the pages render rather than imported: bundling every document into the server code made
// Turbopack's compile grow with the content (and every worker load it all). In development they
// are reread when a file changes, so an edit shows on the next reload.
const isDevelopment = process.env.NODE_ENV === 'development'

/** In development, what the cached ledger and bodies were read from; a change rereads them. */
function sourcesStamp(): string {
  if (!isDevelopment) return ''
  const files = [contentDir(), path.resolve('.contentlayer/generated')].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name)),
  )
  return files.map((file) => `${file}:${statSync(file).mtimeMs}`).join('|')
}

interface Indexed {
  readonly ledger: Ledger
  readonly claimsById: ReadonlyMap<string, ClaimRecord>
  readonly sourcesById: ReadonlyMap<string, SourceRecord>
  readonly claimsBySource: ReadonlyMap<string, readonly ClaimRecord[]>
}

let cached: (Indexed & { stamp: string }) | undefined

function indexed(): Indexed {
  const stamp = sourcesStamp()
  if (cached?.stamp === stamp) return cached
  const ledger = buildLedgerOrThrow(readContentFiles())
  const claimsBySource = new Map<string, ClaimRecord[]>()
  for (const claim of ledger.claims) {
    const list = claimsBySource.get(claim.source) ?? []
    list.push(claim)
    claimsBySource.set(claim.source, list)
  }
  cached = {
    stamp,
    ledger,
    claimsById: new Map(ledger.claims.map((claim) => [claim.id, claim])),
    sourcesById: new Map(ledger.sources.map((source) => [source.id, source])),
    claimsBySource,
  }
  return cached
}

/** The validated, checked ledger; throws naming every bad field. */
export function getLedger(): Ledger {
  return indexed().ledger
}

/** Contentlayer's output for one document type (`contentlayer2 build` writes it). */
function generated<T extends Claim | Source>(type: T['type']): T[] {
  const file = path.resolve('.contentlayer/generated', type, '_index.json')
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T[]
  } catch (error) {
    throw new Error(`${file}: cannot read Contentlayer's compiled MDX (${(error as Error).message}); run \`npm run content\` first`)
  }
}

let compiledBodies: { stamp: string; bodies: Map<string, string> } | undefined

/** The compiled MDX body of a claim or source, for rendering. */
export function compiledBody(kind: 'claim' | 'source', id: string): string {
  const stamp = sourcesStamp()
  if (compiledBodies?.stamp !== stamp) {
    const bodies = new Map([
      ...generated<Claim>('Claim').map((doc) => [`claim:${doc._raw.flattenedPath.replace(/^claims\//, '')}`, doc.body.code] as const),
      ...generated<Source>('Source').map((doc) => [`source:${doc._raw.flattenedPath.replace(/^sources\//, '')}`, doc.body.code] as const),
    ])
    compiledBodies = { stamp, bodies }
  }
  const code = compiledBodies.bodies.get(`${kind}:${id}`)
  if (code === undefined) throw new Error(`No compiled MDX body for ${kind} ${id}; run \`npm run content\``)
  return code
}

// Lookups by id are maps: a linear find made 10,000 claim pages quadratic.

export function getClaim(id: string): ClaimRecord | undefined {
  return indexed().claimsById.get(id)
}

export function getSource(id: string): SourceRecord | undefined {
  return indexed().sourcesById.get(id)
}

/** A source's published claims, in the ledger's order. */
export function claimsOfSource(sourceId: string): readonly ClaimRecord[] {
  return indexed().claimsBySource.get(sourceId) ?? []
}
