import { cslRecord, formatCitationsInBatch, type FormattedCitation } from '@/core/citation'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'

/** A claim's one CSL-JSON record, with this deployment's base URL. */
export function cslRecordFor(claim: ClaimRecord, source: SourceRecord) {
  return cslRecord({ ...claim, source }, siteConfig)
}

/** Every claim's six citation formats, by claim id: `claims prepare` stages them for the pages. */
export function formatCitationsOf(claims: readonly ClaimRecord[], sourceOf: (claim: ClaimRecord) => SourceRecord): Record<string, FormattedCitation[]> {
  const records = claims.map((claim) => ({ claimId: claim.id, record: cslRecordFor(claim, sourceOf(claim)) }))
  const formatted = formatCitationsInBatch(records.map(({ record }) => record))
  return Object.fromEntries(records.map(({ claimId, record }) => [claimId, formatted.get(record.id)!]))
}
