import type { Server } from 'node:http'
import { startStaticServer } from '../static-server.mjs'

/**
 * One origin for the whole drill (IndexedDB and localStorage belong to an origin): the built app at `/`,
 * the drill page at `/drill/`.
 */
export function startDrillServer(appDir: string, drillDir: string, port: number): Promise<Server> {
  return startStaticServer(appDir, port, '127.0.0.1', [['/drill/', drillDir]])
}
