import { expect, test } from 'vitest'
import { meetingStepHref, parseHash, routeKey } from '@renderer/app/router'

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
