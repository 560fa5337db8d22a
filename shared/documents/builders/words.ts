/** Level words that start the region part of an office or title: "... PKK | PROVINSI SUMATERA BARAT". */
const REGION_WORDS = /\s(Provinsi|Kabupaten|Kota|Kecamatan|Desa|Kelurahan)\s/i

/**
 * Splits "Tim Penggerak PKK Provinsi Sumatera Barat" before the region, as kop and
 * signature blocks print it on two lines; short texts stay whole.
 */
export function splitAtRegion(text: string, minLength = 26): string[] {
  const t = text.trim().replace(/\s+/g, ' ')
  if (t.length < minLength) return [t]
  const m = REGION_WORDS.exec(t)
  if (!m || m.index === undefined || m.index < 6) return [t]
  return [t.slice(0, m.index), t.slice(m.index + 1)]
}
