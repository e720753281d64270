import os from 'node:os'
import { withContentlayer } from 'next-contentlayer2'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export: any static host or CDN serves `out/` unchanged.
  output: 'export',
  // `/claims/<id>` is written as `claims/<id>.html`, which static hosts serve at the extensionless path.
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test` and CI) checks types; checking them again inside every
  // build cost 12-14 s of each one.
  typescript: { ignoreBuildErrors: true },
  // Next keeps one core for its main process, which only waits while pages are generated; a
  // worker per core renders pages nearly twice as fast on a two-core machine.
  experimental: {
    cpus: Math.max(1, os.availableParallelism()),
    // Prefetch inlining gzips every page's segments to size the client router's prefetches; no page
    // loads that router (the export strips it), and the gzipping was a quarter of each page's render.
    prefetchInlining: false,
    // Static generation in worker threads of Next's own process, not child processes: each child
    // carried a Node runtime and a heap of its own beside Turbopack's compile state, which the main
    // process holds until its shutdown ends, after the workers have started. At 1,000 claims this
    // cut next build's peak from 1144-1166 to 1011-1021 MiB and its time by a tenth (A/B, two runs
    // each); the pages are byte-identical.
    workerThreads: true,
  },
  // Turbopack ignores Contentlayer's webpack hook; `claims stage` runs contentlayer2 build first.
  turbopack: {},
}

export default withContentlayer(nextConfig)
