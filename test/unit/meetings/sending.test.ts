import { describe, expect, test } from 'vitest'
import {
  ELLIPSIS,
  MAX_LINK_CHARS,
  cutGraphemes,
  emailLink,
  fitText,
  invitationMessage,
  invitationSubject,
  inviteeFileNames,
  isoToLocalInput,
  localInputToIso,
  messageText,
  momentText,
  sentCount,
  sentText,
  whatsAppLink,
  whatsAppNumber
} from '../../../shared/meetings'
import { isSendLink } from '../../../shared/ipc/contract'

describe('WhatsApp numbers: only mobile numbers become the 62 form, the rest is flagged, never guessed', () => {
  test.each([
    ['0812-3456-7890', '6281234567890'],
    ['0812 3456 789', '62812345678' + '9'],
    ['(0812) 3456.7890', '6281234567890'],
    ['+62 812-3456-7890', '6281234567890'],
    ['+6281234567890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['  085271234567 ', '6285271234567'],
    ['0812345678', '62812345678']
  ])('%s becomes %s', (raw, wa) => {
    expect(whatsAppNumber(raw)).toEqual({ ok: true, number: wa })
  })

  test.each([
    ['', 'belum diisi'],
    ['0751-7051234', 'bukan nomor HP'],
    ['(0751) 705 1234', 'bukan nomor HP'],
    ['+62 751 7051234', 'bukan nomor HP'],
    ['62751705123', 'bukan nomor HP'],
    ['812-3456-7890', 'tidak diawali 08, +628 atau 628'],
    ['+60 12-345 6789', 'luar negeri'],
    ['+1 202 555 0100', 'luar negeri'],
    ['0812-3456-7890 / 0813-1111-2222', 'lebih dari satu nomor'],
    ['0812 3456 7890 atau 0813 1111 2222', 'lebih dari satu nomor'],
    ['0812-345', 'terlalu pendek'],
    ['0812-3456-7890-1234', 'terlalu panjang'],
    ['+620812345678', 'tidak lazim'],
    ['0812-3456-789O', 'selain angka'],
    ['0812+3456', 'selain angka']
  ])('%s is flagged: %s', (raw, reason) => {
    const r = whatsAppNumber(raw)
    expect(r.ok).toBe(false)
    if (r.ok) throw new Error('flagged number became a link')
    expect(r.reason).toContain(reason)
  })
})

const meeting = {
  title: 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB' as const,
  place: 'Aula Kantor Tim Penggerak PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang'
}
const office = 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT'
const message = invitationMessage({
  addressee: ['Ny. Hj. Nevi Irwan Prayitno', 'Ketua Dekranasda Provinsi Sumatera Barat'],
  hal: 'Undangan',
  number: '296/SKR/PKK-PROP/XII/2019',
  meeting,
  officeName: office
})

describe('the message text: Yth., hal, hari and tanggal, tempat, the sender office', () => {
  test('reads as the secretary would write it', () => {
    expect(messageText(message)).toBe(
      [
        'Yth. Ny. Hj. Nevi Irwan Prayitno, Ketua Dekranasda Provinsi Sumatera Barat',
        '',
        'Dengan hormat, bersama ini kami sampaikan undangan:',
        `Hal: Undangan ${meeting.title}`,
        'Nomor: 296/SKR/PKK-PROP/XII/2019',
        'Hari/tanggal: Jumat, 20 Desember 2019',
        'Pukul: 09.00 WIB s.d. selesai',
        `Tempat: ${meeting.place}`,
        '',
        'Surat undangan kami kirimkan bersama pesan ini. Atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.',
        '',
        office
      ].join('\n')
    )
  })

  test('a meeting of two days with an end time, before a number is issued', () => {
    const m = invitationMessage({ addressee: ['Kepala Dinas Kesehatan Provinsi Sumatera Barat'], hal: 'Undangan', number: undefined, meeting: { ...meeting, dates: ['2019-12-20', '2019-12-21'], timeEnd: '12:00' }, officeName: office })
    const text = messageText(m)
    expect(text).not.toContain('Nomor:')
    expect(text).toContain('Hari/tanggal: Jumat s.d. Sabtu, 20 s.d. 21 Desember 2019')
    expect(text).toContain('Pukul: 09.00 s.d. 12.00 WIB')
  })

  test('the e-mail subject carries hal, title and number', () => {
    expect(invitationSubject('Undangan', meeting.title, '296/SKR/PKK-PROP/XII/2019')).toBe(`Undangan ${meeting.title} (296/SKR/PKK-PROP/XII/2019)`)
  })
})

describe('links: encoded properly and within the desktop limit', () => {
  test('wa.me link: number in 62 form, the message percent-encoded, decoding back to the text', () => {
    const link = whatsAppLink('6281234567890', message)
    expect(link.shortened).toBe(false)
    expect(link.url.startsWith('https://wa.me/6281234567890?text=')).toBe(true)
    const u = new URL(link.url)
    expect(u.searchParams.get('text')).toBe(messageText(message))
    // Nothing a URL parser would read differently: no raw space, newline, ampersand or hash.
    expect(link.url.slice('https://wa.me/6281234567890?text='.length)).toMatch(/^[A-Za-z0-9%\-_.!~*'()]+$/)
    expect(isSendLink(link.url)).toBe(true)
  })

  test('a number not in 62 form is refused, not guessed', () => {
    expect(() => whatsAppLink('081234567890', message)).toThrow()
  })

  test('mailto: address keeps its @, subject and body with CR LF line breaks (RFC 6068)', () => {
    const link = emailLink('dinkes+undangan@sumbarprov.go.id', 'Undangan Rapat & Diskusi #1', message)
    expect(link.url.startsWith('mailto:dinkes%2Bundangan@sumbarprov.go.id?subject=Undangan%20Rapat%20%26%20Diskusi%20%231&body=')).toBe(true)
    const body = decodeURIComponent(link.url.split('&body=')[1] ?? '')
    expect(body).toBe(messageText(message).replace(/\n/g, '\r\n'))
    expect(isSendLink(link.url)).toBe(true)
  })

  test('a long message is shortened to fit, whole graphemes kept, the closing and office kept', () => {
    const long = invitationMessage({
      addressee: ['Ny. Hj. Nevi Irwan Prayitno'],
      hal: 'Undangan',
      number: '296/SKR/PKK-PROP/XII/2019',
      // Emoji with skin tone and ZWJ families, combining marks: each is one grapheme of several code units.
      meeting: { ...meeting, place: `${'Gedung Serba Guna 👩‍👩‍👧‍👦 👍🏽 é '.repeat(60)}Padang` },
      officeName: office
    })
    for (const link of [whatsAppLink('6281234567890', long), emailLink('ketua@pkk.go.id', 'Undangan', long)]) {
      expect(link.shortened).toBe(true)
      expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_CHARS)
      expect(isSendLink(link.url)).toBe(true)
      const text = link.url.startsWith('mailto:') ? decodeURIComponent(link.url.split('&body=')[1] ?? '').replace(/\r\n/g, '\n') : (new URL(link.url).searchParams.get('text') ?? '')
      expect(text).toContain(`${ELLIPSIS}\n\n`)
      expect(text.endsWith(office)).toBe(true)
      const cutAt = text.indexOf(ELLIPSIS)
      const kept = text.slice(0, cutAt)
      // The kept part is a start of the full text, ending on a grapheme boundary of it.
      const full = messageText(long)
      expect(full.startsWith(kept)).toBe(true)
      const boundaries = new Set([...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(full)].map((s) => s.index))
      expect(boundaries.has(kept.length) || boundaries.has(kept.trimEnd().length)).toBe(true)
      // No lone surrogate: every code point decodes.
      expect(() => encodeURIComponent(text)).not.toThrow()
      // It is as long as fits: one more grapheme would not.
      expect(link.url.length).toBeGreaterThan(MAX_LINK_CHARS - 60)
    }
  })

  test('fitText cuts before a grapheme, never inside it', () => {
    const family = '👩‍👩‍👧‍👦'
    const text = `ab${family}cd`
    // A budget that would end inside the family's code units keeps "ab" only.
    const out = fitText(text, (c) => c.length <= 2 + family.length - 2 + ELLIPSIS.length)
    expect(out).toBe(`ab${ELLIPSIS}`)
    expect(fitText(text, (c) => c.length <= 2 + family.length + ELLIPSIS.length)).toBe(`ab${family}${ELLIPSIS}`)
    expect(cutGraphemes('é'.normalize('NFD').repeat(3), 2)).toBe(`${'é'.normalize('NFD').repeat(2)}${ELLIPSIS}`)
  })

  test('the main process accepts only wa.me and mailto links within the limit', () => {
    expect(isSendLink('https://wa.me/6281234567890?text=Halo')).toBe(true)
    expect(isSendLink('mailto:ketua@pkk.go.id?subject=a&body=b')).toBe(true)
    for (const bad of [
      'https://evil.example/6281234567890',
      'https://wa.me.evil.example/6281234567890',
      'https://user@wa.me/6281234567890',
      'https://wa.me:8443/6281234567890',
      'http://wa.me/6281234567890',
      'https://wa.me/081234567890',
      'https://wa.me/6281234567890/../x',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'mailto:',
      `https://wa.me/6281234567890?text=${'a'.repeat(MAX_LINK_CHARS)}`
    ])
      expect(isSendLink(bad), bad).toBe(false)
  })
})

describe('files and counts', () => {
  test('one file name per invitee, distinct and safe', () => {
    expect(inviteeFileNames(['Ny. Hj. Nevi Irwan Prayitno', 'Kepala Dinas Kesehatan Provinsi Sumatera Barat', 'Ny. Hj. Nevi Irwan Prayitno', 'A/B: "C"?'])).toEqual([
      'Undangan Ny. Hj. Nevi Irwan Prayitno',
      'Undangan Kepala Dinas Kesehatan Provinsi Sumatera Barat',
      'Undangan Ny. Hj. Nevi Irwan Prayitno (2)',
      'Undangan A-B C'
    ])
  })

  test('"terkirim 52 dari 65" counts invitees reached under the current number, once each', () => {
    const ids = Array.from({ length: 65 }, (_, i) => `i${i}`)
    const deliveries = [
      ...ids.slice(0, 52).map((inviteeId) => ({ inviteeId, letterId: 'L2' })),
      // Two channels for one invitee count once; a send of a cancelled number does not count.
      { inviteeId: 'i0', letterId: 'L2' },
      { inviteeId: 'i60', letterId: 'L1' },
      { inviteeId: 'gone', letterId: 'L2' }
    ]
    expect(sentText(sentCount(ids, deliveries, 'L2'))).toBe('terkirim 52 dari 65')
    expect(sentCount(ids, deliveries, undefined).sent).toBe(53)
  })

  test('times in the office time zone, both ways', () => {
    expect(momentText('2019-12-18T03:20:00.000Z', 7, 'WIB')).toBe('18 Des 2019 10.20 WIB')
    expect(localInputToIso('2019-12-18T10:20', 7)).toBe('2019-12-18T03:20:00.000Z')
    expect(isoToLocalInput('2019-12-18T03:20:00.000Z', 8)).toBe('2019-12-18T11:20')
    expect(localInputToIso('2019-02-30T10:20', 7)).toBeUndefined()
    expect(localInputToIso('besok', 7)).toBeUndefined()
  })
})
