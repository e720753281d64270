import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findNumbers } from '../content/coverage'
import { attributionIn, extractFigures, splitSentences, type ExtractedFigure } from './index'
import { nearestYear } from './date-mentions'

const REFERENCE = '2024-06-18'

function figuresOf(text: string, reference: string | undefined = REFERENCE): readonly ExtractedFigure[] {
  return extractFigures(text, reference ? { reference } : {}).figures
}

function only(text: string, written: string): ExtractedFigure {
  const found = figuresOf(text).filter((figure) => figure.text === written)
  expect(
    found.map((figure) => figure.text),
    `"${written}" in "${text}"`,
  ).toEqual([written])
  return found[0] as ExtractedFigure
}

/** Every number the build counts in `text` is inside a figure or a skipped span. */
function accountedFor(text: string, reference?: string): string[] {
  const { figures, skipped } = extractFigures(text, reference ? { reference } : {})
  const spans = [...figures, ...skipped]
  return findNumbers(text)
    .filter((number) => !spans.some((span) => span.index <= number.index && number.index + number.text.length <= span.index + span.text.length))
    .map((number) => number.text)
}

describe('extractFigures: bad input', () => {
  it('throws a TypeError naming what it got instead of text', () => {
    for (const bad of [undefined, null, 42, { text: '3,200' }]) {
      expect(() => extractFigures(bad as unknown as string), String(bad)).toThrow(TypeError)
    }
    expect(() => extractFigures(null as unknown as string)).toThrow(/got null/)
  })

  it('throws a RangeError on a reference that is not YYYY-MM-DD', () => {
    for (const bad of ['2024-6-18', 'yesterday', '18/06/2024', '']) {
      expect(() => extractFigures('On June 5, 300 crossed.', { reference: bad }), bad).toThrow(RangeError)
    }
  })

  // prettier-ignore
  const empty: [string, string][] = [
    ['empty text',            ''],
    ['only white space',      ' \n\t\n  '],
    ['only punctuation',      '... !? ;, — “” () % $ / -'],
    ['words with no numbers', 'Border crossings fell, officials said.'],
  ]
  it.each(empty)('finds nothing in %s', (_label, text) => {
    expect(extractFigures(text)).toEqual({ figures: [], skipped: [] })
  })

  // How fast is for \`npm run bench:extract\` (it times each text): a wall-clock bound here fails on a busy machine, not on a slow extractor.
  it('reads 100 KB of news text, accounting for every number', () => {
    const paragraph =
      'Some 42,000 migrants crossed in the two weeks since June 5, according to DHS data. About 3,200 a day crossed, up 4.5% on May 2023, ' +
      'and $1.8 million was spent in fiscal year 2023. “Thousands are still released by the day,” a source said. COVID-19 and Title 42 ended.\n'
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000)
    const { figures, skipped } = extractFigures(text, { reference: REFERENCE })
    const once = extractFigures(paragraph, { reference: REFERENCE })
    const whole = Math.floor(100_000 / paragraph.length)
    expect(figures.length).toBeGreaterThanOrEqual(whole * once.figures.length)
    expect(skipped.length).toBeGreaterThanOrEqual(whole * once.skipped.length)
    expect(accountedFor(text, REFERENCE)).toEqual([])
  })
})

describe('extractFigures: any text', () => {
  const pieces = fc.constantFrom(
    ' ',
    '\n',
    '.',
    ',',
    '%',
    '$',
    '£',
    '-',
    '/',
    ':',
    '“',
    '”',
    '’',
    '(',
    ')',
    '0',
    '1',
    '5',
    '9',
    '42',
    '2,000',
    '1.8',
    '2024',
    'million',
    'one',
    'One',
    'two',
    'hundreds',
    'of',
    'thousands',
    'June',
    'fiscal year',
    'FY',
    'Title',
    'COVID-',
    'I-',
    'a.m.',
    'about',
    'more than',
    'said',
    'according to',
    'since',
    'per day',
    'a',
    'the',
    'Post',
    'fifth-highest',
    'in',
    'half',
  )
  it('never throws, keeps every figure verbatim, and accounts for every number the build counts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.boolean(), (parts, withReference) => {
        const text = parts.join('')
        const { figures, skipped } = extractFigures(text, withReference ? { reference: REFERENCE } : {})
        for (const found of [...figures, ...skipped]) expect(text.slice(found.index, found.index + found.text.length)).toBe(found.text)
        for (const figure of figures) expect(text).toContain(figure.sentence)
        expect(accountedFor(text, withReference ? REFERENCE : undefined)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('extractFigures: the forms a figure is written in', () => {
  // prettier-ignore
  const rows: [string, string, string, number | string | null, string][] = [
    // label,                            sentence,                                                         written,              value,                  unit
    ['thousands separators',             'Agents made 3,231 arrests.',                                     '3,231',              3231,                   'arrests'],
    ['a decimal',                        'The rate was 0.5 percent.',                                      '0.5 percent',        0.5,                    'percent'],
    ['a percentage of something',        'Officials said 77% of migrants stayed.',                         '77%',                77,                     'percent of migrants'],
    ['percentage points',                'Taxes will rise 0.75 percentage points.',                        '0.75',               0.75,                   'percentage points'],
    ['money',                            'The city paid $1,500 in fines.',                                 '$1,500',             1500,                   'US dollars'],
    ['money with a scale word',          'A $2.3 billion plan passed.',                                    '$2.3 billion',       2_300_000_000,          'US dollars'],
    ['pounds with a suffix',             'The charity raised £5m last year.',                              '5m',                 5_000_000,              'pounds'],
    ['a decimal with a scale word',      'About 1.8 million residents pay.',                               '1.8 million',        1_800_000,              'residents'],
    ['a k suffix',                       'The clip drew 499k viewers.',                                    '499k',               499_000,                'viewers'],
    ['a small count in words',           'The plan took two weeks.',                                       'two',                2,                      'weeks'],
    ['a count in words with adjectives', 'Admissions rose for seven consecutive days.',                    'seven',              7,                      'consecutive days'],
    ['a compound number in words',       'There are twenty-five mobile clinics.',                          'twenty-five',        25,                     'mobile clinics'],
    ['a number in words with a scale',   'Some two million people moved.',                                 'two million',        2_000_000,              'people'],
    ['a dozen',                          'The state opened a dozen overflow wards.',                       'dozen',              12,                     'overflow wards'],
    ['a vague plural',                   'Judges dismissed hundreds of thousands of cases.',               'hundreds of thousands', null,                'cases'],
    ['a rank in words',                  'It was the fifth-highest weekly total.',                         'fifth',              5,                      'rank: highest weekly total'],
    ['a rank in digits',                 'It was the 21st straight month of growth.',                      '21st',               21,                     'rank: straight month'],
    ['a ratio',                          'About one in five visits were for flu.',                         'one in five',        0.2,                    'share'],
    ['a fraction',                       'Nearly two-thirds of voters agreed.',                            'two-thirds',         2 / 3,                  'share of voters'],
    ['a month and year',                 'Crossings were last that low in July 2020.',                     'July 2020',          '2020-07',              'month'],
    ['a full date',                      'The order took effect on June 5, 2024.',                         'June 5, 2024',       '2024-06-05',           'day'],
    ['a date without a year',            'The order began June 5.',                                        'June 5',             '2024-06-05',           'day'],
    ['a fiscal year',                    'Judges ruled in fiscal year 2023.',                              'fiscal year 2023',   '2022-10-01/2023-09-30', 'fiscal year'],
    ['a fiscal year abbreviated',        'The FY2025 budget grew.',                                        'FY2025',             '2024-10-01/2025-09-30', 'fiscal year'],
    ['a bare year',                      'Arrests are the lowest since 2021.',                             '2021',               '2021',                 'year'],
    ['a hedged four-digit count',        'They arrested about 2000 people.',                               '2000',               2000,                   'people'],
    ['a rate per day',                   'Crossings average 2,500 per day.',                               '2,500',              2500,                   'crossings per day'],
    ['a rate a month',                   'Crews logged at least 15 rescues a month.',                      '15',                 15,                     'rescues per month'],
    ['a rate in 24 hours',               'Crews answered 41 calls in 24 hours.',                           '41',                 41,                     'calls in 24 hours'],
    ['a rate by the day',                '“Thousands are still released by the day,” a source said.',     'Thousands',          null,                   'per day'],
    ['a count stated before its noun',   'The average number of crossings each day is about 3,200.',       '3,200',              3200,                   'crossings per day'],
    ['a part of a whole',                'That is 499,000 of the 648,000 applications.',                   '499,000',            499_000,                'applications'],
    ['a noun borrowed from a figure before', 'Of the 231,000 migrants ordered removed, roughly 159,000 failed to appear.', '159,000', 159_000,   'migrants'],
    ['a hyphenated unit',                'The bridge will close for a 42-day stretch.',                    '42',                 42,                     'day stretch'],
  ]
  it.each(rows)('%s: %s', (_label, sentence, written, value, unit) => {
    const figure = only(sentence, written)
    if (typeof value === 'number') expect(figure.value).toBeCloseTo(value, 9)
    else expect(figure.value).toBe(value)
    expect(figure.unit).toBe(unit)
    expect(figure.sentence).toBe(sentence)
  })

  it('gives a date without a year no value when there is no reference date', () => {
    expect(extractFigures('The order began June 5.').figures[0]).toMatchObject({ text: 'June 5', value: null, kind: 'date' })
  })

  it('places a date without a year within nine months before to three months after the reference', () => {
    expect(nearestYear(6, 5, '2024-06-18')).toBe(2024)
    expect(nearestYear(1, 1, '2024-07-08')).toBe(2024)
    expect(nearestYear(12, 20, '2023-01-12')).toBe(2022)
    expect(nearestYear(9, 16, '2024-09-03')).toBe(2024)
    expect(nearestYear(2, 30, '2024-06-18')).toBeNull()
    expect(nearestYear(6, 5, 'June')).toBeNull()
  })

  it('finds the same figure twice when the text states it twice', () => {
    expect(figuresOf('Some 42,000 crossed. Some 42,000 crossed.').map((figure) => figure.text)).toEqual(['42,000', '42,000'])
  })
})

describe('extractFigures: hedges', () => {
  // prettier-ignore
  const rows: [string, string, string | null][] = [
    ['Some 42,000 migrants crossed.',                    '42,000', 'Some'],
    ['The average is about 3,200 a day.',                '3,200',  'about'],
    ['There was an average of more than 3,900 a day.',   '3,900',  'more than'],
    ['Each officer has an average of 7,000 cases.',      '7,000',  'an average of'],
    ['Crews logged at least 15 rescues.',                '15',     'at least'],
    ['Roughly 159,000 failed to appear.',                '159,000', 'Roughly'],
    ['Prices rose nearly 4,000 times.',                  '4,000',  'nearly'],
    ['Families get up to $400 a month.',                 '$400',   'up to'],
    ['It reached fewer than 40 percent of residents.',   '40 percent', 'fewer than'],
    ['Arrests fell below 2,000 a day.',                  '2,000',  null],
  ]
  it.each(rows)('%s → %s', (sentence, written, hedge) => {
    expect(only(sentence, written).hedge).toBe(hedge)
  })
})

describe('extractFigures: names and other numbers that are not figures', () => {
  // prettier-ignore
  const rows: [string, string, string, string][] = [
    ['a disease',                     'The COVID-19 pandemic closed the border.',            'COVID-19',          'a name, not a figure'],
    ['a law',                         'Expulsions under Title 42 ended.',                    'Title 42',          'a name, not a figure'],
    ['a highway',                     'Smugglers use I-95 to move north.',                   'I-95',              'a name, not a figure'],
    ['a date that is a name',         'Responders who served after 9/11 got funds.',         '9/11',              'a name, not a figure'],
    ['an app named with a number word', 'Migrants use the CBP One app to cross.',            'CBP One',           'a name, not a figure'],
    ['a route',                       'The Route 9 bridge will close.',                      'Route 9',           'a name, not a figure'],
    ['a proclamation',                'Biden signed Proclamation 10773 that day.',           'Proclamation 10773', 'a name, not a figure'],
    ['an amendment',                  'Lawyers cited the 14th Amendment in court.',          '14th Amendment',    'a name, not a figure'],
    ['a product',                     'The airline grounded its Boeing 737 jets.',           'Boeing 737',        'a name, not a figure'],
    ['a technology',                  'The 5G network covers the city.',                     '5G',                'a name, not a figure'],
    ['a time of day',                 'Commuters on the 7:15 a.m. express wait.',            '7:15 a.m.',         'a time of day, not a figure'],
    ['a phone number',                'Riders can call 511 for updates.',                    'call 511',          'a phone number, not a figure'],
    ['a pronoun',                     'No one was hurt in the crash.',                       'No one',            'a pronoun or idiom, not a figure'],
    ['an idiom',                      'It is one of the busiest sectors.',                   'one of',            'a pronoun or idiom, not a figure'],
  ]
  it.each(rows)('skips %s: %s', (_label, sentence, name, reason) => {
    const { figures, skipped } = extractFigures(sentence)
    expect(skipped).toContainEqual(expect.objectContaining({ text: name, reason }))
    expect(figures.some((figure) => name.includes(figure.text) && sentence.indexOf(name) <= figure.index && figure.index < sentence.indexOf(name) + name.length)).toBe(false)
    expect(accountedFor(sentence)).toEqual([])
  })

  // prettier-ignore
  const carried: [string, string, string][] = [
    ['a figure beside a name',               'Title 42 expulsions reached 2.8 million.',   '2.8 million'],
    ['a count after a place name',           'In Texas 1,200 people were detained.',       '1,200'],
    ['a percentage after a name',            'The poll had Harris 47% and Trump 45%.',     '47%'],
    ['a count of one',                       'One migrant died and one officer was hurt.', 'one'],
    ['a headline in title case',             'Agents Arrest 612 People At The Border',     '612'],
  ]
  it.each(carried)('keeps %s: %s', (_label, sentence, written) => {
    expect(figuresOf(sentence).map((figure) => figure.text)).toContain(written)
  })
})

describe('extractFigures: who said it', () => {
  // prettier-ignore
  const rows: [string, string | null, string | null, string | null][] = [
    ['The average is about 3,200 a day, according to internal DHS data leaked to The Post.', 'Internal DHS data leaked to The Post', 'leaked-data', null],
    ['Roughly 159,000 failed to appear, according to federal data.',                          'Federal data',                        'official-data', null],
    ['Each officer has 7,000 cases, according to Fox News.',                                  'Fox News',                            'other-outlet', null],
    ['“Thousands are still released by the day,” a source said.',                             'A source',                            'anonymous-source', null],
    ['“It’s all smoke and mirrors,” Manny Bayon, the president of the council, told The Post.', 'Manny Bayon',                      'named-official', 'the president of the council'],
    ['“We see 300 a day,” said Dr. Aisha Rahman, the state epidemiologist.',                   'Dr. Aisha Rahman',                    'named-official', 'the state epidemiologist'],
    ['Some 42,000 migrants crossed, The Post can reveal.',                                     'The Post',                            'reporting', null],
    ['Officials said 62% of the money would go to schools.',                                   'Officials',                           'anonymous-source', null],
    ['The rate fell 40%, the Department of Homeland Security said Tuesday.',                   'The Department of Homeland Security', 'named-official', null],
    ['Crossings fell 40% in June.',                                                            null,                                  null, null],
  ]
  it.each(rows)('%s', (sentence, name, kind, role) => {
    const found = attributionIn(sentence)
    expect(found?.name ?? null).toBe(name)
    expect(found?.kind ?? null).toBe(kind)
    expect(found?.role ?? null).toBe(role)
  })

  it('gives quoted speech the speaker named in the paragraph before', () => {
    const text = '“We are overwhelmed,” the source said.\n“There’s still thousands coming in by the day.”\n'
    expect(figuresOf(text)[0]).toMatchObject({ text: 'thousands', saidBy: { name: 'The source', kind: 'anonymous-source' } })
  })

  it('does not carry a speaker into narration', () => {
    const text = '“We are overwhelmed,” the source said.\nThere were 3,900 crossings a day.\n'
    expect(figuresOf(text)[0]?.saidBy).toBeNull()
  })

  it.todo('carries the attribution of a sentence into the next one that refers back to it ("The two weeks before that, …")')
})

describe('extractFigures: periods', () => {
  // prettier-ignore
  const rows: [string, string, object | null][] = [
    ['About 3,200 crossed each day since the order began June 5.',       '3,200',   { written: 'since the order began June 5', start: '2024-06-05' }],
    ['Judges ordered 231,000 removals in the financial year 2023.',      '231,000', { written: 'in the financial year 2023', start: '2022-10-01', end: '2023-09-30' }],
    ['Under rules set in 2021, 77% stayed under the Biden administration.', '77%',  { written: 'under the Biden administration', start: '2021-01-20', end: REFERENCE }],
    ['Agents arrested 4,100 people between January 1 and June 30.',       '4,100',  { written: 'between January 1 and June 30', start: '2024-01-01', end: '2024-06-30' }],
    ['Officials counted 2,347 patients last week.',                       '2,347',  { written: 'last week', start: '2024-06-10', end: '2024-06-16' }],
    ['Some 42,000 crossed in the days since the crackdown took effect.',  '42,000', { written: 'in the days since the crackdown took effect' }],
    ['The year ended in September 2023, when 159,000 were removed.',      '159,000', null],
    ['Encounters fell to 2,400 a day, the lowest level since January 2021.', '2,400', null],
  ]
  it.each(rows)('%s', (sentence, written, period) => {
    expect(only(sentence, written).period).toEqual(period)
  })

  it('gives a date no period of its own', () => {
    expect(only('Crossings were that low in July 2020.', 'July 2020').period).toBeNull()
  })
})

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside a sentence, and each line apart', () => {
    const text = 'Dr. Aisha Rahman said 1.8 million were ill. The U.S. total rose.\nA caption line\n“It is bad,” she said. Sept. 30 is the end.'
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Dr. Aisha Rahman said 1.8 million were ill.',
      'The U.S. total rose.',
      'A caption line',
      '“It is bad,” she said.',
      'Sept. 30 is the end.',
    ])
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})

describe('line breaks', () => {
  it('never runs a number across a line break, where its sentence ends', () => {
    const text = 'A headline\ntwenty-five\nmillion crossed.\n2,000\npercent rose.\nthousands\nof millions left.'
    const { figures } = extractFigures(text, { reference: '2024-06-18' })
    expect(figures.map((figure) => figure.text)).toEqual(expect.arrayContaining(['twenty-five', '2,000']))
    for (const figure of figures) {
      expect(figure.text).not.toContain('\n')
      expect(figure.sentence).toContain(figure.text)
    }
  })

  it('never runs a date across one either (found by the drafts property test: "7:15\\nMay" read as May 15)', () => {
    const text = 'A headline\nat 7:15\nMay rose.\nJune\n5 left.\nfiscal\n2023 ended.\nmid\n2023 too.\nJune 5, 2024 stays a date.'
    const { figures } = extractFigures(text, { reference: '2024-06-18' })
    for (const figure of figures) expect(figure.text).not.toContain('\n')
    // Bare years stay years; no fiscal year, month-day or mid-year joined over a break.
    expect(figures.filter((figure) => figure.kind === 'date').map((figure) => figure.value)).toEqual(['2023', '2023', '2024-06-05'])
  })
})
