export * from './core'
export * from './meeting-days'
export * from './typed'
