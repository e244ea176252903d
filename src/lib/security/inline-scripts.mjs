// The site's only inline scripts (they must run before the first paint), defined once: the pages
// print them and astro.config.mjs puts their SHA-256 hashes in the Content-Security-Policy, so they
// run because the policy names them, not because they happen to come before the policy's <meta>.
import { createHash } from 'node:crypto';

/** Applies the saved theme before the first paint (no flash of the wrong theme). */
export const THEME_SCRIPT = "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** On /compare/: when the address names two or more models, keep room for what the builder will draw. */
export const COMPARE_PENDING_SCRIPT = "if(/[?&]models=[^&]*(,|%2C)/i.test(location.search))document.documentElement.dataset.comparePending=''";

/**
 * 'sha256-…' sources for the policy's script-src, one per inline script.
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashes() {
  return [THEME_SCRIPT, COMPARE_PENDING_SCRIPT].map((s) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(s).digest('base64')}`));
}
