// A tiny static file server for the built renderer (out/renderer): used by `npm run web` and the e2e tests.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8'
}

/**
 * Serves `root` at `/`; `mounts` serve other folders under a path prefix (the drill page at `/drill/`),
 * on the same origin. A path that leaves its folder gets 404.
 * @param {string} root
 * @param {number} [port]
 * @param {string} [host]
 * @param {[prefix: string, dir: string][]} [mounts]
 * @returns {Promise<import('node:http').Server>}
 */
export function startStaticServer(root, port = 0, host = '127.0.0.1', mounts = []) {
  const roots = [...mounts.map(([prefix, dir]) => [prefix, resolve(dir)]), ['/', resolve(root)]]
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const [prefix, base] = roots.find(([p]) => path.startsWith(p)) ?? ['/', resolve(root)]
    const rest = path.slice(prefix.length - 1)
    const file = resolve(base, normalize('.' + (rest === '/' ? '/index.html' : rest)))
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(404).end()
      return
    }
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
      res.end(body)
    } catch {
      res.writeHead(404).end('Tidak ditemukan')
    }
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ok(server))
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5180)
  await startStaticServer(join(import.meta.dirname, '..', 'out', 'renderer'), port)
  console.log(`Sekretariat PKK (versi peramban) berjalan di http://127.0.0.1:${port}/`)
}
