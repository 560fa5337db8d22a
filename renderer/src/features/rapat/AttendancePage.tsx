import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { formatDayDate } from '@shared/calendar'
import { attendanceRoster, clockText, dayRecap, instantAt, meetingRecap, readClock, recapFileName, recapSentence, registrationSentence, wallClock, type MeetingTimes, type RosterEntry } from '@shared/meetings'
import type { AttendanceStatus } from '@shared/model'
import { deleteAttendanceRow, markInvitees, recordAttendance, type RecordPatch } from '../../data/attendance-repo'
import { useAttendanceDay, useMeetingAttendance, useMeetingParticipants, useSignedRows } from '../../data/attendance-hooks'
import { getDb } from '../../data/db'
import { meetingStepHref } from '../../app/router'
import { useMeeting } from '../../data/meetings-hooks'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { RecapCards, RecapTable } from './AttendanceRecapView'
import { rowKey } from './AttendanceRow'
import { AttendanceTable, type TableHandle, type TableHandlers } from './AttendanceTable'
import { attendanceWorkbook } from './attendance-xlsx'
import { WalkInDialog } from './WalkInDialog'
import './attendance.css'

type Message = { kind: 'success' | 'error' | 'info'; text: string }

const searchText = (e: RosterEntry) => [e.name, e.position, e.organisation, e.delegateName, e.note].join(' ').toLocaleLowerCase('id-ID')

/** #/rapat/<id>/hadir[/<day>]: who came, entered row by row from the keyboard, with the recap. */
export function AttendancePage({ meetingId, day: dayParam }: { meetingId: string; day?: string | undefined }) {
  const meeting = useMeeting(meetingId)
  if (meeting === undefined) return <p className="muted">Memuat…</p>
  if (meeting === null) return <Notice kind="error">Rapat tidak ditemukan; mungkin sudah dihapus.</Notice>
  const days = [...meeting.dates].sort()
  const day = dayParam && days.includes(dayParam) ? dayParam : (days[0] ?? '')
  const times: MeetingTimes = { timeStart: meeting.timeStart, timeEnd: meeting.timeEnd, timeZone: meeting.timeZone }
  return <AttendanceDay key={day} meetingId={meetingId} title={meeting.title} days={days} day={day} times={times} />
}

function AttendanceDay({ meetingId, title, days, day, times }: { meetingId: string; title: string; days: string[]; day: string; times: MeetingTimes }) {
  const participants = useMeetingParticipants(meetingId)
  const rows = useAttendanceDay(meetingId, day)
  const signed = useSignedRows(meetingId, day)
  const { timeStart, timeEnd, timeZone } = times
  const [search, setSearch] = useState('')
  const searchBox = useRef<HTMLInputElement>(null)
  const table = useRef<TableHandle>(null)
  const pendingFirst = useRef(false)
  const query = useDeferredValue(search.trim().toLocaleLowerCase('id-ID'))
  const [message, setMessage] = useState<Message | null>(null)
  const [walkIn, setWalkIn] = useState(false)
  const [confirmRest, setConfirmRest] = useState(false)
  const [busy, setBusy] = useState(false)

  const allRows = useMeetingAttendance(meetingId)

  // Opening the page writes nothing: the list is the invitees with whatever was recorded; a row is
  // stored by the first record (a status, a note) or by adding a walk-in.
  // The recording list follows the invitees' one order, which the sheet prints, so its numbers match the paper.
  const roster = useMemo(
    () => (participants && rows && signed ? attendanceRoster(participants, rows, { signed, meeting: { timeStart, timeEnd, timeZone } }) : undefined),
    [participants, rows, signed, timeStart, timeEnd, timeZone]
  )
  const clock = useCallback((iso: string) => clockText(wallClock(iso, timeZone).hhmm), [timeZone])
  const recap = useMemo(() => (roster ? dayRecap(roster) : undefined), [roster])
  // The whole meeting, as the Notulen counts it; shown when the meeting has more than one day.
  const whole = useMemo(() => (participants && allRows && days.length > 1 ? meetingRecap(participants, allRows, days).meeting.total : undefined), [participants, allRows, days])
  const numbers = useMemo(() => new Map((roster ?? []).map((e, i) => [rowKey(e), i + 1])), [roster])
  const shown = useMemo(() => (roster && query ? roster.filter((e) => searchText(e).includes(query)) : (roster ?? [])), [roster, query])

  // At the door: type a name, Enter selects the first row found, H/W/I/T marks it, and the focus is back in
  // the search box with the name selected, so the next name replaces it (as Ctrl+F, type, mark in Excel).
  const backToSearch = useCallback(() => {
    const box = searchBox.current
    if (!box || box.value.trim() === '') return false
    box.focus()
    box.select()
    return true
  }, [])

  useEffect(() => {
    if (pendingFirst.current && search.trim().toLocaleLowerCase('id-ID') === query) {
      pendingFirst.current = false
      if (shown.length > 0) table.current?.focusRow(0)
    }
  }, [query, search, shown])

  const report = (p: Promise<unknown>) => p.catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }))
  const handlers: TableHandlers = useMemo(() => {
    const record = (e: RosterEntry, patch: RecordPatch) => {
      const target = e.rowId !== undefined ? { rowId: e.rowId } : e.inviteeId !== undefined ? { inviteeId: e.inviteeId } : undefined
      if (target) void report(recordAttendance(getDb(), meetingId, day, target, patch))
    }
    return {
      status: (e: RosterEntry, status: AttendanceStatus) => record(e, { mark: { status } }),
      delegate: (e: RosterEntry, name: string, position: string) => record(e, { mark: { status: 'diwakili', delegateName: name, delegatePosition: position } }),
      note: (e: RosterEntry, note: string) => record(e, { note }),
      // The secretary's marks, on the office's clock of the sheet's day: a departure, or a corrected arrival.
      time: (e: RosterEntry, which: 'arrivedAt' | 'leftAt', typed: string) => {
        const word = which === 'arrivedAt' ? 'datang' : 'pulang'
        if (typed.trim() === '') return record(e, { [which]: null })
        const hhmm = readClock(typed)
        if (!hhmm) {
          setMessage({ kind: 'error', text: `Jam ${word} "${typed.trim()}" tidak dikenali: tulis seperti 09.40 (${timeZone}).` })
          return
        }
        setMessage(null)
        record(e, { [which]: instantAt(day, hhmm, timeZone) })
      },
      remove: (e: RosterEntry) => {
        if (e.rowId) void report(deleteAttendanceRow(getDb(), meetingId, e.rowId))
      }
    }
  }, [meetingId, day, timeZone])

  const unrecorded = (roster ?? []).filter((e) => e.status === 'belum' && e.inviteeId && !e.walkIn && !e.removed)
  const markRest = useCallback(async () => {
    setConfirmRest(false)
    await report(markInvitees(getDb(), meetingId, day, unrecorded.flatMap((e) => (e.inviteeId ? [e.inviteeId] : [])), 'hadir'))
  }, [unrecorded, meetingId, day])

  async function exportXlsx() {
    if (!roster || !recap) return
    setBusy(true)
    setMessage(null)
    try {
      const data = await attendanceWorkbook(title, day, recap, roster)
      const r = await window.pkk.saveFile({ suggestedName: `${recapFileName(title, day)}.xlsx`, kind: 'xlsx', data })
      setMessage(r.saved ? { kind: 'success', text: `Rekap tersimpan: ${r.fileName}` } : { kind: 'info', text: 'Penyimpanan dibatalkan.' })
    } catch (err) {
      setMessage({ kind: 'error', text: `Ekspor gagal: ${errorText(err, 'Coba sekali lagi, atau simpan ke folder lain.')}` })
    } finally {
      setBusy(false)
    }
  }

  const base = `#/rapat/${encodeURIComponent(meetingId)}`
  return (
    <>
      <p>
        <a href={meetingStepHref(meetingId, 'daftar-hadir')}>← {title}</a>
      </p>
      <div className="hadir-head">
        <div>
          <h1>Daftar Hadir</h1>
          <p className="meeting-line muted">
            {formatDayDate(day)}
            {days.length > 1 && ` · hari ke-${days.indexOf(day) + 1} dari ${days.length}`}
          </p>
        </div>
        {days.length > 1 && (
          <nav className="day-switch" aria-label="Hari rapat">
            {days.map((d, i) => (
              <a key={d} href={`${base}/hadir/${d}`} aria-current={d === day ? 'page' : undefined}>
                Hari ke-{i + 1} · {formatDayDate(d)}
              </a>
            ))}
          </nav>
        )}
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {!roster || !recap ? (
        <p className="muted">Memuat…</p>
      ) : roster.length === 0 ? (
        <Notice kind="info">
          Belum ada yang diundang. Tambahkan undangan di <a href={base}>halaman rapat</a>, atau catat peserta yang hadir tanpa undangan.{' '}
          <button type="button" onClick={() => setWalkIn(true)}>
            Tambah peserta tidak terdaftar
          </button>
        </Notice>
      ) : (
        <>
          <RecapCards total={recap.total} />
          <div className="hadir-toolbar">
            <input
              ref={searchBox}
              type="search"
              value={search}
              onChange={(ev) => setSearch(ev.target.value)}
              onKeyDown={(ev) => {
                if (ev.key !== 'Enter') return
                ev.preventDefault()
                // The list follows the typing a moment later (deferred): the first row is selected once it shows what is typed now.
                if (search.trim().toLocaleLowerCase('id-ID') === query) table.current?.focusRow(0)
                else pendingFirst.current = true
              }}
              placeholder="Cari nama, jabatan, instansi…"
              aria-label="Cari peserta"
            />
            <span className="muted small" aria-live="polite">
              {query ? `${shown.length} dari ${roster.length} peserta` : `${roster.length} peserta`}
            </span>
            <span className="spacer" />
            <button type="button" onClick={() => setWalkIn(true)}>
              Tambah peserta tidak terdaftar
            </button>
            <button type="button" onClick={() => setConfirmRest(true)} disabled={unrecorded.length === 0}>
              Sisanya hadir
            </button>
            <button type="button" className="primary" onClick={() => void exportXlsx()} disabled={busy}>
              Ekspor rekap ke Excel
            </button>
          </div>
          <p className="key-help">
            Ketik nama di kotak cari lalu <kbd>Enter</kbd> untuk memilih baris pertama yang cocok; sesudah ditandai, kursor kembali ke kotak cari. Atau pilih baris (klik atau <kbd>Tab</kbd>), lalu tekan <kbd>H</kbd> hadir, <kbd>W</kbd> diwakili, <kbd>I</kbd> izin, <kbd>T</kbd> tidak hadir,{' '}
            <kbd>B</kbd> hapus tanda; <kbd>↑</kbd> <kbd>↓</kbd> atau <kbd>Enter</kbd> pindah baris, <kbd>N</kbd> keterangan. Kotak Datang dan Pulang: jam
            menurut {timeZone} seperti 09.40 (yang pulang lebih awal, atau jam datang yang perlu dibetulkan); kosongkan untuk menghapus.
          </p>
          {recap.removed > 0 && (
            <Notice kind="warning">
              {recap.removed} catatan milik peserta yang sudah dihapus dari undangan ditampilkan di bawah dan tidak dihitung dalam rekap.
            </Notice>
          )}
          <AttendanceTable entries={shown} numbers={numbers} handlers={handlers} handle={table} afterMark={backToSearch} clock={clock} />
          <section className="panel" aria-label="Rekap kehadiran per instansi" style={{ marginTop: '1rem' }}>
            <h2>Rekap per instansi</h2>
            <p data-testid="rekap-kalimat">{recapSentence(recap.total)}</p>
            {registrationSentence(recap.total) && <p data-testid="rekap-registrasi">{registrationSentence(recap.total)}</p>}
            {whole && (
              <p data-testid="rekap-rapat">
                Seluruh rapat ({days.length} hari): {recapSentence(whole)}
              </p>
            )}
            <RecapTable recap={recap} />
          </section>
        </>
      )}
      {walkIn && <WalkInDialog meetingId={meetingId} day={day} roster={roster ?? []} onClose={() => setWalkIn(false)} />}
      {confirmRest && (
        <Dialog title="Tandai sisanya hadir?" onClose={() => setConfirmRest(false)}>
          <p>{unrecorded.length} peserta yang belum dicatat akan ditandai hadir.</p>
          <DialogFooter primary={{ label: 'Tandai hadir', onClick: () => void markRest() }} />
        </Dialog>
      )}
    </>
  )
}

import { errorText } from '../../ui/error-text'