import { describe, expect, it } from 'vitest'
import { arithmeticAxis, recordAxis, ratingOf, sourcingAxis } from '../check/axes'
import { tallies, type TallyClaim } from './tally'

function claim(id: string, checks: TallyClaim['checks'], identities: TallyClaim['identities'] = []): TallyClaim {
  const record = recordAxis(checks)
  return { id, checks, identities, axes: { arithmetic: arithmeticAxis(checks), record, sourcing: sourcingAxis('reporting') }, rating: ratingOf(record) }
}
const holds = (id: string) => ({ id, kind: 'arithmetic' as const, status: 'consistent' as const })

describe('tallies', () => {
  const claims = [
    claim('share', [holds('x'), { id: 'court', kind: 'record', status: 'needs-outside-data' }], [{ check: 'x', with: [{ claim: 'count', check: 'y' }] }]),
    claim('count', [holds('y')], [{ check: 'y', with: [{ claim: 'share', check: 'x' }] }]),
    claim('orders', [holds('z'), { id: 'eoir', kind: 'record', status: 'inconsistent' }]),
    claim('vague', [{ id: 'constant', kind: 'context', status: 'consistent' }]),
  ]
  const counts = tallies(claims)

  it('counts claims per value of each axis, every value listed', () => {
    expect(counts.axes.arithmetic.map(({ id, count }) => [id, count])).toEqual([
      ['adds-up', 3],
      ['does-not-add-up', 0],
      ['bound-only', 0],
      ['nothing-to-compute', 1],
    ])
    expect(counts.axes.record.find((value) => value.id === 'not-checked')?.count).toBe(3)
    expect(counts.axes.sourcing.reduce((sum, value) => sum + value.count, 0)).toBe(claims.length)
  })

  it('counts an identity checked from two claims once', () => {
    expect(counts.agreements).toEqual({ checks: 3, independent: 2 })
  })

  it('counts the claims checked against the record and those rated', () => {
    expect(counts.checkedAgainstRecord).toBe(1)
    expect(counts.rated).toBe(1)
  })
})
