/// <reference types="vite/client" />
import type { PkkApi } from '../../electron/preload/api'

declare global {
  interface Window {
    pkk: PkkApi
  }
  const __APP_VERSION__: string
}
