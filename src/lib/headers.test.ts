import { describe, expect, it } from 'vitest';
import { hashesFromHtml, headerPolicy, headersFile, headersFor, parseHeadersFile } from './headers';

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
