/**
 * The only script most pages have, written inline at the end of every page's <body>
 * (src/app/layout.tsx; bundled as one self-contained function, see INLINE_ENTRIES). Pages are
 * complete without it; it adds what needs a script: the "/" shortcut to the search box and the
 * citation copy buttons (hidden until this runs, so a reader without scripts never meets a button
 * that does nothing). It runs as the parser reaches it, so every button is already in the page.
 */
import { SEARCH_INPUT_ATTRIBUTE, COPY_TARGET_ATTRIBUTE } from './dom'

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

function focusSearchOnSlash(): void {
  window.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return
    // The search page's own box takes precedence over the header's.
    const box =
      document.querySelector<HTMLInputElement>(`input[${SEARCH_INPUT_ATTRIBUTE}="page"]`) ?? document.querySelector<HTMLInputElement>(`input[${SEARCH_INPUT_ATTRIBUTE}="header"]`)
    if (!box) return
    event.preventDefault()
    box.focus()
    box.select()
  })
}

function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`button[${COPY_TARGET_ATTRIBUTE}]`)) {
    const targetId = button.getAttribute(COPY_TARGET_ATTRIBUTE) ?? ''
    const status = button.querySelector<HTMLElement>('[role="status"]')
    button.addEventListener('click', async () => {
      const text = document.getElementById(targetId)?.textContent ?? ''
      try {
        await navigator.clipboard.writeText(text)
        if (status) status.textContent = ' ✓ copied'
      } catch {
        if (status) status.textContent = ' (select and copy by hand)'
      }
    })
    button.hidden = false
  }
}

focusSearchOnSlash()
enableCopyButtons()
