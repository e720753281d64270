import { z } from 'zod'
import { isoDateSchema, slugSchema, webUrlSchema } from '../content/schema'

/** A calendar month as YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, e.g. "2024-06"')

/** How the month of a row is written in the published file. */
const monthColumnsSchema = z.union([
  /** One column holding a calendar month ("2024-06", "June 2024") or a date. */
  z.strictObject({ column: z.string().min(1) }),
  /** U.S. federal fiscal year (October to September) and a month name ("01 October", "OCT"). */
  z.strictObject({ fiscalYear: z.string().min(1), month: z.string().min(1) }),
])

/**
 * One derived table: which rows of the published file it reads and which columns it keeps. Rows with
 * the same month and dimensions are summed, so a table can drop columns it does not need.
 */
export const tableSpecSchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(1),
  /** The worksheet, for a workbook; a CSV file has one table and no sheet. */
  sheet: z.string().min(1).optional(),
  month: monthColumnsSchema,
  /** Output column name → the published file's column header. */
  dimensions: z.record(slugSchema, z.string().min(1)),
  /** The published column holding the count. */
  value: z.string().min(1),
  /** Keep only rows whose published columns hold these values. */
  where: z.record(z.string().min(1), z.string()).optional(),
})

/** A monthly series a check can read: a derived table, filtered, summed per month. */
export const seriesSpecSchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(1),
  table: slugSchema,
  /** Derived-table dimension → value a row must hold. */
  where: z.record(slugSchema, z.string()).optional(),
  /** A dimension whose values are categories (citizenship), for `categories()`. */
  by: slugSchema.optional(),
  /** Values of `by` that name no category ("Unknown"): left out when categories are counted. */
  uncategorised: z.array(z.string().min(1)).optional(),
})

export const roundingSchema = z.union([
  z.strictObject({ exact: z.literal(true) }),
  /** Every published count is a multiple of `to`, so a count c stands for c ± to/2. */
  z.strictObject({ to: z.number().int().positive(), note: z.string().min(1).optional() }),
])

export const datasetMetadataSchema = z.strictObject({
  id: slugSchema,
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** The agency's page for the file: what a reader cites and visits. */
  page: webUrlSchema,
  /** The file as published, kept unchanged in published/. */
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, 'expected a file name, not a path'),
  retrieved: isoDateSchema,
  /** Where the copy came from, when not from the page itself. */
  obtainedFrom: z.string().min(1).optional(),
  coverage: z.strictObject({ start: monthSchema, end: monthSchema }),
  /** What is counted, in a sentence a reader can check against the agency's definitions. */
  counts: z.string().min(1),
  rounding: roundingSchema,
  licence: z.string().min(1),
  /** Revisions, differences from other series, caveats. */
  notes: z.string().min(1).optional(),
  tables: z.array(tableSpecSchema).min(1),
  series: z.array(seriesSpecSchema).min(1),
})

export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>
export type TableSpec = z.infer<typeof tableSpecSchema>
export type SeriesSpec = z.infer<typeof seriesSpecSchema>
export type Rounding = z.infer<typeof roundingSchema>
