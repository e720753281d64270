// The record of one claim in `claims.json`, as a zod schema: the TypeScript type of the export is
// inferred from it and the published JSON Schema (/data/claims.schema.json) is generated from it, so
// the two cannot drift. Pages import only the type (export.ts), so Next never bundles zod.
import { z } from 'zod'
import { ARITHMETIC_VALUES, RECORD_VALUES, SOURCING_VALUES } from '../check/axes'
import { CHECK_KINDS } from '../check/kind'
import { CHECK_STATUSES } from '../check/status'
import { ORIGINATOR_KINDS, type OriginatorKind } from './originators'

const keys = <T extends Record<string, unknown>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]]

/** `[low, high]`; null for an open end. */
const pair = z.tuple([z.number().nullable(), z.number().nullable()]).describe('[low, high] of the interval rounding allows; null for an open end')
/** A number, or a date as YYYY-MM-DD. */
const value = z.union([z.number(), z.string()]).describe('a number, or a date as YYYY-MM-DD')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const axis = <Ids extends [string, ...string[]]>(ids: Ids, description: string) =>
  z.strictObject({ id: z.enum(ids), label: z.string().min(1) }).describe(description)

const rowSchema = z.strictObject({
  month: z.string().describe('the month of the row, YYYY-MM'),
  value: z.number(),
  low: z.number(),
  high: z.number(),
  series: z.string(),
})

const citationSchema = z.strictObject({
  publisher: z.string(),
  title: z.string(),
  url: z.string(),
  published: z.string(),
  retrieved: z.string(),
  passage: z.string().describe('the passage or table cited, verbatim'),
  value: z.string().describe('the figure as the publication writes it'),
  exact: z.boolean().describe('whether the cited figure is exact rather than rounded'),
})

const stepSchema = z.strictObject({
  text: z.string(),
  value,
  interval: pair,
  claim: z.string().optional().describe('the claim whose figure this step reads'),
  dataset: z.string().optional().describe('the dataset this step reads'),
})

export const checkJSONSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.enum(CHECK_KINDS).describe('arithmetic: between the article’s figures; record: against official data or a cited publication; context: shown, not counted'),
  expression: z.string().nullable(),
  computed: value.nullable(),
  interval: pair.nullable(),
  stated: z.strictObject({ written: z.string(), interval: pair }).nullable(),
  relation: z.string().nullable(),
  status: z.enum(CHECK_STATUSES),
  offBy: z.strictObject({ absolute: z.number(), relative: z.number().nullable() }).nullable(),
  steps: z.array(stepSchema),
  needs: z.strictObject({ data: z.string(), url: z.string().optional() }).nullable(),
  note: z.string().nullable(),
  anchor: z.string(),
  dataset: z.string().nullable().describe('for a record check against a dataset: its id (see /data/datasets.json)'),
  rows: z.array(rowSchema).nullable().describe('the dataset rows the check used'),
  citation: citationSchema.nullable().describe('for a record check completed by hand: the publication cited'),
  identityWith: z
    .array(z.strictObject({ claim: z.string(), check: z.string() }))
    .nullable()
    .describe('other claims’ checks that state the same identity: the agreement counts once'),
  inferred: z
    .strictObject({
      input: z.string(),
      reason: z.string(),
      value,
      ends: z.tuple([
        z.strictObject({ input: z.string(), value, computed: value, interval: pair, status: z.enum(CHECK_STATUSES) }),
        z.strictObject({ input: z.string(), value, computed: value, interval: pair, status: z.enum(CHECK_STATUSES) }),
      ]),
    })
    .nullable()
    .describe('an input the article does not state, and the result at each end of its plausible range'),
})

export const claimJSONSchema = z.strictObject({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  quote: z.string(),
  written: z.string(),
  kind: z.enum(['quantity', 'date', 'vague']),
  value: value.nullable(),
  unit: z.string(),
  hedge: z.string().nullable(),
  exact: z.boolean(),
  interval: pair.nullable(),
  intervalText: z.string().nullable(),
  period: z
    .strictObject({
      written: z.string().nullable(),
      start: isoDate.optional(),
      end: isoDate.optional(),
      asOf: isoDate.optional(),
      inferred: z.string().optional().describe('why the dates are inferred rather than written'),
    })
    .nullable(),
  place: z.string().nullable(),
  saidBy: z.strictObject({ kind: z.enum(Object.keys(ORIGINATOR_KINDS) as [OriginatorKind, ...OriginatorKind[]]), name: z.string(), role: z.string().optional() }),
  source: z.strictObject({ id: z.string(), url: z.string(), page: z.string(), publisher: z.string(), published: isoDate, headline: z.string() }),
  topics: z.array(z.string()),
  axes: z
    .strictObject({
      arithmetic: axis(keys(ARITHMETIC_VALUES), 'do the article’s own figures agree'),
      record: axis(keys(RECORD_VALUES), 'what official data or documents say; not-checked where nothing was checked'),
      sourcing: axis(keys(SOURCING_VALUES), 'how the figure is sourced'),
    })
    .describe('the verdict as three separate axes; see /methodology'),
  rating: z
    .strictObject({ value: z.number().int(), best: z.number().int(), worst: z.number().int(), label: z.string() })
    .nullable()
    .describe('the accuracy rating: only for a claim with a record result (matches, misleading, contradicted)'),
  checked: z.string().describe('what was and was not checked, in one line'),
  rationale: z.string(),
  missingContext: z.string().nullable(),
  version: z.number().int().positive(),
  reviewed: isoDate,
  changes: z.array(z.strictObject({ date: isoDate, summary: z.string() })),
  checks: z.array(checkJSONSchema),
  appearances: z.array(
    z.strictObject({
      source: z.strictObject({ id: z.string(), url: z.string(), publisher: z.string(), published: isoDate }),
      quote: z.string(),
    }),
  ),
})

export const claimsFileSchema = z.strictObject({ claims: z.array(claimJSONSchema) })

export type ClaimJSON = z.infer<typeof claimJSONSchema>
export type CheckJSON = z.infer<typeof checkJSONSchema>

/**
 * The JSON Schema of `claims.json`, published at /data/claims.schema.json.
 * @example claimsJsonSchema('https://claims.example.org').$id // 'https://claims.example.org/data/claims.schema.json'
 */
export function claimsJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(claimsFileSchema, { target: 'draft-2020-12' }),
    $id: `${siteUrl}/data/claims.schema.json`,
    title: 'Claim Ledger: claims.json',
    description: 'Every published claim with its figure, sourcing, three verdict axes and checks. Per-claim files /claims/<id>.json hold one item of `claims`.',
  }
}
