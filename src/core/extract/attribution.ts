import type { OriginatorKind } from '../content/schema'
import { namesAPerson } from './nlp'
import type { Sentence } from './sentences'

/** Who a figure is attributed to, as the text says it. */
export interface Attribution {
  /** The words that attribute it: "according to federal data", "a source said". */
  readonly clue: string
  readonly name: string
  readonly role?: string
  /** A guess at the kind of originator, for the draft's saidBy.kind; a reviewer confirms it. */
  readonly kind: OriginatorKind
}

const VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|announced|announces|reported|reports|estimated|estimates|wrote|writes|confirmed|acknowledged|explained|testified|stated|warned|claimed|claims|predicted'

const OUTLET =
  /\b(?:News|Times|Post|Journal|Reuters|Associated Press|AP|CNN|NBC|CBS|ABC|NPR|Bloomberg|Axios|Politico|Guardian|Telegraph|BBC|Tribune|Herald|Chronicle|Gazette|Globe|Newsweek|Economist|Daily)\b/
const GOVERNMENT =
  /\b(?:federal|government|agency|agencies|department|Department|DHS|CBP|ICE|EOIR|Census|Bureau|Office|Administration|Commission|Ministry|state|city|county|police|official|officials|Border Patrol|White House|Congress|court|courts)\b/
const DATA = /\b(?:data|figures|statistics|numbers|records|tables?|estimates?|census|survey|tally|counts?|analysis)\b/i
// A document is what the name ends on: "the executive order", not "the Independent Budget Office".
const DOCUMENT = /\b(?:proclamation|order|report|memo|filing|documents?|budget|bill|law|rule|regulation|papers|lawsuit|complaint|indictment)$/i
// Unnamed groups of people, capitalised or not: "Officials said", "state health officials said".
const PEOPLE =
  /\b(?:officials|lawyers|experts|analysts|economists|police|authorities|residents|agents|prosecutors|critics|advocates|researchers|doctors|witnesses|investigators|officers|aides|staff|people|spokesperson|spokesman|spokeswoman)$/i
// Words before "said" that are not a speaker: "…, still reported", "he said" (the speaker is named elsewhere).
const NOT_A_SPEAKER = new Set(['still', 'also', 'then', 'now', 'already', 'later', 'recently', 'however', 'it', 'this', 'that', 'he', 'she', 'they', 'we', 'i', 'you'])
const ANONYMOUS = /\b(?:sources?|person familiar|people familiar|unnamed|anonymous|who asked not to be (?:named|identified)|on condition of anonymity)\b/i

/**
 * The kind of originator a name suggests; a guess for a reviewer to confirm.
 * @example originatorKindOf('internal DHS data leaked to The Post') // 'leaked-data'
 * @example originatorKindOf('Fox News') // 'other-outlet'
 */
export function originatorKindOf(name: string): OriginatorKind {
  if (/\bleak/i.test(name)) return 'leaked-data'
  if (ANONYMOUS.test(name)) return 'anonymous-source'
  // Data from outside government (a university clearinghouse, a charity) is closest to another outlet's.
  if (DATA.test(name)) return GOVERNMENT.test(name) ? 'official-data' : 'other-outlet'
  if (OUTLET.test(name) && !GOVERNMENT.test(name) && !namesAPerson(name)) return 'other-outlet'
  if (DOCUMENT.test(name) && !namesAPerson(name)) return 'official-document'
  // "a spokesperson for the sector", "lawyers", "state health officials": people, unnamed.
  if (PEOPLE.test(name)) return 'anonymous-source'
  // "the Department of Homeland Security" names an organisation; "the clearinghouse" refers back without a name.
  if (/^(?:the\s+)?(?:[a-z’']+\s+)?[A-Z]/.test(name) && !/^(?:a|an|one|some|two|several)\s/i.test(name)) return 'named-official'
  if (/^(?:a|an|the|one|some|two|several)\s/i.test(name) || /^[a-z]/.test(name)) return 'anonymous-source'
  return 'named-official'
}

function attribution(clue: string, phrase: string): Attribution | null {
  const cleaned = phrase.replace(/^[\s,“”"‘’]+|[\s,.;:“”"‘’]+$/g, '')
  if (cleaned === '' || cleaned.length > 120 || /\d/.test(cleaned) || NOT_A_SPEAKER.has(cleaned.toLowerCase())) return null
  // "Manny Bayon, the president of …": the name, then the role.
  const comma = cleaned.indexOf(', ')
  const name = comma === -1 ? cleaned : cleaned.slice(0, comma)
  const role = comma === -1 ? undefined : cleaned.slice(comma + 2)
  const displayName = name[0]?.toUpperCase() + name.slice(1)
  return { clue: clue.trim(), name: displayName, kind: originatorKindOf(cleaned), ...(role ? { role } : {}) }
}

const ACCORDING_TO = /\baccording to\s+([^,;”"]+?)(?=[,;”"]|\.(?:\s|$)|$)/i
const AFTER_QUOTE_SUBJECT = new RegExp(`[”"]\\s*,?\\s*([^“”"]{2,160}?),?\\s+(?:${VERBS})\\b`)
// A name may hold an abbreviation's full stop: "said Dr. Aisha Rahman, the state epidemiologist."
const NAME_CHARS = `(?:(?:Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr)\\.\\s|[^.;“”"])`
const AFTER_QUOTE_INVERTED = new RegExp(`[”"]\\s*,?\\s*(?:${VERBS})\\s+(${NAME_CHARS}+)`)
const INVERTED = new RegExp(`,\\s*(?:said|says)\\s+(${NAME_CHARS}+?)\\s*[.;]?$`)
const CLAUSE_SUBJECT = new RegExp(`(?:^|,\\s*)([^,“”"]{2,80}?)\\s+(?:${VERBS})\\b`, 'g')
const OWN_REPORTING = /\b(The\s+[A-Z]\w+)\s+(?:can reveal|has learned|has obtained|has confirmed|found|obtained)\b/

/**
 * The attribution clue in one sentence: "according to …", "… told The Post", "… said", "said …", or the paper's
 * own "The Post can reveal". Null when the sentence attributes nothing.
 * @example attributionIn('“Thousands are still released by the day,” a source said.') // { name: 'A source', kind: 'anonymous-source', … }
 */
export function attributionIn(sentence: string): Attribution | null {
  const according = ACCORDING_TO.exec(sentence)
  if (according?.[1]) return attribution(according[0], according[1])
  const afterQuote = AFTER_QUOTE_SUBJECT.exec(sentence)
  if (afterQuote?.[1] && !/^(?:said|says)\b/.test(afterQuote[1])) return attribution(afterQuote[0].replace(/^[”"]\s*,?\s*/, ''), afterQuote[1])
  const inverted = AFTER_QUOTE_INVERTED.exec(sentence) ?? INVERTED.exec(sentence)
  if (inverted?.[1]) return attribution(inverted[0].replace(/^[”",\s]+/, ''), inverted[1])
  let clause: RegExpExecArray | null = null
  for (const match of sentence.matchAll(CLAUSE_SUBJECT)) clause = match as RegExpExecArray
  if (clause?.[1]) {
    const found = attribution(clause[0].replace(/^,\s*/, ''), clause[1])
    if (found) return found
  }
  const own = OWN_REPORTING.exec(sentence)
  if (own?.[1]) return { clue: own[0], name: own[1], kind: 'reporting' }
  return null
}

function insideQuote(text: string, paragraphStart: number, sentence: Sentence): boolean {
  if (/^["“]/.test(sentence.text)) return true
  const before = text.slice(paragraphStart, sentence.start)
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)
}

/**
 * The attribution of every sentence. Quoted speech that names no speaker takes the speaker named in its paragraph,
 * or in the paragraph before when that one closed on an attributed quote (“… ,” the source said. / “Too little …”).
 * @example attributeSentences(text, splitSentences(text)) // one Attribution or null per sentence
 */
export function attributeSentences(text: string, sentences: readonly Sentence[]): (Attribution | null)[] {
  const own = sentences.map((sentence) => attributionIn(sentence.text))
  const paragraphStart = new Map<number, number>()
  for (const sentence of sentences) if (!paragraphStart.has(sentence.paragraph)) paragraphStart.set(sentence.paragraph, sentence.start)
  return sentences.map((sentence, index) => {
    const found = own[index]
    if (found) return found
    if (!insideQuote(text, paragraphStart.get(sentence.paragraph) ?? sentence.start, sentence)) return null
    const sameParagraph = sentences
      .map((other, otherIndex) => ({ other, attribution: own[otherIndex] }))
      .filter(({ other, attribution: clue }) => other.paragraph === sentence.paragraph && clue)
      .sort((a, b) => Math.abs(a.other.start - sentence.start) - Math.abs(b.other.start - sentence.start))[0]
    if (sameParagraph?.attribution) return sameParagraph.attribution
    for (let back = index - 1; back >= 0; back--) {
      const previous = sentences[back] as Sentence
      if (previous.paragraph < sentence.paragraph - 2) break
      if (previous.paragraph === sentence.paragraph) continue
      if (own[back]) return own[back] ?? null
      if (!/^["“]/.test(previous.text) && !insideQuote(text, paragraphStart.get(previous.paragraph) ?? previous.start, previous)) break
    }
    return null
  })
}
