import { useEffect, useState } from 'react'

export const pages = ['beranda', 'rapat', 'agenda', 'kontak', 'pengaturan'] as const
export type PageId = (typeof pages)[number]

export const pageTitle: Record<PageId, string> = {
  beranda: 'Beranda',
  rapat: 'Rapat',
  agenda: 'Agenda Surat',
  kontak: 'Kontak',
  pengaturan: 'Pengaturan'
}

export interface Route {
  page: PageId
  /** The rest of the hash after the page, e.g. "rapat/<id>" gives ["<id>"]. */
  params: string[]
}

export function parseHash(hash: string): Route {
  const [head, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const page = (pages as readonly string[]).includes(head ?? '') ? (head as PageId) : 'beranda'
  return { page, params: params.map(decodeURIComponent) }
}

/** The address of one step of a meeting's page: "#/rapat/<id>/langkah/undangan". */
export function meetingStepHref(meetingId: string, step: string): string {
  return `#/rapat/${encodeURIComponent(meetingId)}/langkah/${encodeURIComponent(step)}`
}

/**
 * What keeps a page mounted while its address changes: a meeting's page stays the same page from step
 * to step (its forms keep what was typed), every other address is a page of its own.
 */
export function routeKey(route: Route): string {
  const [first, second] = route.params
  if (route.page === 'rapat' && first && second === 'langkah') return `rapat/${first}`
  return `${route.page}/${route.params.join('/')}`
}

/** Addresses under #/rapat/<id>/ that are not the meeting's page (RapatPage): its editor, attendance, minutes, sending. */
const MEETING_VIEWS = new Set(['notulen', 'ubah', 'kirim', 'hadir'])

/** The meeting whose page (its steps) an address shows, as RapatPage routes it: #/rapat/<id>[/langkah/<step>]; null for any other. */
export function meetingPageOf(route: Route): string | null {
  const [first, second] = route.params
  if (route.page !== 'rapat' || !first || first === 'baru' || first === 'tindak-lanjut') return null
  return second !== undefined && MEETING_VIEWS.has(second) ? null : first
}

export function navigate(page: PageId, ...params: string[]): void {
  location.hash = `#/${[page, ...params.map(encodeURIComponent)].join('/')}`
}

/**
 * A read a route's first frame needs, already under way for the route the address now names (or null): the
 * route is shown once it is in, so the page is drawn once, with its data, instead of a "Memuat…" frame first.
 */
export type RouteLead = (route: Route) => Promise<unknown> | null

const leads: RouteLead[] = []

/** Registers a lead (a module that starts a page's read at the hash change, before the route renders). */
export function addRouteLead(lead: RouteLead): void {
  leads.push(lead)
}

/** The longest the previous page stays on the screen while a lead's read is under way (a slow disk, a busy machine). */
export const ROUTE_LEAD_MAX_MS = 100

/** What the route waits for: the leads' reads for it, or at most `maxMs`; null when nothing is under way. */
export function routeLeadWait(route: Route, from: readonly RouteLead[] = leads, maxMs = ROUTE_LEAD_MAX_MS): Promise<void> | null {
  const reads = from.map((lead) => lead(route)).filter((p): p is Promise<unknown> => p !== null)
  if (reads.length === 0) return null
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    Promise.all(reads).then(done, done)
  })
}

/**
 * The route the address names. A hash change whose page has a read under way (routeLeadWait) is shown once
 * that read is in, unless the address has changed again by then (the later change is shown on its own).
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const onHash = () => {
      const hash = location.hash
      const next = parseHash(hash)
      const wait = routeLeadWait(next)
      if (wait === null) setRoute(next)
      else void wait.then(() => location.hash === hash && setRoute(next))
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return route
}
