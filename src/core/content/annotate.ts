/** What annotation needs of a claim: where its quote sits and which words are its figure. */
export interface AnnotatableClaim {
  readonly id: string
  readonly quote: string
  readonly position: number
  readonly figure: { readonly written: string }
  readonly axes: AnnotationAxes
}

type AxisValueText = { readonly id: string; readonly label: string }
/** The claim's three axes (src/core/check/axes.ts), as the figure's mark shows them. */
export interface AnnotationAxes {
  readonly arithmetic: AxisValueText
  readonly record: AxisValueText
  readonly sourcing: AxisValueText
}

export type PassageSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'figure'; readonly text: string; readonly claimId: string; readonly axes: AnnotationAxes }

export interface Passage {
  readonly start: number
  readonly segments: readonly PassageSegment[]
}

/**
 * The article's claim passages in order, each figure marked with its claim. Quotes that overlap
 * (77%, 499,000 and 648,000 share a sentence) merge into one passage; nothing else of the text is
 * shown, so the page quotes the article rather than republishing it.
 * @example annotatedPassages(text, claims)[0].segments // [{ kind: 'text', … }, { kind: 'figure', text: '42,000', … }]
 */
export function annotatedPassages(text: string, claims: readonly AnnotatableClaim[]): Passage[] {
  const spans = claims
    .map((claim) => {
      const offset = claim.quote.indexOf(claim.figure.written)
      return {
        claim,
        start: claim.position,
        end: claim.position + claim.quote.length,
        figureStart: offset === -1 ? -1 : claim.position + offset,
      }
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)

  const groups: { start: number; end: number; members: typeof spans }[] = []
  for (const span of spans) {
    const last = groups.at(-1)
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end)
      last.members.push(span)
    } else {
      groups.push({ start: span.start, end: span.end, members: [span] })
    }
  }

  return groups.map((group) => {
    // Marks in text order; a figure already marked by an earlier claim is not marked twice.
    const marks = group.members
      .filter((member) => member.figureStart !== -1)
      .map((member) => ({ ...member, figureEnd: member.figureStart + member.claim.figure.written.length }))
      .sort((a, b) => a.figureStart - b.figureStart)
      .filter((mark, index, all) => index === 0 || mark.figureStart >= (all[index - 1]?.figureEnd ?? 0))
    const segments: PassageSegment[] = []
    let cursor = group.start
    for (const mark of marks) {
      if (mark.figureStart > cursor) segments.push({ kind: 'text', text: text.slice(cursor, mark.figureStart) })
      segments.push({
        kind: 'figure',
        text: text.slice(mark.figureStart, mark.figureEnd),
        claimId: mark.claim.id,
        axes: mark.claim.axes,
      })
      cursor = mark.figureEnd
    }
    if (cursor < group.end) segments.push({ kind: 'text', text: text.slice(cursor, group.end) })
    return { start: group.start, segments }
  })
}
