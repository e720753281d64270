import { describe, expect, it } from 'vitest'
import { referencedClaims } from '@/core/check'
import { buildLedger, formatIssue, type ClaimRecord } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'

// The bundled content: the New York Post article of 2024-06-18 and its claims.
const files = readContentFiles('content')
const { ledger, issues } = buildLedger(files)
const claims = ledger?.claims ?? []

function claim(id: string): ClaimRecord {
  const found = claims.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No claim ${id}`)
  return found
}

/** The check on a claim whose expression reads exactly these claims (order-free). */
function checkReading(claimId: string, refs: string[]) {
  const found = claim(claimId).checks.find(
    (check) => check.expression !== null && [...referencedClaims(check.expression)].sort().join() === [...refs].sort().join(),
  )
  if (!found) throw new Error(`No check on ${claimId} reading ${refs.join(', ')}`)
  return found
}

describe('the bundled article', () => {
  it('is valid content, quotes verbatim, and accounts for every number in the text', () => {
    expect([...files.issues, ...issues].map(formatIssue)).toEqual([])
    expect(ledger?.sources).toHaveLength(1)
  })

  it('has a claim for every figure the article states', () => {
    const written = claims.map((each) => each.figure.written)
    for (const figure of ['42,000', '3,200', '3,900', '2,500', '1,500', 'July 2020', '100', '77%', '499,000', '648,000', '231,000', '159,000', '7,000', 'September 2023']) {
      expect(written, figure).toContain(figure)
    }
    expect(claims.filter((each) => each.figure.kind === 'vague').length).toBeGreaterThanOrEqual(3)
  })

  it('finds 77% consistent with 499,000 of 648,000', () => {
    const check = checkReading('asylum-allowed-share', ['asylum-allowed-count', 'asylum-applications-count'])
    expect(check.status).toBe('consistent')
    expect(check.computed?.nominal).toBeCloseTo(77.006, 3)
  })

  it('bounds the no-show share, since 231,000 is "more than"', () => {
    const check = checkReading('in-absentia-orders-fy2023', ['in-absentia-orders-fy2023', 'removal-orders-fy2023'])
    expect(check.status).toBe('bound-only')
    expect(check.computed?.interval.high).toBeCloseTo(69.05, 1)
  })

  it('finds 42,000 consistent with about 3,200 a day since June 5', () => {
    expect(checkReading('crossings-since-order', ['daily-crossings-after-order']).status).toBe('consistent')
    expect(checkReading('daily-crossings-after-order', ['crossings-since-order']).status).toBe('consistent')
  })

  it('bounds the change from more than 3,900 to about 3,200 a day', () => {
    const check = checkReading('no-dramatic-impact', ['daily-crossings-after-order', 'daily-crossings-before-order'])
    expect(check.status).toBe('bound-only')
    expect(check.computed?.interval.high).toBeLessThan(-16)
    expect(check.kind).toBe('context')
    expect(claim('no-dramatic-impact').axes.arithmetic.id).toBe('nothing-to-compute')
  })

  it('holds about 3,200 a day above the 2,500 trigger', () => {
    const check = checkReading('daily-crossings-after-order', ['daily-crossings-after-order', 'asylum-restriction-threshold'])
    expect(check.status).toBe('consistent')
    expect(check.relation?.op).toBe('largerEq')
  })

  it('places the end of fiscal year 2023 in September 2023', () => {
    const check = claim('fiscal-year-2023-end').checks.find((each) => each.expression?.includes('fiscalYearEnd(2023)'))
    expect(check?.status).toBe('consistent')
  })

  it('names the outside data for the case load per officer, which no bundled dataset settles', () => {
    const id = 'ice-caseload-per-officer'
    const needs = claim(id).checks.filter((check) => check.status === 'needs-outside-data')
    expect(needs.length).toBeGreaterThan(0)
    expect(needs[0]?.needs?.data.length).toBeGreaterThan(10)
    expect(needs.every((check) => check.kind === 'record')).toBe(true)
    expect(claim(id).axes.record.id).toBe('not-checked')
    expect(claim(id).rating).toBeNull()
  })

  it('finds July 2020 the last month under 1,500 a day, and January 2021 the last under 3,200', () => {
    const [under1500, under3200] = claim('lowest-since-july-2020').checks
    expect(under1500?.status).toBe('consistent')
    expect(under3200?.status).toBe('inconsistent')
    const month = (check: typeof under1500) => check?.steps.find((step) => step.dataset)?.rows?.[0]?.month
    expect(month(under1500)).toBe('2020-07')
    expect(month(under3200)).toBe('2021-01')
  })

  it('lists claims in article order', () => {
    const positions = claims.map((each) => each.position)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(claims[0]?.figure.written).toBe('42,000')
  })
})

describe('the bundled article on three axes', () => {
  it('rates only claims checked against the record, and says on each what was and was not checked', () => {
    const recordResult = (each: (typeof claims)[number]) => each.checks.some((check) => check.kind === 'record' && check.status !== 'needs-outside-data')
    for (const each of claims) {
      expect(each.checked, each.id).toMatch(/^Checked: .*\.( Not checked: .*\.)?$/)
      if (!recordResult(each)) {
        expect(each.axes.record.id, each.id).toBe('not-checked')
        expect(each.rating, each.id).toBeNull()
      }
    }
    const rated = Object.fromEntries(claims.filter((each) => each.rating).map((each) => [each.id, each.axes.record.id]))
    expect(rated).toEqual({
      'asylum-restriction-threshold': 'matches',
      'asylum-lift-threshold': 'matches',
      // July 2020 under the 1,500 reading, January 2021 under the 3,200 one.
      'lowest-since-july-2020': 'misleading',
    })
    // A monthly series bounds but cannot settle a two-week window: checked, not rated.
    for (const id of ['daily-crossings-before-order', 'daily-crossings-after-order', 'no-dramatic-impact', 'countries-exempt-san-diego']) {
      expect(claim(id).axes.record.id, id).toBe('unsettled')
      expect(claim(id).rating, id).toBeNull()
    }
  })

  it('groups the 77% share with its two counts as one identity, linked from each', () => {
    const members = ['asylum-allowed-share', 'asylum-allowed-count', 'asylum-applications-count']
    for (const id of members) {
      expect(claim(id).axes.arithmetic.id).toBe('adds-up')
      expect(claim(id).identities).toHaveLength(1)
      expect(claim(id).identities[0]?.with.map((other) => other.claim).sort()).toEqual(members.filter((other) => other !== id).sort())
      expect(claim(id).checked).toContain('one identity with 2 other claims, counted once')
    }
  })

  it('groups the 42,000 total with the 3,200 average over the inferred window, and not with the 2,500 comparison', () => {
    expect(claim('crossings-since-order').identities.map((link) => link.with.map((other) => other.claim))).toEqual([['daily-crossings-after-order']])
    expect(claim('daily-crossings-after-order').identities.map((link) => link.check)).toEqual(['total-over-13-days'])
    expect(claim('daily-crossings-after-order').checked).toContain('(2 checks, 1 of them one identity with 1 other claim, counted once)')
  })

  it('marks the 13-day window inferred, and shows the 42,000 fitting neither 12 nor 14 days', () => {
    expect(claim('crossings-since-order').figure.period?.inferred).toMatch(/June 17/)
    for (const id of ['crossings-since-order', 'daily-crossings-after-order']) {
      const check = claim(id).checks.find((each) => each.inferred)
      expect(check?.inferred?.value.nominal, id).toBe(13)
      expect(check?.inferred?.ends.map((end) => [end.value.nominal, end.status]), id).toEqual([
        [12, 'inconsistent'],
        [14, 'inconsistent'],
      ])
    }
  })

  it('counts comparisons with constants as context, not as the article adding up', () => {
    expect(checkReading('thousands-coming-daily', ['daily-crossings-after-order']).kind).toBe('context')
    expect(claim('thousands-coming-daily').axes.arithmetic.id).toBe('nothing-to-compute')
    expect(claim('fiscal-year-2023-end').checks[0]?.kind).toBe('context')
    expect(claim('fiscal-year-2023-end').axes.arithmetic.id).toBe('nothing-to-compute')
  })

  it('sources each figure by who the article says it comes from', () => {
    expect(claim('daily-crossings-after-order').axes.sourcing.id).toBe('anonymous-or-leaked')
    expect(claim('released-thousands-daily').axes.sourcing.id).toBe('anonymous-or-leaked')
    expect(claim('in-absentia-orders-fy2023').axes.sourcing.id).toBe('named-record')
    expect(claim('ice-caseload-per-officer').axes.sourcing.id).toBe('unattributed')
    expect(claim('crossings-since-order').axes.sourcing.id).toBe('unattributed')
  })
})
