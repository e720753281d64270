import { allClaims, allSources, type Claim, type Source } from 'contentlayer/generated'
import { buildLedgerOrThrow, type ClaimRecord, type Ledger, type SourceRecord } from '@/core/content/ledger'

// Contentlayer's bookkeeping fields; everything else is frontmatter, validated by the core schema.
function frontmatterOf(doc: Claim | Source): Record<string, unknown> {
  const { _id, _raw, type, body, ...fields } = doc as unknown as Record<string, unknown>
  void _id, void _raw, void type, void body
  delete fields.text
  return fields
}

let cached: Ledger | undefined

/** The validated, checked ledger built from Contentlayer's documents; throws naming every bad field. */
export function getLedger(): Ledger {
  cached ??= buildLedgerOrThrow({
    sources: allSources.map((doc) => ({ path: doc._raw.sourceFilePath, data: frontmatterOf(doc), body: doc.body.raw, text: doc.text || undefined })),
    claims: allClaims.map((doc) => ({ path: doc._raw.sourceFilePath, data: frontmatterOf(doc), body: doc.body.raw })),
  })
  return cached
}

const compiledBodies = new Map<string, string>([
  ...allClaims.map((doc) => [`claim:${doc._raw.flattenedPath.replace(/^claims\//, '')}`, doc.body.code] as const),
  ...allSources.map((doc) => [`source:${doc._raw.flattenedPath.replace(/^sources\//, '')}`, doc.body.code] as const),
])

/** The compiled MDX body of a claim or source, for rendering. */
export function compiledBody(kind: 'claim' | 'source', id: string): string {
  const code = compiledBodies.get(`${kind}:${id}`)
  if (code === undefined) throw new Error(`No compiled MDX body for ${kind} ${id}`)
  return code
}

let claimsById: Map<string, ClaimRecord> | undefined

/** O(1) per page: a linear find made 10,000 claim pages quadratic. */
export function getClaim(id: string): ClaimRecord | undefined {
  claimsById ??= new Map(getLedger().claims.map((claim) => [claim.id, claim]))
  return claimsById.get(id)
}

export function getSource(id: string): SourceRecord | undefined {
  return getLedger().sources.find((source) => source.id === id)
}

export function claimsOfSource(sourceId: string): ClaimRecord[] {
  return getLedger().claims.filter((claim) => claim.source === sourceId)
}
