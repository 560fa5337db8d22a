import { createSelfSignedCall, inspectP12Call, signPdfCall, verifyPdfCall } from '../../../shared/signing/calls'

/**
 * pkk:signing-*: the office's .p12 and its password arrive for one call and are not kept in main;
 * the renderer stores the (still encrypted) .p12 and asks for the password each time.
 */
export const handleCreateSelfSigned = (raw: unknown) => createSelfSignedCall(raw)
export const handleInspectP12 = (raw: unknown) => inspectP12Call(raw)
export const handleSignPdf = (raw: unknown) => signPdfCall(raw)
export const handleVerifyPdf = (raw: unknown) => verifyPdfCall(raw)
