import { resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../..')

/** Builds the drill page (scripts/drill/page) from the app's own modules, with the app's aliases. */
export async function buildDrillPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'page'),
    base: './',
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
    define: { __APP_VERSION__: JSON.stringify('drill') },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4000 }
  })
}
