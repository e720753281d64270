import { Document, isScalar, isSeq, stringify } from 'yaml'
import type { ClaimData } from '../content/schema'

// Drafts as files: YAML written the way reviewed claims are written, so that a reviewer edits a
// draft into a claim without reformatting it.

/**
 * The `appearances:` entry as YAML, ready to paste into the other claim's frontmatter.
 * @example appearanceYaml({ source: 's', quote: 'q' }) // 'appearances:\n  - source: s\n    quote: q'
 */
export function appearanceYaml(appearance: { source: string; quote: string }): string {
  return stringify({ appearances: [appearance] }, { lineWidth: 0 }).trimEnd()
}

/** The whole .mdx file of a draft: the comment lines, the frontmatter as the reviewed claims write it, a placeholder body. */
export function draftFile(data: ClaimData, comments: readonly string[]): string {
  const header = comments.flatMap((comment) => comment.split('\n')).map((line) => `# ${line}`.trimEnd())
  const document = new Document(data)
  // topics: [a, b], as the reviewed claims write them
  const topics = document.get('topics', true)
  if (isSeq(topics)) topics.flow = true
  // Quoted as in reviewed claims: a YAML 1.1 reader (Contentlayer's) would turn a bare 2024-06-05 into a Date.
  for (const key of ['written', 'value']) {
    const node = document.getIn(['figure', key], true)
    if (isScalar(node) && typeof node.value === 'string') node.type = 'QUOTE_DOUBLE'
  }
  const body = 'Drafted from the sentence quoted above. Say what the figure counts and what would check it, then publish; or delete this draft.'
  return `---\n${header.join('\n')}\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}\n`
}
