import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { compile } from '@tailwindcss/node';
import { DIST } from './support/site';
import { articlePaths } from './support/content';

/** Checks over the built files themselves, the way a reviewer would grep dist/. */
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => join(entry.parentPath, entry.name));
const html = files.filter((file) => file.endsWith('.html')).map((file) => ({ file: relative(DIST, file), text: readFileSync(file, 'utf8') }));

test('no element in any page carries an inline style attribute', () => {
	const offenders = html.filter((page) => /<[a-z][^>]*\sstyle=/i.test(page.text)).map((page) => page.file);
	expect(offenders).toEqual([]);
});

test('no page loads anything from another origin', () => {
	const offenders = html.flatMap((page) =>
		[...page.text.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="((?:https?:)?\/\/[^"]+)"/gi)]
			.filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
			.map((m) => `${page.file}: ${m[1]}`),
	);
	expect(offenders).toEqual([]);
});

test('the only inline scripts are the hashed head script and bundled modules Astro hashes', () => {
	for (const page of html) {
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(page.text)?.[1] ?? '';
		expect(policy, page.file).not.toContain('unsafe-inline');
		expect(policy, page.file).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	}
	const headers = readFileSync(join(DIST, '_headers'), 'utf8');
	expect(headers).toContain('Content-Security-Policy:');
	expect(headers).not.toContain('unsafe-inline');
});

test('robots.txt points at the sitemap', () => {
	expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('every article page ships at most 3 KiB of JavaScript (gzip) before search is opened', () => {
	const paths = articlePaths();
	expect(paths.length).toBeGreaterThan(0);
	for (const path of paths) {
		const page = html.find((p) => p.file === join(path.slice(1), 'index.html'));
		expect(page, path).toBeDefined();
		// JSON-LD is data, not JavaScript: it is not executed and does not count.
		const inline = [...(page?.text ?? '').matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
		const external = [...(page?.text ?? '').matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, new URL(m[1] ?? '', 'http://x').pathname)));
		const bytes = gzipSync(Buffer.concat([Buffer.from(inline), ...external])).length;
		expect(bytes, path).toBeGreaterThan(500);
		expect(bytes, path).toBeLessThanOrEqual(3 * 1024);
	}
});

test('every Tailwind utility a page uses is in a stylesheet that page loads (sources per entry miss nothing)', async () => {
	// Which of the class names in dist/ are Tailwind utilities: Tailwind itself, with our theme, says so.
	const tailwind = await compile("@import 'tailwindcss';\n@import './theme.css';", { base: join(import.meta.dirname, '..', 'src', 'styles'), onDependency: () => {} });
	const classesOf = (text: string) => new Set([...text.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/).filter(Boolean)));
	const selectorsIn = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1')));
	const used = new Set(html.flatMap((page) => [...classesOf(page.text)]));
	const utilities = selectorsIn(tailwind.build([...used]));
	expect(utilities.size, 'no utility classes found: the check would pass on anything').toBeGreaterThan(20);
	const missing = html.flatMap((page) => {
		const linked = [...page.text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, (m[1] ?? '').replace(/^\/+/, '')), 'utf8'));
		const inline = [...page.text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
		const styled = selectorsIn([...linked, ...inline].join('\n'));
		return [...classesOf(page.text)].filter((name) => utilities.has(name) && !styled.has(name)).map((name) => `${page.file}: ${name}`);
	});
	expect(missing).toEqual([]);
});
