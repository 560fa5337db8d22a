import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readDataFile, toDataFile } from '../../../shared/datafile'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { renderSnapshot } from '../../../scripts/lib/render-files'
import { docxPart, pageText, readPdf } from '../documents/support'
import { meetingRecap, recapSentence, resolveInvitees, rosterInvitees } from '../../../shared/meetings'
import { demoCertificate } from '../../../scripts/lib/signed-files'
import { p12PublicFingerprints, verifyPdf } from '../../../shared/signing'

test('the demo office renders every document headlessly, numbered as in the register', async () => {
  const snapshot = await buildDemoSnapshot()
  // The demo's data file is a valid data file (what `npm run render` reads).
  const reread = readDataFile(JSON.stringify(toDataFile(snapshot, 'test')))
  expect(reread.ok).toBe(true)
  const out = await mkdtemp(join(tmpdir(), 'pkk-demo-'))
  const files = (await renderSnapshot(snapshot, out)).map((r) => r.file.slice(out.length + 1))
  expect(files).toContain('2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD/Undangan 296-SKR-PKK-PROP-XII-2019.pdf')
  expect(files).toContain('2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD/Undangan 296-SKR-PKK-PROP-XII-2019.docx')
  expect(files).toContain('Buku Agenda Surat Keluar 2019.pdf')

  const letter = snapshot.letters.find((l) => l.number === '296/SKR/PKK-PROP/XII/2019')
  expect(letter?.meetingId).toBe(snapshot.meetings[0]?.id)
  const pdf = await readPdf(new Uint8Array(await readFile(join(out, files.find((f) => f.endsWith('XII-2019.pdf') && f.includes('Undangan')) ?? ''))))
  expect(pageText(pdf[0] ?? { items: [] } as never)).toContain('296/SKR/PKK-PROP/XII/2019')
  const register = await readPdf(new Uint8Array(await readFile(join(out, 'Buku Agenda Surat Keluar 2019.pdf'))))
  expect(register.map(pageText).join(' ')).toContain('296/SKR/PKK-PROP/XII/2019')
  const docx = await docxPart(new Uint8Array(await readFile(join(out, files.find((f) => f.endsWith('.docx') && f.includes('Undangan')) ?? ''))))
  expect(docx).toContain('296/SKR/PKK-PROP/XII/2019')
  // Keputusan 22/KEP/PKK-PROP/XII/2019 of 16 December 2019 with its lampiran (issue 6).
  const dir = '2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD'
  expect(files).toContain(`${dir}/Keputusan 22-KEP-PKK-PROP-XII-2019.pdf`)
  expect(files).toContain(`${dir}/Keputusan 22-KEP-PKK-PROP-XII-2019.docx`)
  const decreeLetter = snapshot.letters.find((l) => l.number === '22/KEP/PKK-PROP/XII/2019')
  expect(decreeLetter).toMatchObject({ date: '2019-12-16', documentKind: 'keputusan', meetingId: snapshot.meetings[0]?.id })
  const decree = (await readPdf(new Uint8Array(await readFile(join(out, dir, 'Keputusan 22-KEP-PKK-PROP-XII-2019.pdf'))))).map(pageText)
  const whole = decree.join(' ').replace(/\s+/g, ' ')
  expect(decree[0]).toContain('NOMOR : 22/KEP/PKK-PROP/XII/2019')
  expect(whole).toContain('TENTANG PANITIA PELAKSANA, NARASUMBER DAN MODERATOR RAPAT KONSULTASI TIM PENGGERAK PKK PROVINSI SUMATERA BARAT DENGAN OPD TERKAIT TAHUN 2019')
  expect(whole).toContain('pada tanggal : 16 Desember 2019')
  expect(whole).toContain('NOMOR : 22/KEP/PKK-PROP/XII/2019 TANGGAL : 16 Desember 2019')
  const demoRoles = snapshot.roles.filter((r) => r.meetingId === snapshot.meetings[0]?.id)
  expect(demoRoles.length).toBeGreaterThanOrEqual(15)
  for (const r of demoRoles) expect(whole, r.name).toContain(r.name)
  expect(register.map(pageText).join(' ')).toContain('22/KEP/PKK-PROP/XII/2019')
  const decreeDocx = await docxPart(new Uint8Array(await readFile(join(out, dir, 'Keputusan 22-KEP-PKK-PROP-XII-2019.docx'))))
  expect(decreeDocx).toContain('22/KEP/PKK-PROP/XII/2019')
  expect(decreeDocx).toContain('Rahmat Hidayat, S.Kom')
}, 60_000)

test('the demo renders the Daftar Hadir of 20 December: 65 names, the walk-ins, 10 blank rows, 40 signed at the door, recorded attendance in the data', async () => {
  const snapshot = await buildDemoSnapshot()
  const out = await mkdtemp(join(tmpdir(), 'pkk-demo-hadir-'))
  const files = (await renderSnapshot(snapshot, out)).map((r) => r.file.slice(out.length + 1))
  const dir = '2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD'
  const name = 'Daftar Hadir 2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
  expect(files).toContain(`${dir}/${name}.pdf`)
  expect(files).toContain(`${dir}/${name}.docx`)
  const pages = (await readPdf(new Uint8Array(await readFile(join(out, dir, `${name}.pdf`))))).map(pageText)
  const text = pages.join(' ').replace(/\s+/g, ' ')
  expect(pages[0]).toContain('DAFTAR HADIR')
  expect(pages[0]).toContain('Jumat, 20 Desember 2019')
  for (const p of snapshot.people) expect(text, p.name).toContain(p.name)
  // Numbered 1 to 77: 65 invitees, the 2 walk-ins who came, and 10 blank rows, the last page certified by the Sekretaris.
  expect(text).toContain('Andika Putra')
  expect(text).toContain('77. ....')
  expect(text).not.toContain('78. ....')
  expect(pages.at(-1)).toContain('Ny. Hj. Darmawati Syahrial, S.H, M.M')
  const docx = await docxPart(new Uint8Array(await readFile(join(out, dir, `${name}.docx`))))
  expect(docx.match(/<w:tblHeader\/>/g)).toHaveLength(1)
  expect(docx).toContain('Keterangan')
  // Forty checked in at the meja registrasi and signed on the pad, a delegate and a walk-in among them:
  // each signature is a picture in the DOCX (the logo is the one other); the sheet says who came late and who left early.
  const signatures = snapshot.signatures.filter((g) => g.day === '2019-12-20')
  expect(signatures).toHaveLength(40)
  const signedRows = signatures.map((g) => snapshot.attendance.find((a) => a.id === g.attendanceId))
  expect(signedRows.filter((a) => a?.status === 'diwakili')).toHaveLength(1)
  expect(signedRows.filter((a) => a && !a.inviteeId).map((a) => a?.name)).toEqual(['Ny. Yenni Marlina, S.Pd'])
  expect(signedRows.every((a) => a?.arrivedAt !== undefined)).toBe(true)
  expect(docx.match(/<wp:inline/g)).toHaveLength(41)
  expect(text).toContain('datang 09.0')
  expect(text).toContain('pulang 11.30')
  // What the secretary recorded after the meeting travels in the data file.
  const day = snapshot.attendance.filter((a) => a.day === '2019-12-20')
  const count = (s: string) => day.filter((a) => a.status === s).length
  expect([count('hadir'), count('diwakili'), count('izin'), count('tidak-hadir'), count('belum')]).toEqual([59, 4, 2, 2, 0])
  const walkIns = day.filter((a) => !a.inviteeId).sort((a, b) => a.order - b.order)
  expect(walkIns.map((a) => a.name)).toEqual(['Ny. Yenni Marlina, S.Pd', 'Andika Putra'])
}, 60_000)

test('the demo writes the Notulen and the Kesimpulan (seed 002), and the Kesimpulan signed with a throwaway certificate', async () => {
  const snapshot = await buildDemoSnapshot()
  const meeting = snapshot.meetings.find((m) => m.kind === 'rapat-konsultasi')
  const profile = snapshot.profile[0]
  const signing = await demoCertificate(profile?.ketuaName ?? '', profile?.officeName ?? '', new Date('2019-12-20T06:00:00Z'))
  const out = await mkdtemp(join(tmpdir(), 'pkk-demo-notulen-'))
  const files = (await renderSnapshot(snapshot, out, { signing })).map((r) => r.file.slice(out.length + 1))
  const dir = '2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD'
  const notulen = 'Notulen Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
  const kesimpulan = 'Kesimpulan Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
  for (const f of [`${notulen}.pdf`, `${notulen}.docx`, `${kesimpulan}.pdf`, `${kesimpulan}.docx`, `${kesimpulan} bertanda tangan.pdf`]) expect(files).toContain(`${dir}/${f}`)
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  const views = resolveInvitees(
    snapshot.invitees.filter((i) => i.meetingId === meeting?.id),
    new Map(snapshot.people.map((p) => [p.id, p])),
    new Map(snapshot.organisations.map((o) => [o.id, o]))
  )
  const recap = recapSentence(
    meetingRecap(
      rosterInvitees(views),
      snapshot.attendance.filter((a) => a.meetingId === meeting?.id),
      meeting?.dates ?? []
    ).meeting.total
  )
  // The sample's day: 4 represented, 2 excused, 2 absent, the rest present, 2 walk-ins; nobody left unrecorded.
  expect(recap).toMatch(/^Diundang \d+ orang; hadir \d+ orang \(\d+ hadir sendiri, 4 diwakili\), 2 izin, 2 tidak hadir; ditambah 2 peserta tidak terdaftar\.$/)
  const minutesText = flat((await readPdf(new Uint8Array(await readFile(join(out, dir, `${notulen}.pdf`))))).map(pageText).join(' '))
  expect(minutesText).toContain('NOTULEN RAPAT')
  expect(minutesText).toContain(recap)
  // The seed's conclusion, and the follow-ups per OPD.
  expect(minutesText).toContain('perlu dilakukan rapat konsultasi ini secara berkala di awal tahun anggaran dan di akhir tahun anggaran')
  expect(minutesText).toContain('Badan Perencanaan Pembangunan Daerah')
  expect(snapshot.actionItems.filter((a) => a.meetingId === meeting?.id)).toHaveLength(4)
  const signed = new Uint8Array(await readFile(join(out, dir, `${kesimpulan} bertanda tangan.pdf`)))
  const check = verifyPdf(signed, { officeFingerprints: p12PublicFingerprints(signing.p12) })
  expect(check.ok, check.summary).toBe(true)
  expect(check.signatures[0]?.signer?.commonName).toBe('Ny. Hj. Nevi Irwan Prayitno')
  const signedText = flat((await readPdf(signed)).map(pageText).join(' '))
  expect(signedText).toContain('KESIMPULAN RAPAT')
  expect(signedText).toContain('Ditandatangani secara digital oleh Ny. Hj. Nevi Irwan Prayitno')
  expect(signedText).toContain('Waktu: Jumat, 20 Desember 2019 pukul 13.00 WIB')
  expect(await docxPart(new Uint8Array(await readFile(join(out, dir, `${kesimpulan}.docx`))))).toContain('secara berkala di awal tahun anggaran')
}, 90_000)
