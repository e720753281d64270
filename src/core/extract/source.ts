import { stringify } from 'yaml'
import { sourceSchema, type SourceData } from '../content/schema'
import { extractFigures } from './extract'
import { slugOf } from './slug'

// Short names papers go by in URLs and citations; any other publisher is slugged in full.
const PUBLISHER_SLUGS: Readonly<Record<string, string>> = {
  'new york post': 'nypost',
  'new york times': 'nytimes',
  'the new york times': 'nytimes',
  'washington post': 'washpost',
  'the washington post': 'washpost',
  'wall street journal': 'wsj',
  'the wall street journal': 'wsj',
  'associated press': 'ap',
  'los angeles times': 'latimes',
  'fox news': 'foxnews',
  'bbc news': 'bbc',
  'the guardian': 'guardian',
}

const HEADLINE_STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'be', 'been'])

/**
 * A source id from who published it, when, and its headline's first three meaningful words.
 * @example sourceIdOf({ publisher: 'New York Post', published: '2024-06-18', headline: '42,000 migrants have crossed the border' }) // 'nypost-2024-06-18-42000-migrants-crossed'
 */
export function sourceIdOf(input: { publisher: string; published: string; headline: string }): string {
  const publisher = PUBLISHER_SLUGS[input.publisher.trim().toLowerCase()] ?? slugOf(input.publisher)
  const words = slugOf(input.headline)
    .split('-')
    .filter((word) => word && !HEADLINE_STOP.has(word))
    .slice(0, 3)
  return [publisher, input.published, ...words].filter(Boolean).join('-')
}

/**
 * The article's headline when none is given: its first line of at least four words (section labels such as
 * "US News" or "exclusive" come before it in pasted articles).
 * @example guessHeadline('US News\nexclusive\n42,000 migrants have crossed the border') // '42,000 migrants have crossed the border'
 */
export function guessHeadline(text: string): string | null {
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.split(/\s+/).length >= 4) return trimmed
  }
  return null
}

export interface NewSource {
  readonly url: string
  readonly publisher: string
  /** YYYY-MM-DD */
  readonly published: string
  readonly text: string
  /** Passed in by the caller, so core never reads the clock. */
  readonly today: string
  readonly headline?: string
  readonly id?: string
  readonly author?: string | null
  readonly section?: string
  readonly language?: string
}

/** Thrown when the source's fields are not valid; lists every problem by field. */
export class SourceDraftError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid source:\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
    this.name = 'SourceDraftError'
  }
}

/**
 * The frontmatter and file of a new source, valid per the source schema: the id derived when not given, `retrieved`
 * today, and as `excluded` every number the extractor skipped (names with digits such as COVID-19, times, phone
 * numbers), each once, with its reason. Throws {@link SourceDraftError} naming each bad field.
 * @example draftSource({ url, publisher: 'Example Gazette', published: '2024-06-18', text, today: '2026-11-28' }).id
 */
export function draftSource(input: NewSource): { id: string; data: SourceData; file: string } {
  if (typeof input.text !== 'string' || input.text.trim() === '') throw new SourceDraftError(['text: expected the article text; the file is empty'])
  const headline = input.headline?.trim() || guessHeadline(input.text)
  if (!headline) throw new SourceDraftError(['headline: not given, and no line of the text has four words to take it from; pass --headline'])
  const id = input.id ?? sourceIdOf({ publisher: input.publisher, published: input.published, headline })
  const { skipped } = extractFigures(input.text, /^\d{4}-\d{2}-\d{2}$/.test(input.published) ? { reference: input.published } : {})
  const excluded: { text: string; reason: string }[] = []
  for (const skip of skipped) if (!excluded.some((each) => each.text === skip.text)) excluded.push({ text: skip.text, reason: skip.reason })
  const data = {
    id,
    publisher: input.publisher,
    ...(input.section ? { section: input.section } : {}),
    headline,
    url: input.url,
    published: input.published,
    author: input.author ?? null,
    retrieved: input.today,
    language: input.language ?? 'en',
    excluded,
  }
  const parsed = sourceSchema.safeParse(data)
  if (!parsed.success) {
    throw new SourceDraftError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.') || '(source)'}: ${issue.message} (got ${JSON.stringify(issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], data))})`,
      ),
    )
  }
  const body = `Added with claims add-source on ${input.today}. Say here what the text beside this page holds (headline, captions, byline) and where it came from.`
  return { id, data: parsed.data, file: `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n` }
}
