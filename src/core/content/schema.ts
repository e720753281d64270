import { z } from 'zod'
import { HEDGE_WORDS, dateInterval, parseWritten } from '../figure'
import { ORIGINATOR_KINDS, type OriginatorKind } from './originators'
import { unsafeUrlReason } from './url'

/** Lower-case words joined by hyphens: safe in a URL, a file name and an HTML id. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens, e.g. "daily-crossings-after-order"')

/**
 * A calendar date as YYYY-MM-DD. YAML and Contentlayer turn bare dates into Date objects or
 * midnight-UTC timestamps; both are accepted and normalised, anything else is an error.
 */
export const isoDateSchema = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10)
    return value
  },
  z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
)

/** A date as precise as the text gives it: "2023", "2023-09" or "2023-09-30". */
export const partialDateSchema = z
  .string({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine((value) => {
    try {
      dateInterval(value)
      return true
    } catch {
      return false
    }
  }, 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD')

/** An outside page a link is built from: an http(s) address (see ./url.ts), never `javascript:` or `data:`. */
export const webUrlSchema = z.string().superRefine((url, context) => {
  const reason = unsafeUrlReason(url, { sitePaths: false })
  if (reason) context.addIssue({ code: 'custom', message: reason })
})

const hedgeSchema = z
  .string()
  .refine((value) => value.trim().toLowerCase() in HEDGE_WORDS, {
    error: `expected a known hedge as written: ${Object.keys(HEDGE_WORDS).join(', ')} (or null for none)`,
  })
  .nullable()

/** When the figure holds: an as-of date, or a period with its own words. */
const periodSchema = z
  .strictObject({
    /** The words that set the period, verbatim from the source ("since the order began June 5"). */
    written: z.string().min(1).nullable(),
    start: isoDateSchema.optional(),
    end: isoDateSchema.optional(),
    asOf: isoDateSchema.optional(),
    /** Set when the dates are inferred rather than written: why, and what else they could be. */
    inferred: z.string().min(1).optional(),
  })
  .refine((period) => period.asOf !== undefined || period.start !== undefined || period.end !== undefined, {
    error: 'expected start, end or asOf',
  })
  .refine((period) => !(period.start && period.end && period.start > period.end), {
    error: 'expected start on or before end',
  })

const figureBase = {
  /** The figure exactly as the source writes it: "3,200", "77%", "September 2023", "Thousands". */
  written: z.string().min(1),
  /** The hedge word as written, or null. */
  hedge: hedgeSchema,
  /** What is counted: "crossings per day", "percent of asylum applications". */
  unit: z.string().min(1),
  period: periodSchema.optional(),
  place: z.string().min(1).optional(),
}

export const quantityFigureSchema = z
  .strictObject({
    kind: z.literal('quantity'),
    value: z.number({ error: 'expected a number' }).refine(Number.isFinite, 'expected a finite number'),
    /** A legal threshold or a count that is not rounded ("2,500", "two weeks"). */
    exact: z.boolean().optional(),
    ...figureBase,
  })
  .superRefine((figure, context) => {
    const parsed = parseWritten(figure.written)
    if (!parsed) {
      context.addIssue({ code: 'custom', path: ['written'], message: `expected a number as written, e.g. "3,200" or "77%"; got "${figure.written}"` })
    } else if (Math.abs(parsed.value - figure.value) > 1e-9 * Math.max(1, Math.abs(figure.value))) {
      context.addIssue({ code: 'custom', path: ['value'], message: `expected ${parsed.value}, the number "${figure.written}" as written; got ${figure.value}` })
    }
  })

export const dateFigureSchema = z.strictObject({
  kind: z.literal('date'),
  value: partialDateSchema,
  ...figureBase,
})

/** A quantity with no checkable number: "thousands a day", "hundreds", "no dramatic impact". */
export const vagueFigureSchema = z.strictObject({
  kind: z.literal('vague'),
  ...figureBase,
})

export const figureSchema = z.discriminatedUnion('kind', [quantityFigureSchema, dateFigureSchema, vagueFigureSchema], {
  error: 'expected kind to be "quantity", "date" or "vague"',
})

export { ORIGINATOR_KINDS, type OriginatorKind } from './originators'

export const saidBySchema = z.strictObject({
  kind: z.enum(Object.keys(ORIGINATOR_KINDS) as [OriginatorKind, ...OriginatorKind[]]),
  name: z.string().min(1),
  /** Role or description, e.g. "president of the National Border Patrol Council, San Diego". */
  role: z.string().min(1).optional(),
})

const outsideDataSchema = z.strictObject({
  /** The public data that would settle the check. */
  data: z.string().min(1),
  url: webUrlSchema.optional(),
})

/** A check completed by hand: the publication consulted, the passage cited and the value found. */
export const citationSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: webUrlSchema,
  published: isoDateSchema,
  retrieved: isoDateSchema,
  /** The passage or table cited, verbatim. */
  passage: z.string().min(1),
  /** The figure as the publication writes it. */
  value: z.string().min(1).refine((value) => parseWritten(value) !== null, 'expected a number as written, e.g. "2,500"'),
  exact: z.boolean().optional(),
})

export const checkSchema = z
  .strictObject({
    id: slugSchema,
    title: z.string().min(1).max(120),
    /** mathjs syntax over literals, ref("claim-id"), days(), date(), fiscalYearEnd(); see src/core/check. */
    expression: z.string().min(1).optional(),
    /** Compare the result with this claim's stated figure ("stated", the default) or just show it ("none"). */
    compare: z.enum(['stated', 'none']).optional(),
    needs: outsideDataSchema.optional(),
    /** Completed by hand against a publication; `cited()` in the expression is its value. */
    cited: citationSchema.optional(),
    /** What the result means, in a sentence or two. */
    note: z.string().min(1).optional(),
    /** An input the article does not state, with its plausible range: the check is also shown at each end. */
    inferred: z
      .strictObject({
        /** The input verbatim as the expression writes it, e.g. `days("2024-06-05", "2024-06-18")`. */
        input: z.string().min(1),
        /** Why it is inferred, and why the range below is plausible. */
        reason: z.string().min(1),
        /** The input at the low and the high end of that range, written the same way. */
        low: z.string().min(1),
        high: z.string().min(1),
      })
      .optional(),
  })
  .refine((check) => (check.expression !== undefined || check.cited !== undefined) !== (check.needs !== undefined), {
    error: 'expected an expression or a hand-completed citation (cited), or needs (outside data not yet consulted); not needs with either',
  })
  .refine((check) => check.inferred === undefined || check.expression !== undefined, {
    error: 'expected an expression for an inferred input to occur in',
    path: ['inferred'],
  })

export const changeSchema = z.strictObject({
  date: isoDateSchema,
  summary: z.string().min(1),
})

export const claimSchema = z.strictObject({
  /** Immutable: also the file name and the permalink. */
  id: slugSchema,
  /** Former ids of this claim (renamed or merged); each keeps a page that redirects here. */
  aliases: z.array(slugSchema).optional(),
  /** A draft is validated like any claim but not published (no page, not in claims.json or search). */
  draft: z.boolean().optional(),
  title: z
    .string()
    .min(1)
    // 70, not the 75 a title may have elsewhere: the page's <title> must stay under 70 for search results.
    .max(70, 'expected at most 70 characters')
    .refine((title) => !/\b(true|false|misleading|accurate|inaccurate|correct|wrong|adds up|consistent|inconsistent)\b/i.test(title), {
      error: 'expected a title without a verdict word; the verdict is computed from the checks and the sourcing',
    }),
  source: slugSchema,
  /** Verbatim from the source text. */
  quote: z.string().min(1),
  saidBy: saidBySchema,
  figure: figureSchema,
  topics: z.array(slugSchema).min(1),
  checks: z.array(checkSchema),
  /** Other sources that state the same figure, each with its verbatim quote there. */
  appearances: z
    .array(z.strictObject({ source: slugSchema, quote: z.string().min(1) }))
    .optional(),
  /** A chart of this claim's figure beside related ones, drawn from zero so sizes compare. */
  chart: z
    .strictObject({
      title: z.string().min(1).max(100),
      /** Claim ids, this one included where wanted, in the order to draw them. */
      figures: z.array(slugSchema).min(2),
    })
    .optional(),
  /** Why the axes come out as they do, in one line; the axes themselves are computed from the checks and sourcing. */
  rationale: z.string().min(1).max(300),
  /**
   * Why a figure that matches the record still misleads: the context it leaves out. With it, a
   * record match reads "misleading"; without a record result it changes nothing.
   */
  missingContext: z.string().min(1).max(300).optional(),
  version: z.number().int().positive(),
  reviewed: isoDateSchema,
  changes: z.array(changeSchema).min(1),
})

const exclusionSchema = z.strictObject({
  /** The words in the source text that hold the excluded number, verbatim ("COVID-19"). */
  text: z.string().min(1),
  reason: z.string().min(1),
})

export const sourceSchema = z.strictObject({
  id: slugSchema,
  publisher: z.string().min(1),
  section: z.string().min(1).optional(),
  headline: z.string().min(1),
  url: webUrlSchema,
  published: isoDateSchema,
  /** null when the byline is not known. */
  author: z.string().min(1).nullable(),
  retrieved: isoDateSchema,
  language: z.string().min(2),
  /** Numbers in the text that are not figures, each with the reason. */
  excluded: z.array(exclusionSchema),
})

export type ClaimData = z.infer<typeof claimSchema>
export type SourceData = z.infer<typeof sourceSchema>
export type Figure = z.infer<typeof figureSchema>
export type Check = z.infer<typeof checkSchema>
export type SaidBy = z.infer<typeof saidBySchema>
