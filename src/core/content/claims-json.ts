import type { CheckResult } from '../check'
import { displayInterval, type CheckValue } from '../check/values'
import { isoOfDay, toJSONPair, type Interval } from '../figure'
// Only the type: the schema itself (zod) is for the CLI and the tests, not for pages.
import type { CheckJSON, ClaimJSON } from './claims-json-schema'
import type { ClaimRecord, IdentityLink, Ledger, SourceRecord } from './ledger'
import { checkAnchor } from '../paths'

export type { CheckJSON, ClaimJSON } from './claims-json-schema'

function pair(range: Interval | null): [number | null, number | null] | null {
  return range ? toJSONPair(range) : null
}

const valueOf = (value: CheckValue) => (value.kind === 'date' ? isoOfDay(value.nominal) : value.nominal)

function checkToJSON(check: CheckResult, identities: readonly IdentityLink[]): CheckJSON {
  const identity = identities.find((link) => link.check === check.id)
  return {
    id: check.id,
    title: check.title,
    kind: check.kind,
    expression: check.expression,
    computed: check.computed ? valueOf(check.computed) : null,
    interval: pair(check.computed?.interval ?? null),
    stated: check.stated ? { written: check.stated.written, interval: toJSONPair(check.stated.interval) } : null,
    relation: check.relation?.op ?? null,
    status: check.status,
    // A gap from a stated bound of 0 has no relative size (Infinity), which JSON cannot carry.
    offBy: check.offBy ? { absolute: check.offBy.absolute, relative: Number.isFinite(check.offBy.relative) ? check.offBy.relative : null } : null,
    steps: check.steps.map((step) => ({
      text: step.text,
      value: valueOf(step.result),
      interval: toJSONPair(step.result.interval),
      ...(step.claimId ? { claim: step.claimId } : {}),
      ...(step.dataset ? { dataset: step.dataset } : {}),
    })),
    needs: check.needs,
    note: check.note,
    anchor: checkAnchor(check.id),
    // A record check names the dataset it read (the first, when it compares two) and every row it used.
    dataset: check.steps.find((step) => step.dataset)?.dataset ?? null,
    rows: check.steps.some((step) => step.rows)
      ? check.steps.flatMap((step) => (step.rows ?? []).map((row) => ({ month: row.month, value: row.count, low: row.low, high: row.high, series: step.series ?? '' })))
      : null,
    citation: check.citation
      ? {
          publisher: check.citation.publisher,
          title: check.citation.title,
          url: check.citation.url,
          published: check.citation.published,
          retrieved: check.citation.retrieved,
          passage: check.citation.passage,
          value: check.citation.value,
          exact: check.citation.exact ?? false,
        }
      : null,
    identityWith: identity ? identity.with.map((other) => ({ claim: other.claim, check: other.check })) : null,
    inferred: check.inferred
      ? {
          input: check.inferred.input,
          reason: check.inferred.reason,
          value: valueOf(check.inferred.value),
          ends: check.inferred.ends.map((end) => ({
            input: end.input,
            value: valueOf(end.value),
            computed: valueOf(end.computed),
            interval: toJSONPair(end.computed.interval),
            status: end.status as CheckJSON['status'],
          })) as NonNullable<CheckJSON['inferred']>['ends'],
        }
      : null,
  }
}

/** One claim as published in `claims.json` and `claims/<id>.json`. */
export function claimToJSON(claim: ClaimRecord, source: Pick<SourceRecord, 'id' | 'url' | 'page' | 'publisher' | 'published' | 'headline'>): ClaimJSON {
  const { figure } = claim
  return {
    id: claim.id,
    url: claim.url,
    title: claim.title,
    quote: claim.quote,
    written: figure.written,
    kind: figure.kind,
    value: figure.kind === 'vague' ? null : figure.value,
    unit: figure.unit,
    hedge: figure.hedge,
    exact: figure.kind === 'quantity' ? (figure.exact ?? false) : false,
    interval: pair(claim.interval),
    intervalText: claim.interval ? displayInterval(claim.interval, figure.kind === 'date' ? 'date' : 'number') : null,
    period: figure.period ?? null,
    place: figure.place ?? null,
    saidBy: claim.saidBy,
    source: { id: source.id, url: source.url, page: source.page, publisher: source.publisher, published: source.published, headline: source.headline },
    topics: claim.topics,
    axes: claim.axes,
    rating: claim.rating,
    checked: claim.checked,
    rationale: claim.rationale,
    missingContext: claim.missingContext ?? null,
    version: claim.version,
    reviewed: claim.reviewed,
    changes: claim.changes,
    checks: claim.checks.map((check) => checkToJSON(check, claim.identities)),
    appearances: claim.appearances.map((appearance) => ({
      source: { id: appearance.source.id, url: appearance.source.url, publisher: appearance.source.publisher, published: appearance.source.published },
      quote: appearance.quote,
    })),
  }
}

/** The whole ledger as `claims.json`. */
export function ledgerToJSON(ledger: Ledger): { claims: ClaimJSON[] } {
  const sources = new Map(ledger.sources.map((source) => [source.id, source]))
  return {
    claims: ledger.claims.map((claim) => {
      const source = sources.get(claim.source)
      if (!source) throw new Error(`Claim ${claim.id} names source ${claim.source}, which the ledger lacks`)
      return claimToJSON(claim, source)
    }),
  }
}
