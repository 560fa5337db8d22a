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
  type UndanganMeeting
} from './builders/undangan'
export { formatMeetingDays } from '../calendar'
