import { cslRecord, formatCitationsInBatch, type FormattedCitation } from '@/core/citation'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'

/** A claim's one CSL-JSON record, with this deployment's base URL. */
export function cslRecordFor(claim: ClaimRecord, source: SourceRecord) {
  return cslRecord({ ...claim, source }, siteConfig)
}

// citeproc's registry grows with the batch (memory, and sorting it); a few hundred records at a time
// keep both flat while sharing each engine across the batch.
const BATCH = 250

/** Every claim's six citation formats, by claim id: `claims prepare` stages them for the pages. */
export function formatCitationsOf(claims: readonly ClaimRecord[], sourceOf: (claim: ClaimRecord) => SourceRecord): Record<string, FormattedCitation[]> {
  const entries: Record<string, FormattedCitation[]> = {}
  for (let start = 0; start < claims.length; start += BATCH) {
    const records = claims.slice(start, start + BATCH).map((claim) => ({ claimId: claim.id, record: cslRecordFor(claim, sourceOf(claim)) }))
    const formatted = formatCitationsInBatch(records.map(({ record }) => record))
    for (const { claimId, record } of records) entries[claimId] = formatted.get(record.id)!
  }
  return entries
}
