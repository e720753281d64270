'use client'

import { useState } from 'react'

/** Copies the text of the element with `targetId`; says so for screen readers too. */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  async function copy() {
    const text = document.getElementById(targetId)?.textContent ?? ''
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <button type="button" className="copy-button" onClick={copy} aria-describedby={`${targetId}-status`}>
      Copy {label}
      <span id={`${targetId}-status`} role="status" className="copy-status">
        {state === 'copied' ? ' ✓ copied' : state === 'failed' ? ' (select and copy by hand)' : ''}
      </span>
    </button>
  )
}
