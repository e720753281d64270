import { describe, expect, it } from 'vitest'
import { claimReview, serialiseJsonLd, type ReviewableClaim } from './claim-review'

const site = { name: 'Claim Ledger', url: 'https://claims.example.org' }
const claim: ReviewableClaim = {
  id: 'asylum-allowed-share',
  quote: '77% of migrants applying for asylum have been permitted to remain in the US',
  reviewed: '2026-11-28',
  changes: [{ date: '2026-11-01' }],
  saidBy: { kind: 'reporting', name: 'New York Post' },
  rating: null,
  rationale: 'The share follows from the two counts.',
  source: { publisher: 'New York Post', headline: 'H', url: 'https://nypost.com/a', published: '2024-06-18' },
}

describe('claimReview', () => {
  it('carries no reviewRating for a claim not checked against the record', () => {
    const review = claimReview(claim, site)
    expect(review).not.toHaveProperty('reviewRating')
    expect(serialiseJsonLd(review)).not.toMatch(/ratingValue/)
    expect(review).toMatchObject({ '@type': 'ClaimReview', url: 'https://claims.example.org/claims/asylum-allowed-share', datePublished: '2026-11-01' })
  })

  it('rates a claim checked against the record, its label as alternateName', () => {
    const review = claimReview({ ...claim, rating: { value: 1, best: 3, worst: 1, label: 'Contradicted by the record' } }, site)
    expect(review).toMatchObject({
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: 'Contradicted by the record', ratingExplanation: claim.rationale },
    })
  })
})
