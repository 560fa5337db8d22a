import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { access, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { handleOpenSendLink, handleSaveSendingFiles, handleShowSendingFile, type SendingDeps } from '../../../electron/main/ipc/sending'
import { MAX_LINK_CHARS } from '../../../shared/meetings'

async function deps(): Promise<SendingDeps & { opened: string[]; shown: string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'pkk-kirim-'))
  const opened: string[] = []
  const shown: string[] = []
  return {
    opened,
    shown,
    root: () => root,
    mkdir: async (p) => {
      await mkdir(p, { recursive: true })
    },
    writeFile: (p, d) => writeFile(p, d),
    exists: (p) => access(p).then(
      () => true,
      () => false
    ),
    showItemInFolder: (p) => void shown.push(p),
    openExternal: async (u) => void opened.push(u)
  }
}

const pdf = new TextEncoder().encode('%PDF-1.7 uji')

describe('main: the sending list handlers (pkk:sending-*)', () => {
  test('opens a WhatsApp chat or a new e-mail, nothing else', async () => {
    const d = await deps()
    await handleOpenSendLink(d, { url: 'https://wa.me/6281234567890?text=Yth.%20Ibu' })
    await handleOpenSendLink(d, { url: 'mailto:ketua@pkk.go.id?subject=Undangan&body=Yth.' })
    for (const url of [
      'https://example.com/',
      'https://wa.me.example.com/6281234567890',
      'http://wa.me/6281234567890',
      'file:///etc/passwd',
      'ms-settings:',
      'https://wa.me/6281234567890?text=' + 'a'.repeat(MAX_LINK_CHARS),
      42
    ]) {
      await expect(handleOpenSendLink(d, { url })).rejects.toThrow()
    }
    expect(d.opened).toEqual(['https://wa.me/6281234567890?text=Yth.%20Ibu', 'mailto:ketua@pkk.go.id?subject=Undangan&body=Yth.'])
  })

  test('writes the invitees\u2019 PDFs and the .zip into the invitation\u2019s own folder and shows one of them', async () => {
    const d = await deps()
    const r = await handleSaveSendingFiles(d, {
      folder: 'Undangan 296-SKR-PKK-PROP-XII-2019 per penerima',
      files: [
        { name: 'Undangan Ny. Hj. Nevi Irwan Prayitno.pdf', data: pdf },
        { name: 'Undangan 296-SKR-PKK-PROP-XII-2019 per penerima.zip', data: pdf }
      ]
    })
    expect(r).toEqual({ location: join(d.root(), 'Undangan 296-SKR-PKK-PROP-XII-2019 per penerima'), canShow: true })
    expect((await readdir(r.location)).sort()).toEqual(['Undangan 296-SKR-PKK-PROP-XII-2019 per penerima.zip', 'Undangan Ny. Hj. Nevi Irwan Prayitno.pdf'])
    expect(await readFile(join(r.location, 'Undangan Ny. Hj. Nevi Irwan Prayitno.pdf'))).toEqual(Buffer.from(pdf))
    expect(await handleShowSendingFile(d, { folder: 'Undangan 296-SKR-PKK-PROP-XII-2019 per penerima', name: 'Undangan Ny. Hj. Nevi Irwan Prayitno.pdf' })).toBe(true)
    expect(d.shown).toEqual([join(r.location, 'Undangan Ny. Hj. Nevi Irwan Prayitno.pdf')])
    expect(await handleShowSendingFile(d, { folder: 'Undangan 296-SKR-PKK-PROP-XII-2019 per penerima', name: 'Tidak ada.pdf' })).toBe(false)
    expect(d.shown).toHaveLength(1)
  })

  test('names from the page cannot leave the folder or write other kinds of file', async () => {
    const d = await deps()
    const bad = [
      { folder: '..', files: [{ name: 'a.pdf', data: pdf }] },
      { folder: 'a/../../b', files: [{ name: 'a.pdf', data: pdf }] },
      { folder: 'C:\\Windows', files: [{ name: 'a.pdf', data: pdf }] },
      { folder: 'Undangan', files: [{ name: '../a.pdf', data: pdf }] },
      { folder: 'Undangan', files: [{ name: 'jalankan.exe', data: pdf }] },
      { folder: 'Undangan', files: [{ name: 'a.pdf', data: pdf }, { name: 'A.PDF', data: pdf }] },
      { folder: 'Undangan', files: [] },
      { folder: 'Undangan', files: [{ name: 'a.pdf', data: 'bukan bytes' }] }
    ]
    for (const args of bad) await expect(handleSaveSendingFiles(d, args), JSON.stringify(args.folder)).rejects.toThrow()
    await expect(handleShowSendingFile(d, { folder: '..', name: 'a.pdf' })).rejects.toThrow()
    await expect(handleShowSendingFile(d, { folder: 'Undangan', name: 'a.lnk' })).rejects.toThrow()
    expect(await readdir(d.root())).toEqual([])
    expect(d.shown).toEqual([])
  })
})
