import { claimReview, serialiseJsonLd, type ReviewableClaim } from '@/core/citation/claim-review'
import type { SourceSummary } from '@/core/content/staged-files'
import { siteConfig } from '@/config/site'

/** The page's one ClaimReview, ready for a JSON-LD script element. */
export function claimReviewJsonLd(claim: Omit<ReviewableClaim, 'source'>, source: SourceSummary): string {
  return serialiseJsonLd(claimReview({ ...claim, source }, siteConfig))
}
