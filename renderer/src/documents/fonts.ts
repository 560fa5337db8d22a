import { FALLBACK_FILES, FONT_FILES, FONT_STYLES, type FontFaces, type FontSet } from '@shared/documents/fonts'
import type { FontFamily } from '@shared/documents/layout'

// The font files are emitted as separate assets and fetched only when the first PDF is made.
const urls = import.meta.glob(['../../../resources/fonts/*.ttf', '../../../resources/fonts/*.woff'], { query: '?url', import: 'default' }) as Record<
  string,
  () => Promise<string>
>

async function fetchFont(file: string): Promise<Uint8Array> {
  const entry = Object.entries(urls).find(([path]) => path.endsWith(`/${file}`))
  if (!entry) throw new Error(`Font ${file} tidak ada dalam paket aplikasi`)
  const res = await fetch(await entry[1]())
  if (!res.ok) throw new Error(`Font ${file} gagal dimuat (${res.status})`)
  return new Uint8Array(await res.arrayBuffer())
}

async function family(f: FontFamily): Promise<FontFaces> {
  const [normal, bold, italics, bolditalics] = await Promise.all(FONT_STYLES.map((s) => fetchFont(FONT_FILES[f][s])))
  if (!normal || !bold || !italics || !bolditalics) throw new Error(`Font ${f} tidak lengkap`)
  return { normal, bold, italics, bolditalics }
}

let cached: Promise<FontSet> | undefined

/** The fonts the PDF embeds (Liberation and the fallbacks), loaded once per session. */
export function loadBrowserFonts(): Promise<FontSet> {
  cached ??= Promise.all([
    family('sans'),
    family('serif'),
    fetchFont(FALLBACK_FILES.symbols),
    fetchFont(FALLBACK_FILES.symbolsBold),
    fetchFont(FALLBACK_FILES.emoji)
  ]).then(([sans, serif, symbols, symbolsBold, emoji]) => ({ sans, serif, fallback: { symbols, symbolsBold, emoji } }))
  cached.catch(() => {
    cached = undefined
  })
  return cached
}
