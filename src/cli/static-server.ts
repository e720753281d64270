import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import handler from 'serve-handler'

/**
 * Serves a static export as a plain static host would: `/claims/x` answers from `claims/x.html`,
 * unknown paths get `404.html` with status 404.
 */
export async function startStaticServer(root: string, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    void handler(request, response, { public: root, cleanUrls: true, trailingSlash: false, directoryListing: false })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return { server, url: `http://${host}:${address.port}` }
}
