import type { Server } from 'node:http'

/** Serves `root` at `/` and each mount's folder under its prefix, on one origin (scripts/static-server.mjs). */
export function startStaticServer(root: string, port?: number, host?: string, mounts?: [prefix: string, dir: string][]): Promise<Server>
