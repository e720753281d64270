/**
 * Everything but the pages is made from the ledger alone, so `claims prepare` makes it while
 * Contentlayer compiles the MDX (its one core leaves the other free), into this folder; `claims
 * export` copies it beside Next's pages.
 */
export const STAGE_DIR = '.export'
