import { describe, expect, test, vi } from 'vitest'
import { meetingStepHref, parseHash, routeKey, routeLeadWait } from '@renderer/app/router'

test('a meeting’s page stays one page from step to step, and is another page than its editor or attendance screen', () => {
  const key = (hash: string) => routeKey(parseHash(hash))
  expect(key('#/rapat/m1')).toBe(key('#/rapat/m1/langkah/undangan'))
  expect(key(meetingStepHref('m1', 'keputusan'))).toBe(key('#/rapat/m1/langkah/notulen'))
  expect(key('#/rapat/m1/hadir')).not.toBe(key('#/rapat/m1'))
  expect(key('#/rapat/m1/ubah')).not.toBe(key('#/rapat/m1'))
  expect(key('#/rapat/m2/langkah/undangan')).not.toBe(key('#/rapat/m1/langkah/undangan'))
  expect(key('#/kontak/orang')).not.toBe(key('#/kontak/organisasi'))
})

test('the step’s address reads back as the meeting and the step', () => {
  expect(parseHash(meetingStepHref('rapat 1', 'daftar-hadir'))).toEqual({ page: 'rapat', params: ['rapat 1', 'langkah', 'daftar-hadir'] })
})

describe('a route waits for the read its page needs (routeLeadWait)', () => {
  const meeting = parseHash('#/rapat/m-1')
  const settled = async (p: Promise<void>) => {
    let done = false
    void p.then(() => (done = true))
    for (let i = 0; i < 5; i++) await Promise.resolve()
    return done
  }

  test('nothing under way for the route: shown at once', () => {
    expect(routeLeadWait(meeting, [() => null])).toBeNull()
    expect(routeLeadWait(meeting, [])).toBeNull()
  })

  test("shown once the page's read is in, not before", async () => {
    let finish = () => {}
    const read = new Promise<void>((r) => (finish = r))
    const wait = routeLeadWait(meeting, [(route) => (route.page === 'rapat' ? read : null)], 10_000)
    expect(wait).not.toBeNull()
    expect(await settled(wait as Promise<void>)).toBe(false)
    finish()
    expect(await settled(wait as Promise<void>)).toBe(true)
  })

  test('a failed read is waited for too (the page then reads again)', async () => {
    const wait = routeLeadWait(meeting, [() => Promise.reject(new Error('gagal'))], 10_000)
    expect(await settled(wait as Promise<void>)).toBe(true)
  })

  test('a read that does not come in keeps the previous page at most maxMs', async () => {
    vi.useFakeTimers()
    try {
      const wait = routeLeadWait(meeting, [() => new Promise(() => {})], 100) as Promise<void>
      expect(await settled(wait)).toBe(false)
      vi.advanceTimersByTime(99)
      expect(await settled(wait)).toBe(false)
      vi.advanceTimersByTime(1)
      expect(await settled(wait)).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})
