/** Library version reported in `versions.library`; a test keeps it equal to package.json. */
export const LIBRARY_VERSION = '0.1.0'
