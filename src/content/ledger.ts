import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Claim, Source } from 'contentlayer/generated'
import type { ClaimRecord, Ledger, SourceRecord } from '@/core/content/ledger'
import { parseLedger } from '@/core/content/ledger-json'
import { PAGE_LEDGER_FILE, readStaged } from './staged'

// The pages render the ledger `claims prepare` validated, checked and staged (the same one the
// downloads are made from) and Contentlayer's compiled MDX bodies, both read from disk rather than
// imported: bundling every document, or the checks that build the ledger (mathjs, zod, yaml),
// made Turbopack's compile grow with the content and every worker redo the checks. In
// development `claims prepare --watch` and `contentlayer2 dev` rewrite them on every edit.
const isDevelopment = process.env.NODE_ENV === 'development'

interface Indexed {
  readonly ledger: Ledger
  readonly claimsById: ReadonlyMap<string, ClaimRecord>
  readonly sourcesById: ReadonlyMap<string, SourceRecord>
  readonly claimsBySource: ReadonlyMap<string, readonly ClaimRecord[]>
}

function indexLedger(text: string, file: string): Indexed {
  const ledger = parseLedger(text, file)
  const claimsBySource = new Map<string, ClaimRecord[]>()
  for (const claim of ledger.claims) {
    const list = claimsBySource.get(claim.source) ?? []
    list.push(claim)
    claimsBySource.set(claim.source, list)
  }
  return {
    ledger,
    claimsById: new Map(ledger.claims.map((claim) => [claim.id, claim])),
    sourcesById: new Map(ledger.sources.map((source) => [source.id, source])),
    claimsBySource,
  }
}

function indexed(): Indexed {
  return readStaged(PAGE_LEDGER_FILE, indexLedger)
}

/** The validated, checked ledger. */
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

/** In development, when Contentlayer last wrote its output; a change rereads the bodies. */
function sourcesStamp(): string {
  if (!isDevelopment) return ''
  return (['Claim', 'Source'] as const).map((type) => statSync(path.resolve('.contentlayer/generated', type, '_index.json')).mtimeMs).join('|')
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
