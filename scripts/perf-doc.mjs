// Markers shared by the two scripts that write docs/performance.md: `npm run bench` rewrites the
// file above NOTES_MARKER and keeps what follows; `npm run lighthouse` keeps its scores between
// the LIGHTHOUSE markers, below NOTES_MARKER.
export const NOTES_MARKER = '<!-- Notes below this line are kept when npm run bench rewrites the file. -->';
export const LIGHTHOUSE_START = '<!-- lighthouse:start (written by npm run lighthouse) -->';
export const LIGHTHOUSE_END = '<!-- lighthouse:end -->';
