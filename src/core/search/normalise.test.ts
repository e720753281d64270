import { describe, expect, it } from 'vitest'
import { facetKey, foldText, termOf, wellFormed, wordTokens } from './normalise'

describe('wellFormed', () => {
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['a lone high surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['a lone low surrogate', '\uDC00x', '\uFFFDx'],
    ['a surrogate pair, kept', '😀', '😀'],
    ['the empty string', '', ''],
  ]
  it.each(rows)('%s', (_label, input, expected) => {
    expect(wellFormed(input)).toBe(expected)
    expect(wellFormed(input)).toHaveLength(input.length)
  })
})

describe('foldText', () => {
  it.each([
    ['accents', 'Éxodo Ñandú', 'exodo nandu'],
    ['case', 'FOX News', 'fox news'],
    ['compatibility forms', 'ﬁscal', 'fiscal'],
  ])('folds %s', (_label, input, expected) => {
    expect(foldText(input)).toBe(expected)
  })
})

describe('termOf', () => {
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['nothing but punctuation', '—', ''],
    ['the empty string', '', ''],
    ['a plural', 'Crossings', 'crossing'],
    ['a plural in -ies', 'cities', 'city'],
    ['a plural in -sses', 'classes', 'class'],
    ['a plural in -ches', 'searches', 'search'],
    ['a possessive', 'Biden’s', 'biden'],
    ['a word ending in -ss', 'access', 'access'],
    ['a word ending in -us', 'census', 'census'],
    ['a listed non-plural', 'news', 'news'],
    ['a short word', 'has', 'has'],
    ['a word with digits', 'FY2023', 'fy2023'],
    ['a typo, left alone', 'asylm', 'asylm'],
  ]
  it.each(rows)('%s', (_label, word, expected) => {
    expect(termOf(word)).toBe(expected)
  })
})

describe('wordTokens', () => {
  it('gives nothing for text without words', () => {
    expect(wordTokens('')).toEqual([])
    expect(wordTokens('1,234 — 56%')).toEqual([])
  })

  it('keeps offsets into the original text', () => {
    const text = 'Fox News’ ICE officers'
    const tokens = wordTokens(text)
    expect(tokens.map((token) => token.term)).toEqual(['fox', 'news', 'ice', 'officer'])
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Fox', 'News', 'ICE', 'officers'])
  })

  it('reads words beside lone surrogates', () => {
    expect(wordTokens('in\uD800absentia').map((token) => token.term)).toEqual(['in', 'absentia'])
  })
})

describe('facetKey', () => {
  it.each([
    ['', ''],
    ['—', ''],
    ['New York Post', 'new-york-post'],
    ['Adds up, thinly sourced', 'adds-up-thinly-sourced'],
    ['  Crossings per day ', 'crossings-per-day'],
  ])('%j → %j', (label, key) => {
    expect(facetKey(label)).toBe(key)
  })
})
