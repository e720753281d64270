import path from 'node:path'
import { parseCommandArgs, UsageError } from './args'
import { build, isSiteCurrent, OUT_DIR } from './build'
import { startStaticServer } from './static-server'

/**
 * `claims serve` (`npm start`): builds when out/ is missing or was built from other content or code
 * (the build's fingerprint, src/cli/fingerprint.mjs), then serves out/ as a static host would, with
 * the security headers. Runs until stopped.
 */
export async function runServeCommand(args: readonly string[]): Promise<number> {
  parseCommandArgs('serve', args, {})
  const rawPort = process.env.PORT ?? '3000'
  const port = Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('serve', `PORT: expected a whole number from 0 to 65535; got "${rawPort}"`)
  if (!isSiteCurrent()) {
    console.log(`${OUT_DIR}/ is missing or was built from other content or code: building it…`)
    if (!(await build())) return 1
  }
  const { url } = await startStaticServer(path.resolve(OUT_DIR), port)
  console.log(`Claim Ledger is served from ${OUT_DIR}/ at ${url}`)
  return new Promise<number>(() => {})
}
