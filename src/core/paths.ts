// Every permalink the site publishes is built here, one function per kind, so that a page, a feed, a
// citation and the search index cannot disagree on an address. No imports: pages and the browser scripts use it.

/** A claim's page. @example claimPath('asylum-allowed-share') // '/claims/asylum-allowed-share' */
export function claimPath(id: string): string {
  return `/claims/${id}`
}

/** The id of a check's section on its claim's page. @example checkAnchor('share') // 'check-share' */
export function checkAnchor(checkId: string): string {
  return `check-${checkId}`
}

/** A check, on its claim's page. @example claimCheckPath('asylum-allowed-share', 'share') // '/claims/asylum-allowed-share#check-share' */
export function claimCheckPath(id: string, checkId: string): string {
  return `${claimPath(id)}#${checkAnchor(checkId)}`
}

/**
 * A file published beside a claim's page: its record (`json`) and citations (`bib`, `ris`, `csl.json`).
 * @example claimFilePath('asylum-allowed-share', 'bib') // '/claims/asylum-allowed-share.bib'
 */
export function claimFilePath(id: string, extension: string): string {
  return `${claimPath(id)}.${extension}`
}

/** A claim's social image. @example claimImagePath('asylum-allowed-share') // '/claims/asylum-allowed-share/social.jpg' */
export function claimImagePath(id: string): string {
  return `${claimPath(id)}/social.jpg`
}

/** A source's page (its article, annotated). @example sourcePath('nypost-2024-06-18') // '/sources/nypost-2024-06-18' */
export function sourcePath(id: string): string {
  return `/sources/${id}`
}

/** A dataset's page. @example datasetPath('ohss-usbp-encounters') // '/data/ohss-usbp-encounters' */
export function datasetPath(id: string): string {
  return `/data/${id}`
}
