import { describe, expect, it } from 'vitest'
import { identityGroups, independentCount, type IdentityCandidate } from './identity'

const check = (claimId: string, checkId: string, refs: string[], constants: string[], comparesStated = true): IdentityCandidate => ({
  claimId,
  checkId,
  refs,
  constants,
  comparesStated,
})

// The article's two identities, checked from each of their figures.
const share = check('share', 'of-applications', ['allowed', 'applications'], ['100'])
const allowed = check('allowed', 'share-times-applications', ['share', 'applications'], ['100'])
const applications = check('applications', 'count-divided-by-share', ['allowed', 'share'], ['100'])
const total = check('total', 'over-13-days', ['daily'], ['days("2024-06-05", "2024-06-18")'])
const daily = check('daily', 'total-over-13-days', ['total'], ['days("2024-06-05", "2024-06-18")'])

describe('identityGroups', () => {
  it('groups the 77% share with its two counts, and the 42,000 total with the 3,200 average', () => {
    expect(identityGroups([share, allowed, applications, total, daily])).toEqual([
      { claims: ['allowed', 'applications', 'share'], members: [share, allowed, applications].map(({ claimId, checkId }) => ({ claimId, checkId })) },
      { claims: ['daily', 'total'], members: [total, daily].map(({ claimId, checkId }) => ({ claimId, checkId })) },
    ])
  })

  // prettier-ignore
  const rows: [string, IdentityCandidate[]][] = [
    ['the same claims over a different window',  [total, check('daily', 'over-14-days', ['total'], ['days("2024-06-05", "2024-06-19")'])]],
    ['a comparison, not a stated figure',        [check('a', 'x', ['b'], []), check('b', 'y', ['a'], [], false)]],
    ['two checks on one claim',                  [check('a', 'x', ['b'], []), check('a', 'y', ['b'], [])]],
    ['different sets of claims',                 [share, check('allowed', 'z', ['share'], ['100'])]],
    ['a check with no refs',                     [check('a', 'x', [], ['1']), check('b', 'y', [], ['1'])]],
  ]
  it.each(rows)('does not group %s', (_label, candidates) => {
    expect(identityGroups(candidates)).toEqual([])
  })

  it('reads a power of ten as a unit factor, not a different identity', () => {
    expect(identityGroups([check('a', 'x', ['b'], ['100']), check('b', 'y', ['a'], ['1000', '1'])])).toHaveLength(1)
  })
})

describe('independentCount', () => {
  it('counts each identity once and every other check once', () => {
    const groups = identityGroups([share, allowed, applications, total, daily])
    const other = { claimId: 'orders', checkId: 'within-total' }
    expect(independentCount([share, allowed, applications, total, daily, other], groups)).toBe(3)
    expect(independentCount([], groups)).toBe(0)
  })
})
