export * from './format'
export * from './read'
export * from './base64'
