export * from './codec'
export * from './entry'
export * from './replay'
export * from './store'
