import { readFileSync } from 'node:fs'
import path from 'node:path'
import { citationKey, cslRecord, formatAllCitations, type CitableClaim, type FormattedCitation } from '@/core/citation'
import { claimReview, serialiseJsonLd } from '@/core/citation/claim-review'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'

function citable(claim: ClaimRecord, source: SourceRecord): CitableClaim & { source: SourceRecord } {
  return { ...claim, source }
}

export function cslRecordFor(claim: ClaimRecord, source: SourceRecord) {
  return cslRecord(citable(claim, source), siteConfig)
}

/**
 * Citations formatted by `claims prepare` while Contentlayer compiles, keyed by their whole CSL
 * record (src/cli/export.ts writes it). A page whose record is not there (development, or a
 * build without prepare) formats its own, so a stale file can never show a wrong citation.
 */
export const FORMATTED_CITATIONS_FILE = '.export/downloads/.internal/citations.json'

let formatted: Map<string, FormattedCitation[]> | undefined

function preformatted(): Map<string, FormattedCitation[]> {
  if (formatted && process.env.NODE_ENV !== 'development') return formatted
  try {
    formatted = new Map(Object.entries(JSON.parse(readFileSync(path.resolve(FORMATTED_CITATIONS_FILE), 'utf8')) as Record<string, FormattedCitation[]>))
  } catch {
    formatted = new Map()
  }
  return formatted
}

/** The six citation formats for a claim page, with this deployment's base URL. */
export function citationsFor(claim: ClaimRecord, source: SourceRecord): FormattedCitation[] {
  const record = cslRecordFor(claim, source)
  return preformatted().get(citationKey(record)) ?? formatAllCitations(record)
}

/** Every claim's citations, keyed for `citationsFor`. */
export function formatCitationsOf(claims: readonly ClaimRecord[], sourceOf: (claim: ClaimRecord) => SourceRecord): Record<string, FormattedCitation[]> {
  const entries: Record<string, FormattedCitation[]> = {}
  for (const claim of claims) {
    const record = cslRecordFor(claim, sourceOf(claim))
    entries[citationKey(record)] = formatAllCitations(record)
  }
  return entries
}

/** The page's one ClaimReview, ready for a JSON-LD script element. */
export function claimReviewJsonLd(claim: ClaimRecord, source: SourceRecord): string {
  return serialiseJsonLd(claimReview({ ...claim, source }, siteConfig))
}
