/**
 * The attributes of a block that may scroll sideways, such as a wide table on a phone: focusable,
 * so a keyboard can reach and scroll it (axe's scrollable-region-focusable), and a named region,
 * so a screen reader says what that stop is. The ring is the site's :focus-visible outline.
 * Spread onto the wrapper: `<div className="table-wrap" {...scrollRegion('Hedge rules')}>`.
 * @example scrollRegion('Hedge rules') // { role: 'region', 'aria-label': 'Hedge rules', tabIndex: 0 }
 */
export function scrollRegion(label: string): { role: 'region'; 'aria-label': string; tabIndex: 0 } {
  if (label.trim() === '') throw new TypeError('scrollRegion: a scrolling region needs a non-empty label')
  return { role: 'region', 'aria-label': label, tabIndex: 0 }
}
