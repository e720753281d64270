// The social card's layout: where each piece of text goes on a 1200 × 630 image. Plain arithmetic
// over a text-measuring function, so the drawing code (src/cli/social-cards.ts) only paints, and
// long figures ("hundreds of thousands") shrink to fit instead of pushing the axes off the card.

/** Width in pixels of `text` set at `size` pixels. */
export type MeasureText = (text: string, size: number) => number

export interface CardInput {
  readonly site: string
  readonly hedge: string | null
  readonly written: string
  readonly title: string
  /** The three axes in order, each its name and value; the value's pill in `colour`. */
  readonly axes: readonly { readonly name: string; readonly label: string; readonly colour: string }[]
  /** "rating 3 of 3", only for a claim checked against the record. */
  readonly rating: string | null
}

/** Text with its top-left corner at (x, y). */
export interface TextOp {
  readonly kind: 'text'
  readonly text: string
  readonly x: number
  readonly y: number
  readonly size: number
  readonly colour: string
}

export interface PillOp {
  readonly kind: 'pill'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly colour: string
}

export type CardOp = TextOp | PillOp

export const CARD = {
  width: 1200,
  height: 630,
  padding: 64,
  background: '#fbfaf7',
  ink: '#1b1c1f',
  muted: '#55585f',
  site: 30,
  hedge: 56,
  figure: 150,
  /** Below this the figure would no longer read as the card's headline; such text is cut. */
  minFigure: 48,
  title: 44,
  titleLines: 3,
  axis: 28,
  /** Between axes on a row, and between rows. */
  axisGap: 32,
  rowGap: 12,
  lineHeight: 1.2,
} as const

/** Words greedily into lines no wider than `width`; the last line ends in "…" when text is cut. */
export function wrapText(text: string, size: number, width: number, maxLines: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (!line || measure(candidate, size) <= width) line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines.map((each) => fitWithEllipsis(each, size, width, measure))
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = fitWithEllipsis(`${kept[maxLines - 1]}…`, size, width, measure)
  return kept
}

function fitWithEllipsis(line: string, size: number, width: number, measure: MeasureText): string {
  if (measure(line, size) <= width) return line
  let cut = line.replace(/…$/, '')
  while (cut.length > 1 && measure(`${cut}…`, size) > width) cut = cut.slice(0, -1).trimEnd()
  return `${cut}…`
}

/**
 * The card as drawing operations: the site's name at the top, the figure (with its hedge) and the
 * claim's title in the middle, and at the bottom each axis, its name then its value in a pill,
 * flowing onto a second row when they do not fit one. The figure shrinks to the room left.
 * @example cardLayout({ site: 'Claim Ledger', hedge: null, written: '77%', title: '…', axes, rating: null }, measure)
 */
export function cardLayout(input: CardInput, measure: MeasureText): CardOp[] {
  const { padding, width, height, lineHeight } = CARD
  const inner = width - 2 * padding
  const ops: CardOp[] = [{ kind: 'text', text: input.site, x: padding, y: padding, size: CARD.site, colour: CARD.muted }]

  // The axes, laid out first: they fix the room left for the figure and the title.
  const pillPadding = { x: 20, y: 8, border: 3 }
  const pillHeight = CARD.axis * lineHeight + 2 * (pillPadding.y + pillPadding.border)
  const nameGap = 12
  interface Item {
    readonly name: string
    readonly label: string
    readonly colour: string | null
    readonly nameWidth: number
    readonly pillWidth: number
  }
  const items: Item[] = input.axes.map((axis) => {
    const label = fitWithEllipsis(axis.label, CARD.axis, inner - measure(axis.name, CARD.axis) - nameGap - 2 * (pillPadding.x + pillPadding.border), measure)
    return {
      name: axis.name,
      label,
      colour: axis.colour,
      nameWidth: measure(axis.name, CARD.axis),
      pillWidth: measure(label, CARD.axis) + 2 * (pillPadding.x + pillPadding.border),
    }
  })
  if (input.rating) items.push({ name: input.rating, label: '', colour: null, nameWidth: measure(input.rating, CARD.axis), pillWidth: 0 })
  const widthOf = (item: Item) => item.nameWidth + (item.colour ? nameGap + item.pillWidth : 0)
  const rows: Item[][] = []
  let rowWidth = 0
  for (const item of items) {
    const row = rows.at(-1)
    if (row && rowWidth + CARD.axisGap + widthOf(item) <= inner) {
      row.push(item)
      rowWidth += CARD.axisGap + widthOf(item)
    } else {
      rows.push([item])
      rowWidth = widthOf(item)
    }
  }
  const axesTop = height - padding - rows.length * pillHeight - Math.max(0, rows.length - 1) * CARD.rowGap

  // The figure line: hedge and figure side by side, shrunk together until they fit the width and the height left.
  const top = padding + CARD.site * lineHeight
  const titleLines = wrapText(input.title, CARD.title, inner, CARD.titleLines, measure)
  const titleLineHeight = CARD.title * lineHeight
  const hedgeGap = 20
  const lineWidth = (scale: number) => measure(input.written, CARD.figure * scale) + (input.hedge ? measure(input.hedge, CARD.hedge * scale) + hedgeGap * scale : 0)
  const roomForFigure = axesTop - CARD.rowGap - top - 12 - titleLines.length * titleLineHeight
  const scale = Math.max(CARD.minFigure / CARD.figure, Math.min(1, inner / lineWidth(1), roomForFigure / (CARD.figure * lineHeight)))
  const figureSize = CARD.figure * scale
  const hedgeSize = CARD.hedge * scale
  const written = fitWithEllipsis(input.written, figureSize, inner - (input.hedge ? measure(input.hedge, hedgeSize) + hedgeGap * scale : 0), measure)
  const middleHeight = figureSize * lineHeight + 12 + titleLines.length * titleLineHeight
  // The middle sits centred between the top line and the axes, as CSS space-between would put it.
  const middleY = top + Math.max(0, (axesTop - CARD.rowGap - top - middleHeight) / 2)

  let x = padding
  if (input.hedge) {
    // Hedge and figure share a baseline: the smaller text starts lower by the difference in size.
    ops.push({ kind: 'text', text: input.hedge, x, y: middleY + (figureSize - hedgeSize) * 0.8, size: hedgeSize, colour: CARD.muted })
    x += measure(input.hedge, hedgeSize) + hedgeGap * scale
  }
  ops.push({ kind: 'text', text: written, x, y: middleY, size: figureSize, colour: CARD.ink })
  titleLines.forEach((line, index) => {
    ops.push({ kind: 'text', text: line, x: padding, y: middleY + figureSize * lineHeight + 12 + index * titleLineHeight, size: CARD.title, colour: CARD.ink })
  })

  rows.forEach((row, rowIndex) => {
    const y = axesTop + rowIndex * (pillHeight + CARD.rowGap)
    const textY = y + pillPadding.border + pillPadding.y + (CARD.axis * lineHeight - CARD.axis) / 2
    let left = padding
    for (const item of row) {
      ops.push({ kind: 'text', text: item.name, x: left, y: textY, size: CARD.axis, colour: CARD.muted })
      if (item.colour) {
        const pillX = left + item.nameWidth + nameGap
        ops.push({ kind: 'pill', x: pillX, y, width: item.pillWidth, height: pillHeight, colour: item.colour })
        ops.push({ kind: 'text', text: item.label, x: pillX + pillPadding.border + pillPadding.x, y: textY, size: CARD.axis, colour: item.colour })
      }
      left += widthOf(item) + CARD.axisGap
    }
  })
  return ops
}
