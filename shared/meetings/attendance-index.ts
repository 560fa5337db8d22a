export * from './attendance-sheet'
export * from './attendance-recap'
export * from './attendance-export'
export { daftarHadirFileName, daftarHadirMaker } from './attendance-maker'
