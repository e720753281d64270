/** A sentence of an article: its verbatim text and where it sits. */
export interface Sentence {
  readonly text: string
  /** Offset of the first character in the article. */
  readonly start: number
  /** Offset just past the last character. */
  readonly end: number
  /** Which paragraph (line) of the article it is in, from 0. */
  readonly paragraph: number
}

// A full stop after these does not end a sentence ("Dr. Aisha Rahman", "Gov. Abbott", "No. 2").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr inc co corp ltd no nos vs mt ft ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)

const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘([]?[A-Z0-9$£€])/g

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1]
  if (!word) return false
  // "U.S", "a.m": letters with inner full stops; "J": an initial.
  if (word.includes('.') || (word.length === 1 && /[A-Z]/.test(word))) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * Splits an article into sentences: each line is a paragraph (captions and headlines are lines too), and a
 * paragraph breaks after ".", "!" or "?" (and any closing quote) before a capital, unless the stop ends an abbreviation.
 * @example splitSentences('Some 42,000 crossed. Dr. Lee said so.').map((s) => s.text) // ['Some 42,000 crossed.', 'Dr. Lee said so.']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let paragraph = 0
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineText = line[0]
    if (lineText.trim() === '') continue
    let from = 0
    const push = (to: number) => {
      const raw = lineText.slice(from, to)
      const lead = raw.length - raw.trimStart().length
      const trimmed = raw.trim()
      if (trimmed !== '') {
        const start = line.index + from + lead
        sentences.push({ text: trimmed, start, end: start + trimmed.length, paragraph })
      }
      from = to
    }
    for (const stop of lineText.matchAll(BOUNDARY)) {
      if (stop[0].startsWith('.') && stop[0].length === 1 && endsWithAbbreviation(lineText.slice(from, stop.index))) continue
      push(stop.index + stop[0].length)
    }
    push(lineText.length)
    paragraph++
  }
  return sentences
}

/** The sentence holding an offset (binary search over sentences in article order). */
export function sentenceAt(sentences: readonly Sentence[], index: number): Sentence | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle] as Sentence
    if (index < sentence.start) high = middle - 1
    else if (index >= sentence.end) low = middle + 1
    else return sentence
  }
  return undefined
}
