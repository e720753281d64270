import { describe, expect, it } from 'vitest'
import { CARD, cardLayout, wrapText, type CardInput, type CardOp, type TextOp } from './card'

// A monospaced stand-in for the font: every character is half as wide as the text is tall
// (at size 10, a character is 5 wide: a 40-wide line holds 8).
const measure = (text: string, size: number) => text.length * size * 0.5
const inner = CARD.width - 2 * CARD.padding

const base: CardInput = {
  site: 'Claim Ledger',
  hedge: null,
  written: '77%',
  title: 'Share of asylum applicants permitted to remain in the US under Biden',
  axes: [
    { name: 'Arithmetic', label: 'Adds up', colour: '#1d6b3a' },
    { name: 'Record', label: 'Not yet checked', colour: '#55585f' },
    { name: 'Sourcing', label: 'Unattributed', colour: '#7a4a00' },
  ],
  rating: null,
}
const longest: CardInput = {
  ...base,
  axes: [
    { name: 'Arithmetic', label: 'Nothing to compute', colour: '#55585f' },
    { name: 'Record', label: 'Contradicted by the record', colour: '#a4161a' },
    { name: 'Sourcing', label: 'Named official data or document', colour: '#1d6b3a' },
  ],
  rating: 'rating 1 of 3',
}

const texts = (ops: CardOp[]) => ops.filter((op): op is TextOp => op.kind === 'text')
const widthOf = (op: TextOp) => measure(op.text, op.size)

describe('wrapText', () => {
  // prettier-ignore
  const rows: [string, string, number, number, string[]][] = [
    ['fits on one line',           'three short words', 100, 2, ['three short words']],
    ['breaks between words',       'aaaa bbbb cccc',     40, 3, ['aaaa', 'bbbb', 'cccc']],
    ['cuts the last line with …',  'aaaa bbbb cccc',     40, 2, ['aaaa', 'bbbb…']],
    ['cuts a word wider than all', 'abcdefghijklmnop',   40, 1, ['abcdefg…']],
    ['empty input, no lines',      '   ',                50, 2, []],
  ]
  it.each(rows)('%s', (_label, text, width, maxLines, expected) => {
    expect(wrapText(text, 10, width, maxLines, measure)).toEqual(expected)
  })
})

describe('cardLayout', () => {
  it('keeps every piece of text inside the card, for short and long figures with hedges', () => {
    for (const input of [
      base,
      longest,
      { ...base, hedge: 'more than', written: '3,900' },
      { ...base, written: 'hundreds of thousands' },
      { ...longest, hedge: 'roughly', written: 'September 30, 2023 and then some more words' },
    ]) {
      for (const op of texts(cardLayout(input, measure))) {
        expect(op.x, op.text).toBeGreaterThanOrEqual(CARD.padding)
        expect(op.x + widthOf(op), op.text).toBeLessThanOrEqual(CARD.width - CARD.padding + 0.001)
        expect(op.y + op.size, op.text).toBeLessThanOrEqual(CARD.height - CARD.padding)
      }
    }
  })

  it('draws a short figure at full size and shrinks a long one to the width', () => {
    const short = texts(cardLayout(base, measure)).find((op) => op.text === '77%')
    expect(short?.size).toBe(CARD.figure)
    const long = texts(cardLayout({ ...base, written: 'hundreds of thousands' }, measure)).find((op) => op.text === 'hundreds of thousands')
    expect(long?.size).toBeLessThan(CARD.figure)
    expect(widthOf(long!)).toBeCloseTo(inner, 0)
  })

  it('sets the hedge before the figure on one baseline', () => {
    const ops = texts(cardLayout({ ...base, hedge: 'more than', written: '3,900' }, measure))
    const hedge = ops.find((op) => op.text === 'more than')!
    const figure = ops.find((op) => op.text === '3,900')!
    expect(hedge.x + widthOf(hedge)).toBeLessThan(figure.x)
    expect(hedge.y + hedge.size * 0.8).toBeCloseTo(figure.y + figure.size * 0.8, 6)
  })

  it('shows each axis, its name then its value in a pill of its colour, and no rating unless given', () => {
    const ops = cardLayout(base, measure)
    const pills = ops.filter((op) => op.kind === 'pill')
    expect(pills.map((pill) => pill.colour)).toEqual(['#1d6b3a', '#55585f', '#7a4a00'])
    for (const [index, axis] of base.axes.entries()) {
      const name = texts(ops).find((op) => op.text === axis.name)!
      const label = texts(ops).find((op) => op.text === axis.label)!
      const pill = pills[index]!
      expect(name.x + widthOf(name)).toBeLessThan(pill.x)
      expect(label.x).toBeGreaterThan(pill.x)
      expect(label.x + widthOf(label)).toBeLessThan(pill.x + pill.width)
    }
    expect(texts(ops).some((op) => /rating/.test(op.text))).toBe(false)
    expect(Math.max(...pills.map((pill) => pill.y + pill.height))).toBe(CARD.height - CARD.padding)
  })

  it('flows the axes onto a second row when they do not fit one, the rating last', () => {
    const ops = cardLayout(longest, measure)
    const pills = ops.filter((op) => op.kind === 'pill')
    expect(new Set(pills.map((pill) => pill.y)).size).toBeGreaterThan(1)
    expect(texts(ops).at(-1)?.text).toBe('rating 1 of 3')
    for (const pill of pills) expect(pill.x + pill.width).toBeLessThanOrEqual(CARD.width - CARD.padding + 0.001)
  })

  it('wraps the title and never runs it into the axes', () => {
    for (const input of [base, longest]) {
      const ops = cardLayout({ ...input, title: 'word '.repeat(60).trim() }, measure)
      const titleLines = texts(ops).filter((op) => op.size === CARD.title)
      expect(titleLines).toHaveLength(CARD.titleLines)
      expect(titleLines.at(-1)?.text.endsWith('…')).toBe(true)
      const firstPill = Math.min(...ops.filter((op) => op.kind === 'pill').map((pill) => pill.y))
      expect(titleLines.at(-1)!.y + CARD.title).toBeLessThanOrEqual(firstPill)
    }
  })
})
