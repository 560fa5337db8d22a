import type { EmptySummary } from './empty'
import type { KillSummary } from './kill'
import type { RestoreSummary } from './restore'

export interface Row {
  drill: string
  runs: number
  figures: string
  /** Figures that must be zero; any other value fails the drill (GAGAL, exit code 1). */
  mustBeZero: Record<string, number>
  /** Figures that need a person's attention when not zero, without failing the drill (PERHATIAN). */
  attention?: Record<string, number>
}

export type Verdict = 'OK' | 'PERHATIAN' | 'GAGAL'

export function verdict(row: Row): Verdict {
  if (!Object.values(row.mustBeZero).every((v) => v === 0)) return 'GAGAL'
  return Object.values(row.attention ?? {}).every((v) => v === 0) ? 'OK' : 'PERHATIAN'
}

export function killRow(k: KillSummary): Row {
  return {
    drill: 'kill',
    runs: k.runs,
    figures:
      `${k.acknowledged} nomor diakui (${k.cancellations} pembatalan); hilang ${k.lost}, ganda ${k.duplicates}, celah ${k.gaps}, ` +
      `pembatalan hilang ${k.cancelsLost}, penghitung tak cocok ${k.counterMismatches}, alarm palsu ${k.falseAlarms}, galat halaman ${k.pageErrors}. ` +
      `Basis data dikosongkan Chromium ${k.storeResets} kali (${k.lostInResets} nomor diakui ada di dalamnya; terdeteksi ${k.lossesDetected}, diam ${k.silentLosses}; ` +
      `log dirobek ${k.forcedTears} kali). Dipulihkan dari jurnal ${k.recoveries} kali: hilang setelah pemulihan ${k.lostAfterRecovery}, ganda setelah pemulihan ${k.issuedTwiceAfterRecovery}. ` +
      `Buku agenda ${k.registerSize} surat; ${k.numbersPerSecond} nomor/s; ${(k.msPerRun / 1000).toFixed(2)} s/putaran`,
    mustBeZero: {
      lost: k.lost,
      duplicates: k.duplicates,
      gaps: k.gaps,
      cancelsLost: k.cancelsLost,
      counterMismatches: k.counterMismatches,
      silentLosses: k.silentLosses,
      falseAlarms: k.falseAlarms,
      pageErrors: k.pageErrors,
      noAck: k.noAck,
      lostAfterRecovery: k.lostAfterRecovery,
      issuedTwiceAfterRecovery: k.issuedTwiceAfterRecovery,
      // A reset the screens could not recover from the journal.
      resetsNotRecovered: k.storeResets - k.recoveries
    },
    attention: { storeResets: k.storeResets }
  }
}

export function emptyRow(e: EmptySummary): Row {
  return {
    drill: 'empty',
    runs: e.runs,
    figures:
      `terdeteksi ${e.detections}/${e.lossRuns} (penjaga ${e.guard}, galat pembukaan ${e.startupError}); ` +
      `terlewat ${e.missed}, pulih utuh ${e.recovered}, batas waktu ${e.timeouts}; ${(e.msPerRun / 1000).toFixed(2)} s/putaran`,
    mustBeZero: { missed: e.missed, timeouts: e.timeouts, undetected: e.lossRuns - e.detections - e.missed - e.timeouts }
  }
}

export function restoreRow(r: RestoreSummary): Row {
  const accepted = r.bytes.acceptedEdits + r.bytes.droppedFields
  return {
    drill: 'restore',
    runs: r.runs,
    figures:
      `pulang-pergi sama ${r.roundTripsEqual}/${r.runs} (${r.records} rekaman); berkas rusak ditolak ${r.badFilesRefused}/${r.badFiles} ` +
      `(terpotong ${r.truncated.refused}/${r.truncated.tried}, jenis salah ${r.wrongTypes.refused}/${r.wrongTypes.tried}, ` +
      `bita ${r.bytes.refused}/${r.bytes.tried - accepted}, berkas jahat ${r.hostile.refused}/${r.hostile.tried}` +
      `${r.hostile.accepted.length ? ` diterima: ${r.hostile.accepted.join(', ')}` : ''}); data berubah oleh berkas ditolak ${r.changedByRefusedFile}; crash ${r.crashes}. ` +
      `Ubahan bita yang tetap terbaca sah ${accepted}/${r.bytes.tried}: ` +
      `isi ${r.bytes.acceptedEdits}, kolom hilang ${r.bytes.droppedFields}; dipulihkan tepat ${r.bytes.acceptedApplied}, urungkan tepat ${r.bytes.undoEqual}; ` +
      `${(r.msPerRun / 1000).toFixed(2)} s/putaran`,
    mustBeZero: {
      roundTripsDifferent: r.runs - r.roundTripsEqual,
      loadsDifferent: r.runs - r.loadsEqual,
      generatorRefused: r.generatorRefused,
      badFilesAccepted: r.badFiles - r.badFilesRefused,
      acceptedNotApplied: accepted - r.bytes.acceptedApplied,
      undoDifferent: accepted - r.bytes.undoEqual,
      changedByRefusedFile: r.changedByRefusedFile,
      crashes: r.crashes
    },
    attention: { droppedFields: r.bytes.droppedFields }
  }
}

/** Wraps text to a width, on spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.length ? lines : ['']
}

/** One table: drill, runs, figures, verdict. */
export function formatTable(rows: readonly Row[], width = 72): string {
  const head = ['drill', 'runs', 'figures', 'verdict'] as const
  const w0 = Math.max(head[0].length, ...rows.map((r) => r.drill.length))
  const w1 = Math.max(head[1].length, ...rows.map((r) => String(r.runs).length))
  const w3 = 9
  const line = (a: string, b: string, c: string, d: string) => `| ${a.padEnd(w0)} | ${b.padStart(w1)} | ${c.padEnd(width)} | ${d.padEnd(w3)} |`
  const sep = `|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|${'-'.repeat(width + 2)}|${'-'.repeat(w3 + 2)}|`
  const out = [line(head[0], head[1], head[2], head[3]), sep]
  for (const r of rows) {
    const parts = wrap(r.figures, width)
    parts.forEach((p, i) => out.push(i === 0 ? line(r.drill, String(r.runs), p, verdict(r)) : line('', '', p, '')))
  }
  return out.join('\n')
}
