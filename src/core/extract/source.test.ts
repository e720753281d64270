import { describe, expect, it } from 'vitest'
import { parseFrontmatter } from '../content/frontmatter'
import { sourceSchema } from '../content/schema'
import { draftSource, guessHeadline, SourceDraftError, sourceIdOf } from './source'
import { slugOf } from './slug'

const TEXT =
  'US News\nexclusive\n\n42,000 migrants have crossed the border since the order\n\nThe COVID-19 pandemic and Title 42 ended. Migrants use the CBP One app; no one knows how many.\n'
const INPUT = { url: 'https://example.org/2024/06/18/migrants', publisher: 'New York Post', published: '2024-06-18', text: TEXT, today: '2026-11-28' }

describe('draftSource: bad input', () => {
  // prettier-ignore
  const rows: [string, Partial<typeof INPUT> & { headline?: string }, RegExp][] = [
    ['an empty text',             { text: ' \n ' },                          /text: expected the article text/],
    ['a text with no headline',   { text: 'Three words only.\n' },           /headline: not given/],
    ['a URL that is not http(s)', { url: 'ftp://example.org/a' },            /^ {2}url: /m],
    ['a date that is not a date', { published: '18 June 2024' },             /published: /],
    ['a day that is not a date',  { today: 'today' },                        /retrieved: /],
    ['an id that is not a slug',  { id: 'Not A Slug' } as Partial<typeof INPUT>, /id: expected lower-case letters/],
  ]
  it.each(rows)('throws a SourceDraftError naming the field for %s', (_label, change, message) => {
    expect(() => draftSource({ ...INPUT, ...change })).toThrow(SourceDraftError)
    expect(() => draftSource({ ...INPUT, ...change })).toThrow(message)
  })
})

describe('draftSource', () => {
  it('writes a source valid per the schema, retrieved today, that parses back', () => {
    const source = draftSource(INPUT)
    expect(source.id).toBe('nypost-2024-06-18-42000-migrants-crossed')
    expect(source.data).toMatchObject({ headline: '42,000 migrants have crossed the border since the order', retrieved: '2026-11-28', author: null, language: 'en' })
    expect(sourceSchema.parse(parseFrontmatter(source.file).data)).toEqual(source.data)
  })

  it('excludes each name the extractor skipped, once, as a name and not a figure', () => {
    expect(draftSource({ ...INPUT, text: `${TEXT}COVID-19 again.\n` }).data.excluded).toEqual([
      { text: 'COVID-19', reason: 'a name, not a figure' },
      { text: 'Title 42', reason: 'a name, not a figure' },
      { text: 'CBP One', reason: 'a name, not a figure' },
      { text: 'no one', reason: 'a pronoun or idiom, not a figure' },
    ])
  })

  it('takes a given id and headline as they are', () => {
    expect(draftSource({ ...INPUT, id: 'my-source', headline: 'A headline' }).data).toMatchObject({ id: 'my-source', headline: 'A headline' })
  })
})

describe('ids and headlines', () => {
  // prettier-ignore
  const rows: [string, string, string, string][] = [
    ['New York Post',   '2024-06-18', '42,000 migrants have crossed the border', 'nypost-2024-06-18-42000-migrants-crossed'],
    ['Example Gazette', '2024-06-26', 'Border encounters drop after order',     'example-gazette-2024-06-26-border-encounters-drop'],
    ['Le Monde',        '2024-01-02', 'Les étrangers à Paris',                  'le-monde-2024-01-02-les-etrangers-paris'],
    ['The Guardian',    '2024-01-02', 'The $1.5bn question',                    'guardian-2024-01-02-1-5bn-question'],
  ]
  it.each(rows)('%s, %s, "%s" → %s', (publisher, published, headline, id) => {
    expect(sourceIdOf({ publisher, published, headline })).toBe(id)
  })

  it('guesses the headline as the first line of four words or more', () => {
    expect(guessHeadline(TEXT)).toBe('42,000 migrants have crossed the border since the order')
    expect(guessHeadline('One\nTwo words\n')).toBeNull()
  })

  it('slugs to lower-case words with single hyphens', () => {
    expect(slugOf('  Düsseldorf’s 42,000 — “migrants”  ')).toBe('dusseldorfs-42000-migrants')
    expect(slugOf('a b c d e', 2)).toBe('a-b')
    expect(slugOf('—')).toBe('')
  })
})
