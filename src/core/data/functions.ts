/** The functions a check uses to read the record, as the methodology and README document them. */
export const RECORD_FUNCTION_DOCS = [
  {
    name: 'count',
    usage: 'count("dataset-id/series-id", "YYYY-MM"[, "YYYY-MM"])',
    gives: 'The month’s published count, or the sum from the first month to the second, each row carrying the dataset’s rounding.',
    example: 'count("ohss-usbp-encounters/southwest-border", "2024-06") → 83,530 (83,525 – 83,535)',
  },
  {
    name: 'perDay',
    usage: 'perDay("dataset-id/series-id", "YYYY-MM"[, "YYYY-MM"])',
    gives: 'The count divided by the days of the month or months: a monthly average, not a figure for any window inside the month.',
    example: 'perDay("ohss-usbp-encounters/southwest-border", "2024-06") → 2,784 a day',
  },
  {
    name: 'lastBelowPerDay',
    usage: 'lastBelowPerDay("dataset-id/series-id", level, "YYYY-MM")',
    gives:
      'The last month before the given one whose count per day was under the level; a later month that the rounding leaves on either side of the level widens the answer to include it.',
    example: 'lastBelowPerDay("ohss-usbp-encounters/southwest-border", 1500, "2024-06") → July 2020',
  },
  {
    name: 'categories',
    usage: 'categories("dataset-id/series-id", "YYYY-MM")',
    gives:
      'How many categories (nationalities, for a series by citizenship) the month lists with a count, leaving out “Unknown”. Under rounding a category too small to reach the rounding unit is not listed, so this is a floor.',
    example: 'categories("ohss-usbp-encounters/southwest-border-by-citizenship", "2024-06") → at least 71',
  },
  {
    name: 'cited',
    usage: 'cited()',
    gives:
      'The value a fact-checker found in a publication, from the check’s cited block (publisher, title, address, dates, the passage), read with the same rounding rules as a claim’s figure.',
    example: 'cited() → 1,500 (Congressional Research Service, June 20, 2024)',
  },
] as const
