import { createHash } from 'node:crypto';

/**
 * The site's security headers, written to `dist/_headers` (the Netlify and
 * Cloudflare Pages format) after every build. The Content-Security-Policy
 * here is the same policy as the <meta> one Astro writes into each page, with
 * the union of every page's script and style hashes, plus the directives a
 * <meta> policy cannot carry (frame-ancestors).
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Script sources besides hashes. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** The sha256 sources ('sha256-…' without quotes) of a page's inline scripts and styles, as a browser checks them. JSON data blocks are never run, so they need none. */
export function inlineHashes(html: string): { script: string[]; style: string[] } {
	const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
	const script = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
		.filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes) && !/\stype\s*=\s*["']?application\/(?:ld\+)?json/i.test(attributes))
		.map(([, , text = '']) => sha(text));
	const style = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, text = '']) => sha(text));
	return { script: [...new Set(script)], style: [...new Set(style)] };
}

/**
 * Keeps in a page's CSP <meta> only the hashes of that page's own inline
 * scripts and styles. Astro lists every hash of the site on every page (about
 * 1 KB that gzip cannot shrink); a page needs its own, and the `_headers`
 * policy carries the union.
 */
export function cspMetaOwnHashes(html: string): string {
	const own = inlineHashes(html);
	const keep = new Set([...own.script, ...own.style]);
	return html.replace(/(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
		const pruned = policy.replace(/\s*(['"]|&#39;|&apos;)(sha(?:256|384|512)-[^'"&]+)\1/g, (source: string, _quote: string, hash: string) => (keep.has(hash) ? source : ''));
		return open + pruned + close;
	});
}

/** Reads the hashes out of the CSP <meta> tags of built pages. */
export function hashesFromHtml(html: string): { script: string[]; style: string[] } {
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	if (!meta?.[1]) return { script: [], style: [] };
	const policy = meta[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'");
	const pick = (directive: string) => {
		const value = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${directive} `));
		return (value?.match(/'sha(?:256|384|512)-[^']+'/g) ?? []).map((h) => h.slice(1, -1));
	};
	return { script: pick('script-src'), style: pick('style-src') };
}

/** The full policy for the HTTP header, from the union of hashes across pages. */
export function headerPolicy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): string {
	const quote = (hashes: Iterable<string>) => [...new Set(hashes)].sort().map((h) => `'${h}'`);
	return [
		...CSP_DIRECTIVES,
		['script-src', ...SCRIPT_SOURCES, ...quote(scriptHashes)].join(' '),
		['style-src', ...STYLE_SOURCES, ...quote(styleHashes)].join(' '),
		"frame-ancestors 'none'",
	].join('; ');
}

/** The `_headers` file: security headers for every path, long caching for hashed assets. */
export function headersFile(policy: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return [
		`${root}*`,
		`  Content-Security-Policy: ${policy}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		'  X-Frame-Options: DENY',
		`${root}_astro/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}

/** A rule of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/** Parses the `_headers` format, for the local server that mimics a static host. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Headers that apply to a request path, in file order (later rules add to earlier ones). */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	const matching = rules.filter((rule) => new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path));
	return matching.flatMap((rule) => rule.headers);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Cloudflare Pages' documented limits for `_headers`: "A project is limited to
 * 100 header rules. Each line in the _headers file has a 2,000 character
 * limit. The entire line, including spacing, header name, and value, counts
 * towards the limit." (https://developers.cloudflare.com/pages/configuration/headers/).
 * Past them, rules or headers would be dropped at deploy time; the build fails instead.
 */
export const HEADERS_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** Why a `_headers` text exceeds the host's limits (one message per problem); empty when it fits. */
export function headersFileProblems(text: string, limits: { rules: number; lineLength: number } = HEADERS_LIMITS): string[] {
	const problems: string[] = [];
	const rules = parseHeadersFile(text).length;
	if (rules > limits.rules) problems.push(`_headers has ${rules} rules; Cloudflare Pages allows ${limits.rules}.`);
	text.split('\n').forEach((line, i) => {
		if (line.length <= limits.lineLength) return;
		const name = line.trim().split(':')[0] ?? '';
		problems.push(
			`_headers line ${i + 1} (${name}) is ${line.length} characters; Cloudflare Pages allows ${limits.lineLength}.` +
				(/content-security-policy/i.test(name) ? ' Fewer inline scripts or styles means fewer hashes in the policy.' : ''),
		);
	});
	return problems;
}

/**
 * Moves the CSP <meta> to right after <meta charset> (or to the start of
 * <head>). A <meta> policy governs only what comes after it, and Astro writes
 * it late in <head>, after the title, Open Graph tags and the head script; on
 * a host that ignores `_headers` everything before it would be unprotected.
 */
export function cspMetaFirst(html: string): string {
	const meta = /<meta\s+http-equiv="content-security-policy"[^>]*>/i.exec(html);
	if (!meta) return html;
	const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
	const anchor = /<meta\s+charset=[^>]*>/i.exec(without) ?? /<head(\s[^>]*)?>/i.exec(without);
	if (!anchor) return html;
	const at = anchor.index + anchor[0].length;
	return without.slice(0, at) + meta[0] + without.slice(at);
}
