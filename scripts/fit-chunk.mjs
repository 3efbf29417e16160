// The FIT encoder's chunk (rollup.config.mjs names it): left out of the precache
// (scripts/precache.mjs) and cached when first used (sw.js).
export const FIT_CHUNK = /(?:^|[\\/])_fitsdk-[\w-]{8}\.js$/;
export const FIT_CHUNK_GLOB = '_fitsdk-*.js';
