import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useReducer } from 'react'

/** A read started ahead of the live query that will follow it: its value once in (a failed read has none). */
export interface EarlyRead<T> {
  promise: Promise<void>
  done: boolean
  value: T | undefined
}

export function readEarly<T>(querier: () => Promise<T>): EarlyRead<T> {
  const read: EarlyRead<T> = { promise: Promise.resolve(), done: false, value: undefined }
  // A failed early read shows nothing: the live query reads again and its error reaches the page from there.
  read.promise = querier().then(
    (value) => {
      read.value = value
      read.done = true
    },
    () => {
      read.done = true
    }
  )
  return read
}

/**
 * A live query whose first read starts before React has committed the component (dexie-react-hooks
 * subscribes in an effect, and Dexie's liveQuery then waits a setTimeout 0): `start` gives a read already
 * under way (the app's start began it) or none, and then one is started while the component renders.
 * Its result is drawn as soon as it is in; the live query follows every change after that, its own first
 * read waiting for the early one so the two do not share IndexedDB's thread. No subscription is made
 * during render (a promise only), so a render React drops leaks nothing.
 */
export function useEarlyLiveQuery<T>(querier: () => Promise<T>, deps: unknown[], start?: () => EarlyRead<T> | null): T | undefined {
  const [, drawn] = useReducer((n: number) => n + 1, 0)
  const early = useMemo(() => start?.() ?? readEarly(querier), deps)
  useEffect(() => {
    if (early.done) return
    let on = true
    void early.promise.then(() => on && drawn())
    return () => {
      on = false
    }
  }, [early])
  // Each live result carries the early read of its deps: after a change of deps the previous result is
  // the live query's until it reads again, and the new early read's (once in) is the one to show.
  const live = useLiveQuery(async () => {
    await early.promise
    return { value: await querier(), early }
  }, deps)
  return live && (live.early === early || !early.done) ? live.value : early.value
}
