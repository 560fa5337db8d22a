/** Every IPC channel in one place (Mattermost habit): renderer -> main unless noted. */
export const channels = {
  saveFile: 'pkk:save-file',
  printPdf: 'pkk:print-pdf',
  appInfo: 'pkk:app-info',
  openExternal: 'pkk:open-external',
  /** main -> renderer: a menu item was chosen. */
  menuCommand: 'pkk:menu-command'
} as const
