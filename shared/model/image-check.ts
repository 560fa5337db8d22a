import { MAX_IMAGE_BYTES, type ImageAsset } from './common'

export type ImageCheck = { ok: true; image: ImageAsset } | { ok: false; message: string }

/** Checks an uploaded image by its first bytes, not its file name: PNG or JPEG, under 2 MB. */
export function checkImage(name: string, data: Uint8Array): ImageCheck {
  if (data.byteLength === 0) return { ok: false, message: 'Berkas gambar kosong.' }
  if (data.byteLength > MAX_IMAGE_BYTES) {
    const mb = (data.byteLength / 1024 / 1024).toFixed(1).replace('.', ',')
    return { ok: false, message: `Gambar terlalu besar (${mb} MB). Batasnya 2 MB.` }
  }
  const isPng = data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47
  const isJpeg = data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff
  if (!isPng && !isJpeg) return { ok: false, message: 'Gambar harus berformat PNG atau JPG.' }
  return { ok: true, image: { mime: isPng ? 'image/png' : 'image/jpeg', data, name: name.slice(0, 200) } }
}
