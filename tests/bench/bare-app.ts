/**
 * The bare baseline: a minimal contentlayer2 + Next static export of the same claim files, with no
 * validation, no checks and no data exports. It renders each claim's title and MDX body at
 * /claims/<id> and a plain index of links. Kept as strings (not .tsx files) so that the project's
 * own type check and build never pick it up; `writeBareApp` writes it into a temporary project.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const BARE_APP_FILES: Readonly<Record<string, string>> = {
  'package.json': `${JSON.stringify({ name: 'claim-ledger-bench-bare', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,

  'contentlayer.config.ts': `import { defineDocumentType, makeSource } from 'contentlayer2/source-files'

export const Claim = defineDocumentType(() => ({
  name: 'Claim',
  filePathPattern: 'claims/*.mdx',
  contentType: 'mdx',
  fields: {
    id: { type: 'string', required: true },
    title: { type: 'string', required: true },
  },
}))

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes: [Claim],
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'ignore',
  disableImportAliasWarning: true,
})
`,

  'next.config.mjs': `import { withContentlayer } from 'next-contentlayer2'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: {},
}

export default withContentlayer(nextConfig)
`,

  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'dom.iterable', 'ES2023'],
        allowJs: false,
        skipLibCheck: true,
        strict: true,
        noEmit: true,
        esModuleInterop: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: 'react-jsx',
        incremental: true,
        baseUrl: '.',
        paths: { 'contentlayer/generated': ['./.contentlayer/generated'] },
        plugins: [{ name: 'next' }],
      },
      include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.contentlayer/generated', '.next/dev/types/**/*.ts'],
      exclude: ['node_modules', 'out', '.next'],
    },
    null,
    2,
  )}\n`,

  'src/app/layout.tsx': `import type { ReactNode } from 'react'

export const metadata = { title: 'Claims' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,

  'src/app/page.tsx': `import Link from 'next/link'
import { allClaims } from 'contentlayer/generated'

export default function HomePage() {
  return (
    <main>
      <h1>Claims</h1>
      <ul>
        {allClaims.map((claim) => (
          <li key={claim.id}>
            <Link href={\`/claims/\${claim.id}\`}>{claim.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  )
}
`,

  'src/app/claims/[id]/page.tsx': `import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getMDXComponent } from 'next-contentlayer2/hooks'
import { allClaims } from 'contentlayer/generated'

export const dynamicParams = false

const byId = new Map(allClaims.map((claim) => [claim.id, claim]))

export function generateStaticParams() {
  return allClaims.map((claim) => ({ id: claim.id }))
}

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = byId.get((await params).id)
  return claim ? { title: claim.title } : {}
}

export default async function ClaimPage({ params }: Props) {
  const claim = byId.get((await params).id)
  if (!claim) notFound()
  const Body = getMDXComponent(claim.body.code)
  return (
    <main>
      <h1>{claim.title}</h1>
      <Body />
    </main>
  )
}
`,
}

/** Writes the bare app into `dir` (which then needs a node_modules). */
export function writeBareApp(dir: string): void {
  for (const [file, contents] of Object.entries(BARE_APP_FILES)) {
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, contents)
  }
}
