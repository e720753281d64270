import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import compression from 'compression'
import handler from 'serve-handler'
import { headersForPath, parseHeadersFile, securityHeaders, type HeaderRule } from '@/core/publish/security-headers'

/**
 * The headers a static host would send from the export's `_headers` (written by `claims publish`,
 * with the hashes of the pages' inline scripts); the site's security headers alone without one.
 */
function headerRules(root: string): HeaderRule[] {
  const file = path.join(root, '_headers')
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [{ pattern: '/*', headers: securityHeaders() }]
}

/**
 * Serves a static export as a plain static host or CDN would: `/claims/x` answers from
 * `claims/x.html`, unknown paths get `404.html` with status 404, and text is gzipped for clients
 * that accept it (`compress: false` sends raw bytes, to see what compression is worth), and every
 * response carries the headers `_headers` gives its path (Content-Security-Policy and the rest).
 */
export async function startStaticServer(root: string, port: number, host = '127.0.0.1', { compress = true } = {}): Promise<{ server: Server; url: string }> {
  const gzip = compression()
  const rules = headerRules(root)
  const serve = (request: Parameters<typeof handler>[0], response: Parameters<typeof handler>[1]) =>
    void handler(request, response, { public: root, cleanUrls: true, trailingSlash: false, directoryListing: false })
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname
    for (const [name, value] of Object.entries(headersForPath(rules, pathname))) response.setHeader(name, value)
    if (!compress) return serve(request, response)
    // compression is Express middleware; a plain Node request and response are all it uses.
    gzip(request as never, response as never, () => serve(request, response))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return { server, url: `http://${host}:${address.port}` }
}
