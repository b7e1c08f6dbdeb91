import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspMetaFirst, cspMetaOwnHashes, hashesFromHtml, inlineHashes, headerPolicy, headersFile, headersFileProblems, headersFor, parseHeadersFile } from './headers';

describe('CSP hashes', () => {
	it('reads script and style hashes from the meta policy Astro writes', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';">`;
		expect(hashesFromHtml(html)).toEqual({ script: ['sha256-AAA=', 'sha256-BBB='], style: ['sha256-CCC='] });
	});
	it('builds a header policy without unsafe-inline, with each hash once', () => {
		const policy = headerPolicy(['sha256-B=', 'sha256-A=', 'sha256-A='], ['sha256-C=']);
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A=' 'sha256-B='");
		expect(policy).toContain("style-src 'self' 'sha256-C='");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toContain('unsafe-inline');
	});
});

describe('_headers', () => {
	it('round-trips through the parser, and rules apply by path pattern', () => {
		const rules = parseHeadersFile(headersFile("default-src 'self'", '/field-guide/'));
		expect(headersFor(rules, '/field-guide/debugging/')).toContainEqual(['Content-Security-Policy', "default-src 'self'"]);
		expect(headersFor(rules, '/field-guide/_astro/a.css')).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
		expect(headersFor(rules, '/field-guide/debugging/')).not.toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
	});
	it('rejects a header line before any path', () => {
		expect(() => parseHeadersFile('  X-Test: 1')).toThrow('_headers');
	});
});

describe('headersFileProblems', () => {
	it('passes the site\'s own file', () => {
		expect(headersFileProblems(headersFile(headerPolicy(['sha256-a'], ['sha256-b']), '/'))).toEqual([]);
	});
	it('names a line over 2,000 characters, and why the policy grew', () => {
		const hashes = Array.from({ length: 60 }, (_, i) => `sha256-${String(i).padStart(44, 'x')}=`);
		const [problem, ...rest] = headersFileProblems(headersFile(headerPolicy(hashes, []), '/'));
		expect(rest).toEqual([]);
		expect(problem).toMatch(/^_headers line 2 \(Content-Security-Policy\) is \d{4} characters; Cloudflare Pages allows 2000\. Fewer inline/);
	});
	it('counts rules against the limit of 100', () => {
		const text = Array.from({ length: 101 }, (_, i) => `/page-${i}/*\n  X-Robots-Tag: noindex`).join('\n');
		expect(headersFileProblems(text)).toEqual(['_headers has 101 rules; Cloudflare Pages allows 100.']);
		expect(headersFileProblems(text.split('\n').slice(0, 200).join('\n'))).toEqual([]);
	});
});

describe('cspMetaFirst', () => {
	const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
	it('moves the policy right after <meta charset>', () => {
		const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script>x</script>${csp}<link rel="icon"></head><body></body></html>`;
		expect(cspMetaFirst(html)).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>T</title><script>x</script><link rel="icon"></head><body></body></html>`);
	});
	it('puts it first in <head> without a charset meta', () => {
		expect(cspMetaFirst(`<head><title>T</title>${csp}</head>`)).toBe(`<head>${csp}<title>T</title></head>`);
	});
	it('leaves a page without a policy alone', () => expect(cspMetaFirst('<head><meta charset="utf-8"></head>')).toBe('<head><meta charset="utf-8"></head>'));
});

describe('cspMetaOwnHashes', () => {
	const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
	const page = (policy: string, body: string) => `<head><meta http-equiv="content-security-policy" content="${policy}">${body}</head>`;
	it('hashes inline scripts and styles, not external scripts or JSON data blocks', () => {
		const html = `<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>p{}</style>`;
		expect(inlineHashes(html)).toEqual({ script: [sha('a()')], style: [sha('p{}')] });
	});
	it("keeps only the page's own hashes and every other source", () => {
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha('a()')}' '${sha('other()')}'; style-src 'self' '${sha('q{}')}' '${sha('p{}')}'`;
		expect(cspMetaOwnHashes(page(policy, '<script>a()</script><style>p{}</style>'))).toBe(
			page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha('a()')}'; style-src 'self' '${sha('p{}')}'`, '<script>a()</script><style>p{}</style>'),
		);
	});
	it('reads the quotes Astro may escape', () => {
		const policy = `script-src &#39;self&#39; &#39;${sha('b()')}&#39; &#39;${sha('c()')}&#39;`;
		expect(cspMetaOwnHashes(page(policy, '<script>c()</script>'))).toBe(page(`script-src &#39;self&#39; &#39;${sha('c()')}&#39;`, '<script>c()</script>'));
	});
	it('leaves a page without a policy alone', () => expect(cspMetaOwnHashes('<head><script>a()</script></head>')).toBe('<head><script>a()</script></head>'));
});
