import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(__dirname, 'shared') }
// PKK_OUT lets parallel builds (and helpers' checks) use their own output folder.
const out = process.env['PKK_OUT'] ?? 'out'
const version = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')).version as string

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: { outDir: `${out}/main`, rollupOptions: { input: resolve(__dirname, 'electron/main/index.ts') } }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: resolve(__dirname, 'electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'renderer/src') } },
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    // Minified (PKK_MINIFY=0 keeps names, for a readable profile): the initial JavaScript is what the first screen waits for.
    build: { outDir: resolve(__dirname, out, 'renderer'), minify: process.env['PKK_MINIFY'] !== '0', rollupOptions: { input: resolve(__dirname, 'renderer/index.html') } }
  }
})
