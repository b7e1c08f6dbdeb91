import { SYNC_GROUPS } from './tabs';

/**
 * The one inline script of the site. It runs in <head> before first paint and
 * marks <html> so CSS can show the right theme and the right tab panels
 * without a flash:
 *  - data-theme="light|dark" when the reader chose one (otherwise CSS follows the system);
 *  - data-<syncKey>="value" for every synced tab group (URL, then storage, then fallback);
 *  - data-js, so CSS only collapses inactive tab panels when a script can open them again.
 * It must stay an inline script (an external one would arrive after paint); the
 * Content-Security-Policy allows it by its sha256 hash (see BaseLayout.astro).
 * Kept in ES5 style and wrapped in try/catch: storage can throw in private modes.
 */
export const HEAD_SCRIPT = `(function(groups){var d=document.documentElement,q=new URLSearchParams(location.search);function get(k){try{return localStorage.getItem(k)}catch(e){return null}}var t=get("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t);for(var k in groups){var g=groups[k],v=q.get(k);if(g.values.indexOf(v)<0)v=get("tabs:"+k);if(g.values.indexOf(v)<0)v=g.fallback;d.setAttribute("data-"+k,v)}d.setAttribute("data-js","")})(${JSON.stringify(SYNC_GROUPS)});`;
