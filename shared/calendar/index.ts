export * from './core'
export * from './meeting-days'
