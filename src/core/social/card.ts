// The social card's layout: where each piece of text goes on a 1200 × 630 image. Plain arithmetic
// over a text-measuring function, so the drawing code (src/cli/social-cards.ts) only paints, and
// long figures ("hundreds of thousands") shrink to fit instead of pushing the verdict off the card.

/** Width in pixels of `text` set at `size` pixels. */
export type MeasureText = (text: string, size: number) => number

export interface CardInput {
  readonly site: string
  readonly hedge: string | null
  readonly written: string
  readonly title: string
  readonly verdict: { readonly label: string; readonly rating: number; readonly colour: string }
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
  verdict: 34,
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
 * The card as drawing operations: the site's name at the top, the figure (with its hedge) as large
 * as fits and the claim's title in the middle, the verdict in a pill and its rating at the bottom.
 * @example cardLayout({ site: 'Claim Ledger', hedge: null, written: '77%', title: '…', verdict }, measure)
 */
export function cardLayout(input: CardInput, measure: MeasureText): CardOp[] {
  const { padding, width, height, lineHeight } = CARD
  const inner = width - 2 * padding
  const ops: CardOp[] = [{ kind: 'text', text: input.site, x: padding, y: padding, size: CARD.site, colour: CARD.muted }]

  // The figure line: hedge and figure side by side, shrunk together until they fit the width.
  const hedgeGap = 20
  const lineWidth = (scale: number) =>
    measure(input.written, CARD.figure * scale) + (input.hedge ? measure(input.hedge, CARD.hedge * scale) + hedgeGap * scale : 0)
  const scale = Math.max(CARD.minFigure / CARD.figure, Math.min(1, inner / lineWidth(1)))
  const figureSize = CARD.figure * scale
  const hedgeSize = CARD.hedge * scale
  const written = fitWithEllipsis(input.written, figureSize, inner - (input.hedge ? measure(input.hedge, hedgeSize) + hedgeGap * scale : 0), measure)

  const titleLines = wrapText(input.title, CARD.title, inner, CARD.titleLines, measure)
  const titleLineHeight = CARD.title * lineHeight
  const middleHeight = figureSize * lineHeight + 12 + titleLines.length * titleLineHeight

  const pillPadding = { x: 24, y: 8, border: 3 }
  const pillHeight = CARD.verdict * lineHeight + 2 * (pillPadding.y + pillPadding.border)
  const pillY = height - padding - pillHeight
  const top = padding + CARD.site * lineHeight
  // The middle sits centred between the top line and the verdict, as CSS space-between would put it.
  const middleY = top + Math.max(0, (pillY - top - middleHeight) / 2)

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

  const labelWidth = measure(input.verdict.label, CARD.verdict)
  const pillWidth = labelWidth + 2 * (pillPadding.x + pillPadding.border)
  ops.push({ kind: 'pill', x: padding, y: pillY, width: pillWidth, height: pillHeight, colour: input.verdict.colour })
  const labelY = pillY + pillPadding.border + pillPadding.y + (CARD.verdict * lineHeight - CARD.verdict) / 2
  ops.push({ kind: 'text', text: input.verdict.label, x: padding + pillPadding.border + pillPadding.x, y: labelY, size: CARD.verdict, colour: input.verdict.colour })
  ops.push({ kind: 'text', text: `rating ${input.verdict.rating} of 5`, x: padding + pillWidth + 20, y: labelY, size: CARD.verdict, colour: CARD.muted })
  return ops
}
