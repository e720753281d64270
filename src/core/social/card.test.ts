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
  verdict: { label: 'Unresolved', rating: 3, colour: '#7a4a00' },
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
    for (const input of [base, { ...base, hedge: 'more than', written: '3,900' }, { ...base, written: 'hundreds of thousands' }, { ...base, hedge: 'roughly', written: 'September 30, 2023 and then some more words' }]) {
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

  it('puts the verdict in a pill sized to its label, with the rating after it', () => {
    const ops = cardLayout(base, measure)
    const pill = ops.find((op) => op.kind === 'pill')!
    const label = texts(ops).find((op) => op.text === 'Unresolved')!
    const rating = texts(ops).find((op) => op.text === 'rating 3 of 5')!
    expect(pill.colour).toBe('#7a4a00')
    expect(label.x + widthOf(label)).toBeLessThan(pill.x + pill.width)
    expect(rating.x).toBeGreaterThan(pill.x + pill.width)
    expect(pill.y + pill.height).toBe(CARD.height - CARD.padding)
  })

  it('wraps the title and never runs it into the verdict', () => {
    const ops = cardLayout({ ...base, title: 'word '.repeat(60).trim() }, measure)
    const titleLines = texts(ops).filter((op) => op.size === CARD.title)
    expect(titleLines).toHaveLength(CARD.titleLines)
    expect(titleLines.at(-1)?.text.endsWith('…')).toBe(true)
    const pill = ops.find((op) => op.kind === 'pill')!
    expect(titleLines.at(-1)!.y + CARD.title).toBeLessThanOrEqual(pill.y)
  })
})
