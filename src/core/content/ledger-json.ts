import type { Ledger } from './ledger'

// The checked ledger as `claims prepare` hands it to the pages. JSON has no ±Infinity, and an
// interval's open end is one ("more than 231,000" is [231000, ∞)), so non-finite numbers travel as
// a tagged object no content value can take; anything else non-JSON is refused, never guessed.
const NON_FINITE = '$nonFinite'

/**
 * The ledger as JSON that {@link parseLedger} turns back into an equal ledger.
 * @example parseLedger(serialiseLedger(ledger)) // deep-equals ledger
 */
export function serialiseLedger(ledger: Ledger): string {
  return JSON.stringify(ledger, function replace(key, value: unknown) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      if (Number.isNaN(value)) throw new TypeError(`serialiseLedger: ${key} is NaN, which a checked ledger never holds`)
      return { [NON_FINITE]: value > 0 ? 'Infinity' : '-Infinity' }
    }
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new TypeError(`serialiseLedger: ${key} is a ${typeof value}, which JSON cannot carry`)
    }
    return value
  })
}

/** The ledger written by {@link serialiseLedger}; `file` names the file in any error. */
export function parseLedger(text: string, file = 'ledger.json'): Ledger {
  let parsed: unknown
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && NON_FINITE in value) {
        const tag = (value as Record<string, unknown>)[NON_FINITE]
        if (tag === 'Infinity') return Infinity
        if (tag === '-Infinity') return -Infinity
        throw new TypeError(`${NON_FINITE}: expected "Infinity" or "-Infinity", got ${JSON.stringify(tag)}`)
      }
      return value
    })
  } catch (error) {
    throw new Error(`${file}: not a ledger written by claims prepare (${(error as Error).message})`)
  }
  const ledger = parsed as Partial<Ledger> | null
  for (const field of ['sources', 'claims', 'drafts'] as const) {
    if (!Array.isArray(ledger?.[field])) throw new Error(`${file}: ${field}: expected an array of records, got ${JSON.stringify(ledger?.[field] ?? null)}`)
  }
  return ledger as Ledger
}
