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

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return route
}
