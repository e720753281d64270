import { describe, expect, it } from 'vitest'
import { annotatedPassages, type AnnotatableClaim } from './annotate'

const text = 'Intro. However, 77% of applicants stayed, equating to 499,000 of the 648,000 applications. Later, some 42,000 crossed.'
function axes(record: string) {
  return { arithmetic: { id: 'adds-up', label: 'Adds up' }, record: { id: record, label: record }, sourcing: { id: 'unattributed', label: 'Unattributed' } }
}
function claim(id: string, quote: string, written: string, record = 'not-checked'): AnnotatableClaim {
  return { id, quote, position: text.indexOf(quote), figure: { written }, axes: axes(record) }
}

describe('annotatedPassages', () => {
  it('returns nothing for no claims', () => {
    expect(annotatedPassages(text, [])).toEqual([])
  })

  it('merges overlapping quotes into one passage with each figure marked once, in order', () => {
    const passages = annotatedPassages(text, [
      claim('count', '499,000 of the 648,000 applications', '499,000'),
      claim('share', '77% of applicants stayed, equating to 499,000', '77%', 'matches'),
      claim('total', '648,000 applications', '648,000'),
      claim('crossed', 'some 42,000 crossed', '42,000'),
    ])
    expect(passages).toHaveLength(2)
    expect(passages[0]?.segments).toEqual([
      { kind: 'figure', text: '77%', claimId: 'share', axes: axes('matches') },
      { kind: 'text', text: ' of applicants stayed, equating to ' },
      { kind: 'figure', text: '499,000', claimId: 'count', axes: axes('not-checked') },
      { kind: 'text', text: ' of the ' },
      { kind: 'figure', text: '648,000', claimId: 'total', axes: axes('not-checked') },
      { kind: 'text', text: ' applications' },
    ])
    expect(passages[1]?.segments.map((segment) => segment.text).join('')).toBe('some 42,000 crossed')
  })

  it('shows only the quoted words, not the text between passages', () => {
    const passages = annotatedPassages(text, [claim('crossed', 'some 42,000 crossed', '42,000')])
    expect(passages.flatMap((passage) => passage.segments).map((segment) => segment.text).join('')).not.toContain('Intro')
  })
})
