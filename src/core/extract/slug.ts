/**
 * Lower-case words joined by single hyphens, safe as a file name and a permalink (the content's slugSchema).
 * Thousands separators go ("42,000" → "42000", "1.8" → "1-8"), accents fold ("Düsseldorf" → "dusseldorf"), at most `maxWords` words.
 * @example slugOf('42,000 migrants have crossed', 2) // '42000-migrants'
 */
export function slugOf(text: string, maxWords = Infinity): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
}
