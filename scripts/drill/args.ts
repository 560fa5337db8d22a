export interface Options {
  kill: number
  empty: number
  restore: number
  seed: number
  port: number
  keep: boolean
  minDelayMs: number
  maxDelayMs: number
  /** The share of kill runs killed while the page loads (0-1). */
  early: number
  quiet: boolean
  help: boolean
}

export const USAGE = `Pemakaian: scripts/drill.ts [--kill N] [--empty N] [--restore N] [--seed S] [--port P] [--delay MIN-MAX] [--early F] [--keep] [--quiet]
  --kill N      putaran bunuh-dan-mulai-lagi (bawaan 200)
  --empty N     putaran basis data dihapus/dirusak (bawaan 20)
  --restore N   kantor acak dicadangkan, dihapus, dipulihkan (bawaan 100)
  --seed S      benih acak (bawaan: dari waktu; dicetak agar dapat diulang)
  --port P      port tetap untuk satu origin (bawaan 5191)
  --delay A-B   jeda bunuh setelah nomor pertama, ms (bawaan 50-1500)
  --early F     bagian putaran bunuh yang dibunuh saat halaman dimuat (bawaan 0.1)
  --keep        simpan folder profil Chromium sesudahnya
  --quiet       hanya tabel`

/** The command line of scripts/drill.ts; throws with the usage on a bad option. */
export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { kill: 200, empty: 20, restore: 100, seed: Date.now() % 1_000_000, port: 5191, keep: false, minDelayMs: 50, maxDelayMs: 1500, early: 0.1, quiet: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const num = () => {
      const v = Number(argv[++i])
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} memerlukan bilangan bulat >= 0\n${USAGE}`)
      return v
    }
    if (a === '--kill') o.kill = num()
    else if (a === '--empty') o.empty = num()
    else if (a === '--restore') o.restore = num()
    else if (a === '--seed') o.seed = num()
    else if (a === '--port') o.port = num()
    else if (a === '--keep') o.keep = true
    else if (a === '--early') {
      const v = Number(argv[++i])
      if (!(v >= 0 && v <= 1)) throw new Error(`--early memerlukan angka 0 sampai 1\n${USAGE}`)
      o.early = v
    }
    else if (a === '--quiet') o.quiet = true
    else if (a === '--delay') {
      const m = /^(\d+)-(\d+)$/.exec(argv[++i] ?? '')
      if (!m || Number(m[1]) > Number(m[2])) throw new Error(`--delay memerlukan MIN-MAX, mis. 50-1500\n${USAGE}`)
      o.minDelayMs = Number(m[1])
      o.maxDelayMs = Number(m[2])
    } else if (a === '--help' || a === '-h') o.help = true
    else throw new Error(`Pilihan tidak dikenal: ${a}\n${USAGE}`)
  }
  return o
}
