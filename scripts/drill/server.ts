import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, normalize, resolve, sep } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm'
}

/**
 * One origin for the whole drill (IndexedDB and localStorage belong to an origin): the built app at `/`,
 * the drill page at `/drill/`.
 */
export function startDrillServer(appDir: string, drillDir: string, port: number): Promise<Server> {
  const roots: [prefix: string, dir: string][] = [
    ['/drill/', resolve(drillDir)],
    ['/', resolve(appDir)]
  ]
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const [prefix, base] = roots.find(([p]) => path.startsWith(p)) ?? roots[1] ?? ['/', '.']
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
    })()
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok(server))
  })
}
