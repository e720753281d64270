import { claimReview, serialiseJsonLd } from '@/core/citation/claim-review'
import type { ClaimRecord } from '@/core/content/ledger'
import type { SourceSummary } from '@/core/content/ledger-json'
import { siteConfig } from '@/config/site'

/** The page's one ClaimReview, ready for a JSON-LD script element. */
export function claimReviewJsonLd(claim: ClaimRecord, source: SourceSummary): string {
  return serialiseJsonLd(claimReview({ ...claim, source }, siteConfig))
}
