/** A number found in a text, as written, and where. */
export interface NumberOccurrence {
  readonly text: string
  readonly index: number
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?'
// Quantities without digits carry stories too ("most of the migrants are … released"): each must be
// a claim or an exclusion with a reason, like any number.
const QUANTITY_WORDS = 'most|majority|minority|half|few|fewer|several|handful'
const NUMBER_PATTERN = new RegExp(`\\d+(?:[.,]\\d+)*%?|\\b(?:${NUMBER_WORDS}|${QUANTITY_WORDS})\\b`, 'gi')

/**
 * Every number in a text: digit runs (with separators and a percent sign), number words and
 * quantity words ("most", "half", "few").
 * @example findNumbers('Some 42,000 in two weeks') // [{ text: '42,000', index: 5 }, { text: 'two', index: 15 }]
 */
export function findNumbers(text: string): NumberOccurrence[] {
  return [...text.matchAll(NUMBER_PATTERN)].map((match) => ({ text: match[0], index: match.index }))
}

/** Every index at which `needle` occurs in `haystack`. */
export function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) {
    found.push(index)
  }
  return found
}

/** A span of the source text that accounts for the numbers inside it. */
export interface CoveringSpan {
  /** Verbatim text (a claim's quote, or an exclusion's text). */
  readonly text: string
  /** Parts of the span that are figures; only numbers inside these count. `null` = every number in the span. */
  readonly figures: readonly string[] | null
}

/**
 * The numbers in `text` that no span accounts for. A number is accounted for when it lies inside an
 * occurrence of a span and, for claims, inside one of that span's figure texts (so a claim quoting
 * "77% … 499,000 of the 648,000" covers only the figure it is about).
 */
export function uncoveredNumbers(text: string, spans: readonly CoveringSpan[]): NumberOccurrence[] {
  const covered = new Set<number>()
  for (const span of spans) {
    for (const start of occurrencesOf(text, span.text)) {
      const regions = span.figures
        ? span.figures.flatMap((figure) => occurrencesOf(span.text, figure).map((offset) => [start + offset, start + offset + figure.length] as const))
        : [[start, start + span.text.length] as const]
      for (const occurrence of findNumbers(span.text)) {
        const index = start + occurrence.index
        if (regions.some(([from, to]) => index >= from && index + occurrence.text.length <= to)) covered.add(index)
      }
    }
  }
  return findNumbers(text).filter((occurrence) => !covered.has(occurrence.index))
}
