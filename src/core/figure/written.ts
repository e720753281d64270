/** A number as a writer put it: its value and the step of its last written digit. */
export interface WrittenNumber {
  readonly value: number
  /** Size of the last significant written unit: 1000 for "499,000", 1 for "77%", 0.1 for "1.8". 0 = exact. */
  readonly step: number
  readonly percent: boolean
}

const SCALE_WORDS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
}

// Small counts written in words are exact: "two weeks" is 14 days, not 10–30.
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}

const NUMERIC = /^(?<sign>[-−])?\$?(?<digits>\d{1,3}(?:,\d{3})+|\d+)?(?<fraction>\.\d+)?\s*(?<scale>k|m|mn|b|bn|thousand|million|billion|trillion)?\s*(?<percent>%|percent|per cent)?$/i

/**
 * Parses a figure as written, keeping its precision. Returns `null` for text that is not a number.
 * Trailing zeros of a whole number are read as rounding ("42,000" is to the nearest thousand).
 * @example parseWritten('499,000') // { value: 499000, step: 1000, percent: false }
 * @example parseWritten('77%')     // { value: 77, step: 1, percent: true }
 */
export function parseWritten(written: string): WrittenNumber | null {
  if (typeof written !== 'string') return null
  const text = written.trim().replace(/\s+/g, ' ')
  if (text === '') return null

  const word = NUMBER_WORDS[text.toLowerCase()]
  if (word !== undefined) return { value: word, step: 0, percent: false }

  const match = NUMERIC.exec(text)
  const groups = match?.groups
  if (!groups || (groups.digits === undefined && groups.fraction === undefined)) return null

  const whole = (groups.digits ?? '0').replace(/,/g, '')
  const fraction = groups.fraction ?? ''
  const scale = groups.scale ? (SCALE_WORDS[groups.scale.toLowerCase()] ?? 1) : 1
  const sign = groups.sign ? -1 : 1
  const value = sign * Number(whole + fraction) * scale
  if (!Number.isFinite(value)) return null

  let step: number
  if (fraction.length > 1) {
    step = 10 ** -(fraction.length - 1) * scale
  } else {
    const trailingZeros = /^0+$/.test(whole) ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0)
    step = 10 ** trailingZeros * scale
  }
  return { value: value === 0 ? 0 : value, step: cleanFloat(step), percent: Boolean(groups.percent) }
}

function cleanFloat(value: number): number {
  return Number(value.toPrecision(12))
}
