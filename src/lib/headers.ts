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
