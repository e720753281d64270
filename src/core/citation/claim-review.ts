import type { ClaimReview, WithContext } from 'schema-dts'
import type { Rating } from '../check/axes'
import { ORIGINATOR_KINDS, type OriginatorKind } from '../content/originators'
import type { SiteIdentity } from './index'
import { claimPath } from '../paths'

/** What ClaimReview needs of a claim. */
export interface ReviewableClaim {
  readonly id: string
  readonly quote: string
  readonly reviewed: string
  readonly changes: readonly { readonly date: string }[]
  readonly saidBy: { readonly kind: OriginatorKind; readonly name: string }
  /** The accuracy rating; null unless the claim was checked against the record. */
  readonly rating: Rating | null
  readonly rationale: string
  readonly source: { readonly publisher: string; readonly headline: string; readonly url: string; readonly published: string }
}

// Data, documents and officials are organisations or people we cannot always tell apart; schema.org
// accepts an Organization for agencies and outlets, a Person for a named official.
function originator(saidBy: ReviewableClaim['saidBy']) {
  return saidBy.kind === 'named-official'
    ? ({ '@type': 'Person', name: saidBy.name } as const)
    : ({ '@type': 'Organization', name: saidBy.name, description: ORIGINATOR_KINDS[saidBy.kind] } as const)
}

/**
 * The schema.org ClaimReview for a claim page: one per page. It carries a `reviewRating` only for a
 * claim checked against the record: aggregators read a rating as a judgement of truth, which the
 * article's agreement with itself is not.
 * @example claimReview(claim, site).reviewRating // { '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'Matches the record', … }
 */
export function claimReview(claim: ReviewableClaim, site: SiteIdentity): WithContext<ClaimReview> {
  const url = `${site.url}${claimPath(claim.id)}`
  const appearance = {
    '@type': 'NewsArticle',
    url: claim.source.url,
    headline: claim.source.headline,
    datePublished: claim.source.published,
    publisher: { '@type': 'Organization', name: claim.source.publisher },
  } as const
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.quote,
    datePublished: claim.changes[0]?.date ?? claim.reviewed,
    dateModified: claim.reviewed,
    author: { '@type': 'Organization', name: site.name, url: site.url },
    ...(claim.rating
      ? {
          reviewRating: {
            '@type': 'Rating',
            ratingValue: claim.rating.value,
            bestRating: claim.rating.best,
            worstRating: claim.rating.worst,
            alternateName: claim.rating.label,
            ratingExplanation: claim.rationale,
          },
        }
      : {}),
    itemReviewed: {
      '@type': 'Claim',
      author: originator(claim.saidBy),
      datePublished: claim.source.published,
      appearance,
      firstAppearance: appearance,
    },
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serialiseJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
