import { describe, expect, it } from 'vitest'
import { referencedClaims } from '@/core/check'
import { buildLedger, formatIssue, type ClaimRecord } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'
import { parseLedger, serialiseStaged } from '@/core/content/ledger-json'

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

  it('reaches the pages unchanged through the ledger file claims prepare writes', () => {
    expect(parseLedger(serialiseStaged(ledger!))).toStrictEqual(ledger)
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
    expect(claim('no-dramatic-impact').verdict.id).not.toBe('adds-up')
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
    const needs = claim('ice-caseload-per-officer').checks.filter((check) => check.status === 'needs-outside-data')
    expect(needs.length).toBeGreaterThan(0)
    expect(needs[0]?.needs?.data.length).toBeGreaterThan(10)
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
