import type { ReactNode } from 'react'

/**
 * A block that may scroll sideways, such as a wide table on a phone: focusable, so a keyboard can
 * reach and scroll it (axe's scrollable-region-focusable), and a named region (a <section> with a
 * label), so a screen reader says what that stop is. The ring is the site's :focus-visible outline.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
