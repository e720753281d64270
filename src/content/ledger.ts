import { allClaims, allSources } from 'contentlayer/generated'
import { buildLedgerOrThrow, type ClaimRecord, type Ledger, type SourceRecord } from '@/core/content/ledger'
import { readContentFiles } from './files'

// The ledger comes from the content files themselves (the same reader `claims check` and the
// export use); Contentlayer supplies only the compiled MDX bodies. Importing its generated module
// here also means development reloads this module, and so the ledger, when content changes.

interface Indexed {
  readonly ledger: Ledger
  readonly claimsById: ReadonlyMap<string, ClaimRecord>
  readonly sourcesById: ReadonlyMap<string, SourceRecord>
  readonly claimsBySource: ReadonlyMap<string, readonly ClaimRecord[]>
}

let cached: Indexed | undefined

function indexed(): Indexed {
  if (cached) return cached
  const ledger = buildLedgerOrThrow(readContentFiles())
  const claimsBySource = new Map<string, ClaimRecord[]>()
  for (const claim of ledger.claims) {
    const list = claimsBySource.get(claim.source) ?? []
    list.push(claim)
    claimsBySource.set(claim.source, list)
  }
  cached = {
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

const compiledBodies = new Map<string, string>([
  ...allClaims.map((doc) => [`claim:${doc._raw.flattenedPath.replace(/^claims\//, '')}`, doc.body.code] as const),
  ...allSources.map((doc) => [`source:${doc._raw.flattenedPath.replace(/^sources\//, '')}`, doc.body.code] as const),
])

/** The compiled MDX body of a claim or source, for rendering. */
export function compiledBody(kind: 'claim' | 'source', id: string): string {
  const code = compiledBodies.get(`${kind}:${id}`)
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
