import { defineDocumentType, makeSource } from 'contentlayer2/source-files'

// Contentlayer compiles the MDX bodies and nothing else. The frontmatter is read, validated (zod,
// src/core/content/schema.ts) and checked by src/content/files.ts and the core ledger, which
// `npm run claims -- check` runs before this, naming every bad field. Declaring the fields here
// too made Contentlayer check each one a second time, which doubled its time at 10,000 claims.
const contentDirPath = process.env.CONTENT_DIR ?? 'content'

export const Claim = defineDocumentType(() => ({
  name: 'Claim',
  filePathPattern: 'claims/*.mdx',
  contentType: 'mdx',
  fields: { id: { type: 'string', required: true } },
}))

export const Source = defineDocumentType(() => ({
  name: 'Source',
  filePathPattern: 'sources/*.mdx',
  contentType: 'mdx',
  fields: { id: { type: 'string', required: true } },
}))

export default makeSource({
  contentDirPath,
  documentTypes: [Claim, Source],
  // Each source's .txt is read by src/content/files.ts, not as a document.
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'ignore',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
})
