import { claimReview, serialiseJsonLd } from '@/core/citation/claim-review'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'

/** The page's one ClaimReview, ready for a JSON-LD script element. */
export function claimReviewJsonLd(claim: ClaimRecord, source: SourceRecord): string {
  return serialiseJsonLd(claimReview({ ...claim, source }, siteConfig))
}
