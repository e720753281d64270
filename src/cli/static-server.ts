import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import compression from 'compression'
import handler from 'serve-handler'

/**
 * Serves a static export as a plain static host or CDN would: `/claims/x` answers from
 * `claims/x.html`, unknown paths get `404.html` with status 404, and text is gzipped for clients
 * that accept it (`compress: false` sends raw bytes, to see what compression is worth).
 */
export async function startStaticServer(root: string, port: number, host = '127.0.0.1', { compress = true } = {}): Promise<{ server: Server; url: string }> {
  const gzip = compression()
  const serve = (request: Parameters<typeof handler>[0], response: Parameters<typeof handler>[1]) =>
    void handler(request, response, { public: root, cleanUrls: true, trailingSlash: false, directoryListing: false })
  const server = createServer((request, response) => {
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
