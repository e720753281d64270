import { COPY_TARGET_ATTRIBUTE } from '@/browser/dom'

/**
 * Copies the text of the element with `targetId` (src/browser/every-page.ts wires it up). Hidden until
 * that script runs; the status region tells screen readers whether the copy worked.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  return (
    <button type="button" className="copy-button" hidden aria-describedby={`${targetId}-status`} {...{ [COPY_TARGET_ATTRIBUTE]: targetId }}>
      Copy {label}
      <span id={`${targetId}-status`} role="status" className="copy-status" />
    </button>
  )
}
