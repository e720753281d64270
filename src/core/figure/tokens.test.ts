import { describe, expect, it } from 'vitest'
import { ARTICLE_TOKENS, FIGURE_TOKENS, readToken, scanTokens, SEARCH_TOKENS, type NumberToken, type TokenRules } from './tokens'
import { numberOfToken } from './written'

const texts = (text: string, rules: TokenRules) => scanTokens(text, rules).map((token) => token.text)
const EVERY_READER = [
  ['article text', ARTICLE_TOKENS],
  ['search', SEARCH_TOKENS],
] as const

describe('scanTokens: the parts of a token', () => {
  // prettier-ignore
  const rows: [string, string, Partial<NumberToken>][] = [
    ['thousands separators',   '499,000',      { text: '499,000', whole: '499,000', fraction: '', sign: null, currency: null, scale: null, percent: null }],
    ['decimals',               '1.85',         { whole: '1', fraction: '85' }],
    ['a currency and an abbreviation', '$1.5bn', { currency: '$', whole: '1', fraction: '5', scale: { written: 'bn', power: 9, abbreviated: true } }],
    ['pounds',                 '£5m',          { currency: '£', whole: '5', scale: { written: 'm', power: 6, abbreviated: true } }],
    ['a scale word',           '499 thousand', { text: '499 thousand', whole: '499', scale: { written: 'thousand', power: 3, abbreviated: false } }],
    ['a scale word glued',     '1.8million',   { whole: '1', fraction: '8', scale: { written: 'million', power: 6, abbreviated: false } }],
    ['a percent sign',         '77%',          { whole: '77', percent: '%' }],
    ['a spaced percent sign',  '77 %',         { text: '77 %', percent: '%' }],
    ['per cent',               '77 per cent',  { text: '77 per cent', percent: 'per cent' }],
    ['a capital scale word and percent word', '2 Million Percent', { scale: { written: 'Million', power: 6, abbreviated: false }, percent: 'Percent' }],
    ['a scale then a percent sign', '5k%',     { scale: { written: 'k', power: 3, abbreviated: true }, percent: '%' }],
  ]
  it.each(rows)('%s: %s', (_label, text, parts) => {
    for (const [, rules] of EVERY_READER) {
      const tokens = scanTokens(text, rules)
      expect(tokens).toHaveLength(1)
      expect(tokens[0]).toMatchObject({ text, start: 0, end: text.length, ...parts })
    }
  })

  it('gives each token its offsets in the text', () => {
    const text = 'Of 648,000 applications, 499,000 (77%) were allowed: $1.5bn.'
    const tokens = scanTokens(text, ARTICLE_TOKENS)
    expect(tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ['648,000', 3, 10],
      ['499,000', 25, 32],
      ['77%', 34, 37],
      ['$1.5bn', 53, 59],
    ])
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('finds nothing where there is no number', () => {
    for (const text of ['', ' ', 'in absentia', ',,,', '...', '.', '-', '−', '$', '%', 'k', 'million', 'per cent']) {
      for (const [, rules] of EVERY_READER) expect(scanTokens(text, rules), text).toEqual([])
    }
  })
})

describe('scanTokens: what is not a token', () => {
  // prettier-ignore
  const rows: [string, string, string[]][] = [
    ['the digits after a broken separator: "1,2" is not "2"', '1,2',         ['1']],
    ['a number with a broken separator, never cut short',     '1,2345',      []],
    ['a number glued to a word on its left',                  'FY2023',      []],
    ['a number glued to a letter of any script',              'Ä5 and ÖBB2', []],
    ['the decimals of a number, read apart',                  '1.5.3',       ['1.5']],
    ['a scale word that is part of a longer word',            '5 millionth', ['5']],
    ['an abbreviation that is the start of a word',           '5 kilometres',['5']],
    ['a percent word that is the start of a word',            '5 percentile',['5']],
  ]
  it.each(rows)('%s', (_label, text, expected) => {
    for (const [, rules] of EVERY_READER) expect(texts(text, rules), text).toEqual(expected)
  })

  it('cuts a number out of a rate, which is no part of a token: "3,200 a day"', () => {
    for (const [, rules] of EVERY_READER) expect(texts('3,200 a day', rules)).toEqual(['3,200'])
  })

  it('keeps a run of digits too long for a double as one token, which no reader can value', () => {
    const digits = '9'.repeat(400)
    for (const [, rules] of EVERY_READER) {
      const tokens = scanTokens(`${digits} crossings`, rules)
      expect(tokens.map((token) => token.whole)).toEqual([digits])
      expect(numberOfToken(tokens[0]!)).toBeNull()
    }
  })

  it('reads long runs of separators and digits', () => {
    const text = `${'1,'.repeat(50_000)} ${'9'.repeat(100_000)}x`
    expect(texts(text, ARTICLE_TOKENS)).toEqual(['1'])
    expect(texts(text, SEARCH_TOKENS)).toEqual(['1', '9'.repeat(100_000)])
  })
})

describe('the rules each reader chooses', () => {
  // One rule at a time, from search's rules (tokens ending where a word may): [rule, on, off, text, tokens on, tokens off].
  const base: TokenRules = { ...SEARCH_TOKENS, wholeWord: true }
  // prettier-ignore
  const rows: [keyof TokenRules, unknown, unknown, string, string[], string[]][] = [
    ['sign',                 true,   false,            '−3 and -2.5%',        ['−3', '-2.5%'],         ['3', '2.5%']],
    ['sign',                 true,   false,            '−.5',                 ['−.5'],                 ['.5']],
    ['sign',                 true,   false,            'COVID-19, 2019-2020', ['19', '2019', '2020'],  ['19', '2019', '2020']],
    ['currencies',           ['$'],  ['$', '£', '€'],  '$5, £5 and €5',       ['$5', '5', '5'],        ['$5', '£5', '€5']],
    ['leadingPoint',         true,   false,            'a .5 rise',           ['.5'],                  []],
    ['lineBreaks',           true,   false,            '5\nmillion, 77\n%', ['5\nmillion', '77\n%'], ['5', '77']],
    ['spacedAbbreviations',  true,   false,            '499 k and 5 m',       ['499 k', '5 m'],        ['499', '5']],
    ['abbreviationCapitals', 'any',  'single letters', '5MN, 1.5Bn, 5K, 2B',  ['5MN', '1.5Bn', '5K', '2B'], ['5K', '2B']],
    ['percentWords',         ['percent', 'pct'], ['percent'], '77 pct',       ['77 pct'],              ['77']],
    ['wholeWord',            false,  true,             '5kg, 21st, 3.5mg',    ['5', '21', '3.5'],      []],
  ]
  it.each(rows)('%s: %j', (rule, on, off, text, tokensOn, tokensOff) => {
    expect(texts(text, { ...base, [rule]: on })).toEqual(tokensOn)
    expect(texts(text, { ...base, [rule]: off })).toEqual(tokensOff)
  })

  it('reads a whole figure with FIGURE_TOKENS: generous in form, with "$" its only currency', () => {
    for (const written of ['499,000', '499 k', '1.5BN', '77 %', '77 per cent', '−2.35%', '.5', '$1,500', '1.8million']) {
      expect(readToken(written, FIGURE_TOKENS)?.text, written).toBe(written)
    }
    for (const written of ['£5', '€5', '77 pct', ' 5', '5 ', '5 crossings', '5,00', '5kpercent', '1,2']) {
      expect(readToken(written, FIGURE_TOKENS), written).toBeNull()
    }
  })

  it('compiles each set of rules once', () => {
    const rules = { ...SEARCH_TOKENS }
    expect(scanTokens('5k', rules)).toEqual(scanTokens('5k', rules))
    expect(readToken('5k', rules)?.scale?.power).toBe(3)
  })
})
