import { defineDocumentType, makeSource, type Args } from 'contentlayer2/source-files'
import { remarkProseOnly } from './src/core/content/body'

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

// Contentlayer hands MDX the whole file, frontmatter included, and mdx-bundler parses that YAML twice
// more (gray-matter, and remark-mdx-frontmatter, which also exports it as an object in every compiled
// body, where it was a third of the code each page evaluates). Pages read the validated frontmatter
// from src/content, never from the body: keep remark-frontmatter, which drops the YAML from the text,
// and skip the rest. mdx-bundler's node-resolve plugin looks up every path an MDX body imports
// through the resolve package; the bodies import nothing but the JSX runtime (mapped to a global
// before resolving), and esbuild resolves any other import itself. Together: a quarter of
// Contentlayer's time at 1,000 claims, and bodies a third smaller, with the same rendered output.
function withoutFrontmatterExport<Plugin>(plugins: readonly Plugin[] = []): Plugin[] {
  return plugins.filter((plugin) => {
    const attacher: unknown = Array.isArray(plugin) ? plugin[0] : plugin
    return !(typeof attacher === 'function' && attacher.name === 'remarkMdxFrontmatter')
  })
}

// Defence in depth: `claims check` refuses any body that is not prose before this runs, and
// remarkProseOnly refuses the same nodes here, so a body that never went through the check still
// cannot compile into code (src/core/content/body.ts; tests/content/mdx-pipeline.test.ts).
export const mdx = {
  esbuildOptions: (options) => ({ ...options, plugins: (options.plugins ?? []).filter((plugin) => plugin.name !== 'node-resolve') }),
  grayMatterOptions: (options) => ({ ...options, engines: { yaml: () => ({}) } }),
  mdxOptions: (options) => ({ ...options, remarkPlugins: [...withoutFrontmatterExport(options.remarkPlugins ?? []), remarkProseOnly] }),
} satisfies NonNullable<Args['mdx']>

export default makeSource({
  contentDirPath,
  documentTypes: [Claim, Source],
  mdx,
  // Each source's .txt is read by src/content/files.ts, not as a document.
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'ignore',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
})
