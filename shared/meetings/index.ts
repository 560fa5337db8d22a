export * from './invitees'
export * from './meeting-text'
export * from './form'
