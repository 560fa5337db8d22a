import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useReducer, useRef } from 'react'

/** A read started ahead of the live query that will follow it: its value once in (a failed read has none). */
export interface EarlyRead<T> {
  promise: Promise<void>
  done: boolean
  value: T | undefined
  /** The read failed: the live query reads again, and its error reaches the page from there. */
  failed: boolean
  /** A write was committed (in this window or another) since the read began, so its value may be out of date. */
  changed: boolean
  /** Told once, at the first such write. */
  onChange: (() => void) | null
  /** Watches for writes again after stop() (React's StrictMode unmounts and mounts a component once more). */
  watch: () => void
  /** Stops watching for writes (the read's component went away). */
  stop: () => void
}

export function readEarly<T>(querier: () => Promise<T>): EarlyRead<T> {
  const read: EarlyRead<T> = {
    promise: Promise.resolve(),
    done: false,
    value: undefined,
    failed: false,
    changed: false,
    onChange: null,
    watch: () => undefined,
    stop: () => undefined
  }
  // Any write at all counts (Dexie's storagemutated, which also brings other windows' writes): the value
  // is then read again by the live query. Watching starts before the read, so no write can fall between
  // them; it ends at the first write, or when the component stops (a render React drops leaves a watcher
  // that ends at the next write).
  const seen = () => {
    read.stop()
    read.changed = true
    read.onChange?.()
  }
  read.stop = () => Dexie.on('storagemutated').unsubscribe(seen)
  read.watch = () => {
    if (!read.changed) Dexie.on('storagemutated', seen)
  }
  read.watch()
  read.promise = querier().then(
    (value) => {
      read.value = value
      read.done = true
    },
    () => {
      read.failed = true
      read.done = true
    }
  )
  return read
}

/**
 * A live query whose first read starts before React has committed the component (dexie-react-hooks
 * subscribes in an effect, and Dexie's liveQuery then waits a setTimeout 0): `start` gives a read already
 * under way (the app's start began it) or none, and then one is started while the component renders.
 * Its result is drawn as soon as it is in. The live query starts only once a write has been committed
 * since that read began (or the read failed): until then its first read would read the same again, and
 * draw it a second time. From then on it follows every change. No subscription to the live query is made during render (a promise and a write watcher
 * only), so a render React drops leaks nothing lasting.
 */
export function useEarlyLiveQuery<T>(querier: () => Promise<T>, deps: unknown[], start?: () => EarlyRead<T> | null): T | undefined {
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  const early = useMemo(() => start?.() ?? readEarly(querier), deps)
  const following = early.changed || early.failed
  // What this render saw: the read may have come in, or a write been seen, between the render and the
  // effect (before anyone listened), and then the component is drawn again at once.
  const sawDone = early.done
  useEffect(() => {
    let on = true
    const sync = () => on && redraw()
    if (!early.done) void early.promise.then(sync)
    else if (!sawDone) sync()
    early.watch()
    if (!early.changed) early.onChange = sync
    else if (!following) sync()
    return () => {
      on = false
      early.onChange = null
      early.stop()
    }
  }, [early])
  // Each live result carries the early read of its deps: after a change of deps the value shown stays the
  // previous one until the new early read (or the live query's own read of the new deps) is in.
  const live = useLiveQuery(
    async () => {
      // Not yet following: no read, and nothing new for React (the hook's result stays undefined).
      if (!following) return undefined
      await early.promise
      return { value: await querier(), early }
    },
    [...deps, following]
  )
  const shown = useRef<T | undefined>(undefined)
  const value = live && live.early === early ? live.value : early.done ? early.value : shown.current
  shown.current = value
  return value
}
