/** Every IPC channel in one place (Mattermost habit): renderer -> main unless noted. */
export const channels = {
  saveFile: 'pkk:save-file',
  printPdf: 'pkk:print-pdf',
  appInfo: 'pkk:app-info',
  openExternal: 'pkk:open-external',
  sendingOpenLink: 'pkk:sending-open-link',
  sendingSaveFiles: 'pkk:sending-save-files',
  sendingShowFile: 'pkk:sending-show-file',
  backupWrite: 'pkk:backup-write',
  backupList: 'pkk:backup-list',
  backupRead: 'pkk:backup-read',
  backupStatus: 'pkk:backup-status',
  backupChooseFolder: 'pkk:backup-choose-folder',
  photosHave: 'pkk:photos-have',
  photosWrite: 'pkk:photos-write',
  photosRead: 'pkk:photos-read',
  guardRead: 'pkk:guard-read',
  guardWrite: 'pkk:guard-write',
  journalAppend: 'pkk:journal-append',
  journalRead: 'pkk:journal-read',
  journalCheckpoint: 'pkk:journal-checkpoint',
  signingCreateSelfSigned: 'pkk:signing-create-self-signed',
  signingInspectP12: 'pkk:signing-inspect-p12',
  signingSignPdf: 'pkk:signing-sign-pdf',
  signingVerifyPdf: 'pkk:signing-verify-pdf',
  /** The meja registrasi started or ended: full screen, menu shortcuts off while it runs. */
  kioskSet: 'pkk:kiosk-set',
  /** renderer -> main: the backup on quit is written (or failed); the window may close. */
  quitReady: 'pkk:quit-ready',
  /** main -> renderer: the window is closing; write the quit backup. */
  beforeQuit: 'pkk:before-quit',
  /** main -> renderer: a menu item was chosen. */
  menuCommand: 'pkk:menu-command'
} as const
