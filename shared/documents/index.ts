export * from './layout'
export * from './fonts'
export { renderDocx } from './render-docx'
export { renderPdf } from './render-pdf'
export { articleWord, alphaMarker, listMarker } from './markers'
export { heightForWidth, imagePixelSize } from './image-size'
export { ImageBag } from './builders/images'
export { buildKop, type KopOptions, type KopProfile } from './builders/kop'
export { buildSignature, signerTitleLines, type Signer, type SignatureOptions } from './builders/signature'
export { buildRegisterDocument, registerLetters, REGISTER_COLUMNS, type RegisterInput } from './builders/register'
export {
  buildUndangan,
  buildUndanganMerge,
  DEFAULT_CLOSING,
  DEFAULT_OPENING,
  type Invitee,
  type UndanganData,
  type UndanganMeeting,
  type UndanganRecipient
} from './builders/undangan'
export { CODE_QR_MM, registrationQr, type RegistrationCode } from './builders/undangan-code'
export { formatMeetingDays } from '../calendar'
export { buildKeputusan, type KeputusanData, type LampiranGroup, type LampiranMember } from './builders/keputusan'
export { buildDaftarHadir, sheetPage, signatureMark, CERTIFIER_BLANK, DAFTAR_HADIR_ROW_MM, type DaftarHadirData, type DaftarHadirRow } from './builders/daftar-hadir'
export { buildNotulen, type NotulenData, type ActionRow, type MeetingHeader } from './builders/notulen'
export { buildKesimpulan, KESIMPULAN_CLOSING, type KesimpulanData } from './builders/kesimpulan'
export { SIGNATURE_KIND, qrPayload, signingTimeText, visibleSignatureBlock, withVisibleSignature, type VisibleSignature } from './builders/verification'
export { layoutFingerprint, groupedHex } from './fingerprint'
export { qrMatrix } from './qr'
export { qrPng } from './png'
