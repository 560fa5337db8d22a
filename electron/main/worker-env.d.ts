// electron-vite bundles "./x?nodeWorker" as a separate worker file and returns a function that starts it.
declare module '*?nodeWorker' {
  import type { Worker, WorkerOptions } from 'node:worker_threads'
  export default function (options: WorkerOptions): Worker
}
