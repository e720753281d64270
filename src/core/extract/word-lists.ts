/** Word lists the extractor's rules share. Kept in one place so each rule reads as its pattern. */

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
}

export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
}

/** Month names as newspapers write them; abbreviations only with their full stop, so "Mar" the verb is not a month. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
}
export const MONTH_PATTERN = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** Capitalised words that open a phrase rather than name something ("In 2023", "About 300"). */
export const FUNCTION_CAPS = new Set([
  'A', 'An', 'The', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'And', 'Or', 'But', 'Since', 'About', 'Some', 'Over', 'Under',
  'Nearly', 'Almost', 'Around', 'Approximately', 'Roughly', 'Up', 'Just', 'Only', 'Fewer', 'Less', 'More', 'Than', 'Each', 'Every',
  'All', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'This', 'That', 'These', 'Those', 'After', 'Before', 'During', 'Until',
  'Through', 'Between', 'With', 'Without', 'Within', 'Among', 'Against', 'Into', 'Upon', 'Per', 'Top', 'No', 'Last', 'Next', 'Another',
  'Then', 'When', 'While', 'If', 'As', 'Out', 'Least', 'Most', 'Still', 'Even', 'I', 'We', 'They', 'He', 'She', 'It', 'There', 'Here',
  'Mid', 'Early', 'Late',
  ...WEEKDAYS,
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
])

/** Words after which a number is part of a name: "Title 42", "Route 9", "Proclamation 10773", "Fortune 500". */
export const NAME_WORDS = [
  'Title', 'Section', 'Article', 'Proclamation', 'Executive Order', 'Order', 'Route', 'State Route', 'Highway', 'Interstate', 'Apollo',
  'Channel', 'Chapter', 'Amendment', 'Proposition', 'Prop', 'Measure', 'Flight', 'Terminal', 'Gate', 'Pier', 'Building', 'Room',
  'Platform', 'Windows', 'iPhone', 'Boeing', 'Airbus', 'Fortune', 'Project', 'Agenda', 'Vision', 'Expo', 'Euro', 'S&P', 'Dow',
  'FTSE', 'Nasdaq', 'Stage', 'Level', 'Category', 'Phase', 'Tier', 'Type', 'Model', 'Series', 'Volume', 'Docket', 'Form',
  'Schedule', 'Rule', 'District', 'Precinct', 'Ward', 'Local', 'Unit', 'Zone', 'Lot', 'Suite', 'Apartment', 'Floor', 'Page', 'Exhibit',
  'Figure', 'Table', 'Appendix', 'Part', 'Public Law', 'Bill', 'Act', 'Regulation', 'Directive', 'Resolution', 'Covid', 'COVID',
  'Class of', 'Group of', 'Formula', 'Air Force', 'Vol\\.', 'No\\.', 'Nos\\.', 'Apt\\.', 'H\\.R\\.', 'SB', 'AB', 'HB',
]

/** Words that end a unit's noun phrase: function words, auxiliaries and common verbs. */
export const UNIT_STOP_WORDS = new Set(
  `a an the this that these those their his her its our your my some any each every all no of in on at by for from to with since during
  over under into onto than as per about after before between through across against among around without within along toward towards
  until via like and or but nor so yet which who whom whose when where while because if is are was were be been being have has had do
  does did will would shall should can could may might must says said say told tell get got go went come came make made still now more
  less most least also only just even already again ago last next then there here not never up down out off back away earlier later
  them they we us it he she you i me him mostly nearly almost roughly`.split(/\s+/),
)
