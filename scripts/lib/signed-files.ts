import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { utcOffset } from '../../shared/calendar'
import type { Snapshot } from '../../shared/datafile'
import { renderPdf, type FontSet } from '../../shared/documents'
import { kesimpulanLayout, meetingContext, minutesInput, signedKesimpulanFileName, signedLayout, signingReason } from '../../shared/meetings'
import type { Meeting } from '../../shared/model'
import { createSelfSignedP12, openP12, signPdf } from '../../shared/signing'

export interface DemoSigning {
  p12: Uint8Array
  password: string
  /** Fixed in the demo, so the printed time is the meeting's. */
  signedAt: Date
}

/** A throwaway self-signed certificate for the demo, in the Ketua's name, with a fixed password. */
export async function demoCertificate(commonName: string, organisation: string, signedAt: Date): Promise<DemoSigning> {
  const password = 'demo-sekretariat-pkk'
  // Valid from a year before the signing time, so the demo's 2019 signature falls inside its validity.
  const { p12 } = await createSelfSignedP12({ commonName, organisation, password, now: new Date(signedAt.getTime() - 365 * 86_400_000), validYears: 10 })
  return { p12, password, signedAt }
}

/** The Kesimpulan Rapat as the app saves it with "Simpan PDF bertanda tangan digital". */
export async function writeSignedKesimpulan(snapshot: Snapshot, meeting: Meeting, dir: string, fonts: FontSet, s: DemoSigning): Promise<{ file: string; ms: number }[]> {
  const input = minutesInput(meetingContext(snapshot, meeting))
  if (!input || input.minutes.kesimpulan.length === 0) return []
  const t = performance.now()
  const info = openP12(s.p12, s.password).info
  const { layout } = await signedLayout(kesimpulanLayout(input), info, s.signedAt, input.profile.timeZone)
  const pdf = await renderPdf(layout, fonts)
  const signed = signPdf({
    pdf,
    p12: s.p12,
    password: s.password,
    reason: signingReason('Kesimpulan Rapat', meeting.title),
    location: input.profile.placeName,
    signedAt: s.signedAt,
    utcOffsetMinutes: utcOffset[input.profile.timeZone] * 60
  })
  await mkdir(dir, { recursive: true })
  const file = join(dir, `${signedKesimpulanFileName(meeting)}.pdf`)
  await writeFile(file, signed.pdf)
  return [{ file, ms: Math.round(performance.now() - t) }]
}
