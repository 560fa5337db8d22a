/** The Keputusan Ketua's rules: roles, default wording, the decree's data and register entry. */
export * from './keputusan-roles'
export * from './keputusan-defaults'
export * from './keputusan-data'
