import { describe, expect, it } from 'vitest'
import { highlightDoc, highlightRanges, mergeRanges, segments } from './highlight'
import { parseQuery } from './query'

const none = { terms: new Set<string>(), query: parseQuery('') }

describe('segments', () => {
  it('gives nothing for empty or non-string text', () => {
    expect(segments('', [[0, 3]])).toEqual([])
    expect(segments(undefined as unknown as string, [])).toEqual([])
  })

  it('ignores ranges outside the text, reversed or empty', () => {
    expect(
      segments('abc', [
        [5, 9],
        [2, 1],
        [1, 1],
        [-4, -1],
      ]),
    ).toEqual([{ text: 'abc', mark: false }])
  })

  it('cuts a text into marked and unmarked pieces that join back into it', () => {
    const text = 'Fox News says <b>7,000</b>'
    const pieces = segments(text, [
      [0, 3],
      [17, 22],
    ])
    expect(pieces).toEqual([
      { text: 'Fox', mark: true },
      { text: ' News says <b>', mark: false },
      { text: '7,000', mark: true },
      { text: '</b>', mark: false },
    ])
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
  })
})

describe('mergeRanges', () => {
  it('joins overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [2, 3],
        [6, 10],
      ]),
    ).toEqual([
      [0, 3],
      [5, 10],
    ])
  })
})

describe('highlightRanges', () => {
  it('marks nothing when nothing matched', () => {
    expect(highlightRanges('Share of asylum applicants', none)).toEqual([])
    expect(highlightRanges('', { terms: new Set(['asylum']), query: parseQuery('asylum') })).toEqual([])
  })

  it('marks words by their index term, whatever their case or plural', () => {
    const text = 'Crossings and the crossing'
    expect(highlightRanges(text, { terms: new Set(['crossing']), query: parseQuery('crossing') })).toEqual([
      [0, 9],
      [18, 26],
    ])
  })

  it('marks a number in any spelling of the typed one', () => {
    const text = 'equating to 499,000 of the 648,000 applications'
    expect(highlightRanges(text, { terms: new Set(), query: parseQuery('499k') })).toEqual([[12, 19]])
    expect(highlightRanges('77% of 77 cases', { terms: new Set(), query: parseQuery('77 percent') })).toEqual([[0, 3]])
  })

  it('marks numbers inside a typed comparison', () => {
    expect(highlightRanges('from 2,500 to 3,900 a day', { terms: new Set(), query: parseQuery('over 3000') })).toEqual([[14, 25]])
  })
})

describe('highlightDoc', () => {
  const doc = {
    id: 'asylum-allowed-count',
    url: '/claims/asylum-allowed-count',
    title: 'Asylum applicants permitted to remain',
    written: '499,000',
    hedge: null,
    unit: 'asylum applicants',
    publisher: 'New York Post',
    saidBy: 'Fox News',
    axes: {
      arithmetic: { id: 'adds-up', label: 'Adds up' },
      record: { id: 'not-checked', label: 'Not yet checked' },
      sourcing: { id: 'unattributed', label: 'Unattributed' },
    },
    topics: ['asylum'],
  }

  it('marks a matched figure whole, however it was typed', () => {
    const highlighted = highlightDoc(doc, { terms: new Set(), query: parseQuery('0.499 million') }, 'exact')
    expect(highlighted.figure).toEqual([{ text: '499,000', mark: true }])
  })

  it('marks the source', () => {
    const highlighted = highlightDoc(doc, { terms: new Set(['fox', 'news']), query: parseQuery('fox news') }, null)
    expect(highlighted.saidBy).toEqual([{ text: 'Fox News', mark: true }])
    expect(highlighted.publisher).toEqual([{ text: 'New York Post', mark: false }])
  })
})
