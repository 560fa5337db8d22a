import { addRouteLead, meetingPageOf, parseHash } from '../../app/router'
import { meetingAheadPending, readMeetingAhead } from '../../data/meetings-hooks'

/**
 * A move to a meeting's page (from Beranda, the list, a link) starts reading the page at the hash change, before
 * React renders the route and loads the page's code; the page takes that read (useMeetingPage). A move between the
 * steps of the page already open reads nothing: the page stays (routeKey).
 */
export function readMeetingAtHashChange(event: Pick<HashChangeEvent, 'oldURL' | 'newURL'>): void {
  const id = meetingPageOf(parseHash(new URL(event.newURL).hash))
  if (id !== null && meetingPageOf(parseHash(new URL(event.oldURL).hash)) !== id) readMeetingAhead(id)
}

window.addEventListener('hashchange', readMeetingAtHashChange)

// The route waits for that read (router.ts useRoute), so the page's first render has its data. This listener is
// added when the app's code loads, before the router's own (App's effect), so the read has begun when asked.
addRouteLead((route) => {
  const id = meetingPageOf(route)
  return id === null ? null : meetingAheadPending(id)
})
