import { describe, expect, it } from 'vitest'
import { todayOf } from './extract'

describe('todayOf: the day new drafts and sources are dated', () => {
  const now = new Date('2026-12-06T23:59:59Z')
  it('is today in UTC without SOURCE_DATE_EPOCH', () => {
    expect(todayOf({}, now)).toBe('2026-12-06')
    expect(todayOf({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-12-06')
  })
  it("is SOURCE_DATE_EPOCH's day when set, whatever the clock says", () => {
    expect(todayOf({ SOURCE_DATE_EPOCH: '1718668800' }, now)).toBe('2024-06-18')
  })
  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, naming it', () => {
    expect(() => todayOf({ SOURCE_DATE_EPOCH: '2024-06-18' }, now)).toThrow('SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC; got "2024-06-18"')
  })
})
