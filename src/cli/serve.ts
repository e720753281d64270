import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { startStaticServer } from './static-server'

// `npm start`: build when the export is missing or older than its inputs, then serve `out/`.
const INPUTS = ['content', 'src', 'public', 'next.config.mjs', 'contentlayer.config.ts', 'package-lock.json']

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestModification(path.join(entry, name))))
}

function exportIsStale(outDir: string): boolean {
  const marker = path.join(outDir, 'claims.json')
  if (!existsSync(marker)) return true
  const built = statSync(marker).mtimeMs
  return INPUTS.some((input) => newestModification(input) > built)
}

async function main(): Promise<void> {
  const outDir = path.resolve('out')
  if (exportIsStale(outDir)) {
    console.log('The static export is missing or out of date: building it (npm run build)…')
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const rawPort = process.env.PORT ?? '3000'
  const port = Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`PORT: expected a whole number from 0 to 65535; got "${rawPort}"`)
    process.exit(2)
  }
  const { url } = await startStaticServer(outDir, port)
  console.log(`Claim Ledger is served from out/ at ${url}`)
}

void main()
