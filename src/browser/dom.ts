/** Attributes shared by the server-rendered markup and the scripts that enhance it. */

/** Marks the inputs "/" may focus: "page" (the search page's box) wins over "header". */
export const SEARCH_INPUT_ATTRIBUTE = 'data-search-input'

/** On a copy button: the id of the element whose text it copies. */
export const COPY_TARGET_ATTRIBUTE = 'data-copy-target'
