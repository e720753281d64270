import { allCitations, cslRecord, type CitableClaim } from '@/core/citation'
import { claimReview, serialiseJsonLd } from '@/core/citation/claim-review'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'

function citable(claim: ClaimRecord, source: SourceRecord): CitableClaim & { source: SourceRecord } {
  return { ...claim, source }
}

/** The six citation formats for a claim page, with this deployment's base URL. */
export function citationsFor(claim: ClaimRecord, source: SourceRecord) {
  return allCitations(citable(claim, source), siteConfig)
}

export function cslRecordFor(claim: ClaimRecord, source: SourceRecord) {
  return cslRecord(citable(claim, source), siteConfig)
}

/** The page's one ClaimReview, ready for a JSON-LD script element. */
export function claimReviewJsonLd(claim: ClaimRecord, source: SourceRecord): string {
  return serialiseJsonLd(claimReview({ ...claim, source }, siteConfig))
}
