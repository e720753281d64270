import type { CheckResult } from '../check'
import { displayInterval } from '../check/values'
import { isoOfDay, toJSONPair, type Interval } from '../figure'
import type { ClaimRecord, Ledger, SourceRecord } from './ledger'

function pair(range: Interval | null): [number | null, number | null] | null {
  return range ? toJSONPair(range) : null
}

function checkToJSON(check: CheckResult) {
  return {
    id: check.id,
    title: check.title,
    expression: check.expression,
    computed: check.computed ? (check.computed.kind === 'date' ? isoOfDay(check.computed.nominal) : check.computed.nominal) : null,
    interval: pair(check.computed?.interval ?? null),
    stated: check.stated ? { written: check.stated.written, interval: pair(check.stated.interval) } : null,
    relation: check.relation?.op ?? null,
    status: check.status,
    offBy: check.offBy ? { absolute: check.offBy.absolute, relative: check.offBy.relative } : null,
    steps: check.steps.map((step) => ({
      text: step.text,
      value: step.result.kind === 'date' ? isoOfDay(step.result.nominal) : step.result.nominal,
      interval: pair(step.result.interval),
      ...(step.claimId ? { claim: step.claimId } : {}),
    })),
    needs: check.needs,
    note: check.note,
    anchor: `check-${check.id}`,
  }
}

/** One claim as published in `claims.json` and `claims/<id>.json`. */
export function claimToJSON(claim: ClaimRecord, source: Pick<SourceRecord, 'id' | 'url' | 'page' | 'publisher' | 'published' | 'headline'>) {
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
    verdict: { ...claim.verdict, rationale: claim.rationale },
    version: claim.version,
    reviewed: claim.reviewed,
    changes: claim.changes,
    checks: claim.checks.map(checkToJSON),
    appearances: claim.appearances.map((appearance) => ({
      source: { id: appearance.source.id, url: appearance.source.url, publisher: appearance.source.publisher, published: appearance.source.published },
      quote: appearance.quote,
    })),
  }
}

export type ClaimJSON = ReturnType<typeof claimToJSON>

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
