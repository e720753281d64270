import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files'

// Contentlayer only declares the fields; src/core/content/schema.ts (zod) validates them, so the
// nested ones are plain `json`. `npm run claims -- check` runs first and names every bad field.
const contentDirPath = process.env.CONTENT_DIR ?? 'content'

const claimFields = {
  id: { type: 'string', required: true },
  aliases: { type: 'list', of: { type: 'string' }, required: false },
  draft: { type: 'boolean', required: false },
  appearances: { type: 'json', required: false },
  title: { type: 'string', required: true },
  source: { type: 'string', required: true },
  quote: { type: 'string', required: true },
  saidBy: { type: 'json', required: true },
  figure: { type: 'json', required: true },
  topics: { type: 'list', of: { type: 'string' }, required: true },
  checks: { type: 'json', required: true },
  chart: { type: 'json', required: false },
  rationale: { type: 'string', required: true },
  version: { type: 'number', required: true },
  reviewed: { type: 'date', required: true },
  changes: { type: 'json', required: true },
} satisfies FieldDefs

const sourceFields = {
  id: { type: 'string', required: true },
  publisher: { type: 'string', required: true },
  section: { type: 'string', required: false },
  headline: { type: 'string', required: true },
  url: { type: 'string', required: true },
  published: { type: 'date', required: true },
  author: { type: 'json', required: false },
  retrieved: { type: 'date', required: true },
  language: { type: 'string', required: true },
  excluded: { type: 'json', required: true },
} satisfies FieldDefs

export const Claim = defineDocumentType(() => ({
  name: 'Claim',
  filePathPattern: 'claims/*.mdx',
  contentType: 'mdx',
  fields: claimFields,
}))

export const Source = defineDocumentType(() => ({
  name: 'Source',
  filePathPattern: 'sources/*.mdx',
  contentType: 'mdx',
  fields: sourceFields,
  computedFields: {
    // The article's text sits beside its metadata; quotes and coverage are checked against it.
    text: {
      type: 'string',
      resolve: (doc) => {
        const textPath = path.join(contentDirPath, doc._raw.sourceFileDir, `${doc._raw.flattenedPath.replace(/^.*\//, '')}.txt`)
        return existsSync(textPath) ? readFileSync(textPath, 'utf8') : ''
      },
    },
  },
}))

export default makeSource({
  contentDirPath,
  documentTypes: [Claim, Source],
  // The .txt beside each source is read by the computed field above, not as a document.
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
})
