import { syncGroups } from './choices';

/**
 * The one inline script of the site. It runs in <head> before first paint and
 * marks <html> so CSS can show the right theme and the right tab panels
 * without a flash:
 *  - data-theme="light|dark" when the reader chose one (otherwise CSS follows the system);
 *  - data-<key>="value" for every synced choice of the registry, choices.ts (URL, then storage, then fallback);
 *  - data-os-detected="linux|macos|windows": the OS the browser reports (navigator.userAgentData
 *    where present, else the user agent). A browser cannot see WSL2, nor reliably tell Apple
 *    silicon from Intel; the install pages say so. It is the fallback for the `os` key;
 *  - data-js, so CSS only collapses inactive tab panels when a script can open them again.
 * It must stay an inline script (an external one would arrive after paint); the
 * Content-Security-Policy allows it by its sha256 hash (see BaseLayout.astro).
 * Kept in ES5 style and wrapped in try/catch: storage can throw in private modes.
 */
export const HEAD_SCRIPT = `(function(groups){var d=document.documentElement,n=navigator,q=new URLSearchParams(location.search);function get(k){try{return localStorage.getItem(k)}catch(e){return null}}var p=((n.userAgentData&&n.userAgentData.platform)||"")+" "+n.userAgent,os=/Win/.test(p)?"windows":/Mac/.test(p)?"macos":"linux";d.setAttribute("data-os-detected",os);var t=get("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t);for(var k in groups){var g=groups[k],v=q.get(k);if(g.values.indexOf(v)<0)v=get("tabs:"+k);if(g.values.indexOf(v)<0)v=g.fallback==="detect"?os:g.fallback;d.setAttribute("data-"+k,v)}d.setAttribute("data-js","")})(${JSON.stringify(syncGroups())});`;
