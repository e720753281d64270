// Building an Intl.NumberFormat costs far more than formatting with one, and a page formats
// hundreds of numbers; one formatter per number of decimals (0–20) serves them all.
const formatters = new Map<number, Intl.NumberFormat>()

function formatterFor(maximumFractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(maximumFractionDigits)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits })
    formatters.set(maximumFractionDigits, formatter)
  }
  return formatter
}

/**
 * Formats a computed number for reading: thousands separators, and as many decimals as the
 * magnitude needs to show the arithmetic (0.7701, 3,231, 77.01).
 * @example formatNumber(0.770061) // '0.7701'
 * @example formatNumber(-Infinity) // '−∞'
 */
export function formatNumber(value: number, maximumFractionDigits?: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '∞'
  if (value === -Infinity) return '−∞'
  const magnitude = Math.abs(value)
  const digits = maximumFractionDigits ?? (magnitude >= 1000 ? 0 : magnitude >= 10 ? 2 : magnitude >= 1 ? 3 : 4)
  const text = formatterFor(digits).format(value)
  return text.replace(/^-/, '−').replace(/^−0$/, '0')
}
