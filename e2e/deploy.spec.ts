import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { test, expect } from '@playwright/test';
import { astroBuild } from './support/build';
import { startServer } from './support/serve';
import { DIST, sitemapPaths, watchPage } from './support/site';
import { parseHeadersFile } from '../src/build/headers';
import { vercelRedirectFor, type VercelOutputConfig } from '../src/build/vercel-output';
import { FIXTURE_CONTENT, fixtureEnv } from './support/fixture-site';

/**
 * Deploying: builds with each host's build variables simulated (the hosts'
 * own builds cannot run here), and the committed host configuration checked
 * against what the build emits. The pure resolution is unit-tested in
 * src/build/site-env.test.ts.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const ROOT = join(import.meta.dirname, '..');
const PORT = Number(process.env.E2E_PORT ?? 4399);

/** Every variable src/build/site-env.ts reads, blank (= unset), so the machine running the tests does not leak in. */
const NO_HOST = Object.fromEntries(
	['SITE_URL', 'BASE_PATH', 'REPOSITORY_URL', 'PRODUCTION_BRANCH', 'EDIT_BRANCH', 'NETLIFY', 'URL', 'CONTEXT', 'BRANCH', 'VERCEL', 'VERCEL_ENV',
		'VERCEL_PROJECT_PRODUCTION_URL', 'VERCEL_GIT_PROVIDER', 'VERCEL_GIT_REPO_OWNER', 'VERCEL_GIT_REPO_SLUG', 'VERCEL_GIT_COMMIT_REF', 'CF_PAGES',
		'CF_PAGES_BRANCH', 'CF_PAGES_URL', 'GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_REF_NAME', 'GITHUB_HEAD_REF'].map((name) => [name, '']),
);

/** The articles, from content/ itself. */
const SLUGS = readdirSync(join(ROOT, 'content')).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, ''));

/** Builds the site with `env` into a temporary folder; returns the folder, the build's output and a cleanup. */
async function hostBuild(env: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-host-'));
	const out = join(dir, 'dist');
	const result = await astroBuild({ ...NO_HOST, ASTRO_CACHE_DIR: join(dir, 'cache'), ...env }, out);
	expect(result.code, result.output).toBe(0);
	const read = (path: string) => readFileSync(join(out, path), 'utf8');
	const htmlFiles = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	return { out, output: result.output, read, htmlFiles, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

test('a Netlify production build uses the site address, repository and branch Netlify gives', async () => {
	const origin = 'https://field-guide.netlify.app';
	const build = await hostBuild({ NETLIFY: 'true', URL: origin, CONTEXT: 'production', REPOSITORY_URL: 'git@github.com:octo/field-guide', BRANCH: 'main' });
	try {
		expect(build.output).toContain(`Site: ${origin}/ (from Netlify's URL).`);
		expect(build.output).not.toContain('No site address');
		const slug = SLUGS[0] ?? '';
		const article = build.read(`${slug}/index.html`);
		expect(attr(article, /<link rel="canonical" href="([^"]+)"/)).toBe(`${origin}/${slug}/`);
		expect(attr(article, /<meta property="og:url" content="([^"]+)"/)).toBe(`${origin}/${slug}/`);
		expect(attr(article, /<meta property="og:image" content="([^"]+)"/)).toMatch(new RegExp(`^${origin}/og/`));
		expect(attr(article, /<a href="([^"]+)">Edit this page<\/a>/)).toBe(`https://github.com/octo/field-guide/edit/main/content/${slug}.mdx`);
		// Indexed: no page but the 404 page says noindex.
		for (const file of build.htmlFiles.filter((f) => f !== '404.html')) expect(build.read(file), file).not.toContain('<meta name="robots"');

		expect(build.read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`);
		const locs = [...build.read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
		expect(locs.length).toBeGreaterThan(SLUGS.length);
		for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
		for (const s of SLUGS) expect(locs).toContain(`${origin}/${s}/`);
		const feed = build.read('rss.xml');
		for (const s of SLUGS) expect(feed).toContain(`<link>${origin}/${s}/</link>`);
		expect(feed).not.toContain('localhost');
		// Vercel's Build Output API folder is written on Vercel only.
		expect(existsSync(join(dirname(build.out), '.vercel'))).toBe(false);
	} finally {
		build.cleanup();
	}
});

test('a Cloudflare Pages branch build: one warning about the address, noindex on every page, robots.txt disallows all', async () => {
	const build = await hostBuild({ CF_PAGES: '1', CF_PAGES_BRANCH: 'new-article', CF_PAGES_URL: 'https://0a1b2c3d.field-guide.pages.dev' });
	try {
		const warnings = build.output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line) && /site address|SITE_URL/.test(line));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('canonical URLs, Open Graph images, sitemap, robots.txt and feed use http://localhost:4321');
		expect(warnings[0]).toContain('Cloudflare Pages does not tell the build the site\'s address: set SITE_URL');
		expect(build.output).toContain('Preview build (Cloudflare Pages branch "new-article"');
		expect(build.output).not.toContain('0a1b2c3d');
		expect(build.htmlFiles.length).toBeGreaterThan(SLUGS.length);
		for (const file of build.htmlFiles) expect(build.read(file), file).toContain('<meta name="robots" content="noindex">');
		expect(build.read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
	} finally {
		build.cleanup();
	}
});

test('a Vercel build hands Vercel the Build Output API folder: the site under the base path, its headers, 308s for renamed articles', async () => {
	// The fixture site: e2e/fixtures/site/computational-graphs.mdx has `redirectFrom: [graphs-and-compilers]`.
	const { CONTENT_DIR, LINK_CHECK_SKIP } = fixtureEnv(FIXTURE_CONTENT, '');
	const build = await hostBuild({
		CONTENT_DIR: CONTENT_DIR ?? '',
		LINK_CHECK_SKIP: LINK_CHECK_SKIP ?? '',
		VERCEL: '1',
		VERCEL_ENV: 'production',
		VERCEL_PROJECT_PRODUCTION_URL: 'field-guide.vercel.app',
		BASE_PATH: '/guide/',
	});
	try {
		// Vercel deploys <project>/.vercel/output when the build leaves a config.json there: beside dist/.
		const output = join(dirname(build.out), '.vercel', 'output');
		expect(build.output).toContain(`Vercel: wrote ${output}`);
		const config = JSON.parse(readFileSync(join(output, 'config.json'), 'utf8')) as VercelOutputConfig;
		expect(config.version).toBe(3);

		// The old address, with and without the slash: one permanent redirect to the article, which is there.
		for (const path of ['/guide/graphs-and-compilers', '/guide/graphs-and-compilers/']) {
			expect(vercelRedirectFor(config, path), path).toEqual({ status: 308, location: '/guide/computational-graphs/' });
		}
		expect(existsSync(join(output, 'static', 'guide', 'computational-graphs', 'index.html'))).toBe(true);
		expect(vercelRedirectFor(config, '/guide/computational-graphs/')).toBeUndefined();
		expect(vercelRedirectFor(config, '/guide/computational-graphs')).toEqual({ status: 308, location: '/guide/computational-graphs/' });

		// The whole site, under the base path, without the files meant for other hosts.
		const files = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length)).sort();
		expect(files(join(output, 'static', 'guide'))).toEqual(files(build.out).filter((f) => !['/_headers', '/_redirects'].includes(f)));
		expect(readdirSync(join(output, 'static'))).toEqual(['guide']);

		// The headers of the build's _headers, CSP hashes included, and the 404 page for anything else.
		const routes = config.routes.filter((route) => 'continue' in route);
		const built = parseHeadersFile(build.read('_headers'));
		expect(routes).toEqual(built.map((rule) => ({ src: `^${rule.pattern.replace('*', '.*')}$`, headers: Object.fromEntries(rule.headers), continue: true })));
		expect(config.routes.at(-1)).toEqual({ src: '^/.*$', dest: '/guide/404.html', status: 404 });
		expect(existsSync(join(output, 'static', 'guide', '404.html'))).toBe(true);
	} finally {
		build.cleanup();
	}
});

test.describe('vercel.json', () => {
	const vercel = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as {
		buildCommand: string;
		outputDirectory: string;
		headers: { source: string; headers: { key: string; value: string }[] }[];
	};
	/** The Vercel rules, as `_headers` rules (`/(.*)` is `/*`). */
	const asHeaderRules = () => vercel.headers.map((rule) => ({ pattern: rule.source.replace('(.*)', '*'), headers: rule.headers.map((h): [string, string] => [h.key, h.value]) }));
	const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);

	test('builds like the other hosts and sends the headers dist/_headers has, CSP hashes left to the pages\' meta policy', () => {
		expect(vercel.buildCommand).toBe('npm run build');
		expect(vercel.outputDirectory).toBe('dist');
		const built = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
		const committed = asHeaderRules();
		expect(committed.map((r) => r.pattern)).toEqual(built.map((r) => r.pattern));
		for (const [i, rule] of built.entries()) {
			const mine = committed[i]?.headers ?? [];
			// Every header but the policy is the same, in the same order.
			expect(mine.filter(([k]) => k !== 'Content-Security-Policy'), rule.pattern).toEqual(rule.headers.filter(([k]) => k !== 'Content-Security-Policy'));
			const policy = rule.headers.find(([k]) => k === 'Content-Security-Policy')?.[1];
			const vercelPolicy = mine.find(([k]) => k === 'Content-Security-Policy')?.[1];
			if (!policy) {
				expect(vercelPolicy).toBeUndefined();
				continue;
			}
			// The built policy's directives, less the three that carry (or, for default-src, stand in for) this build's hashes.
			const hashBound = /^(default-src|script-src|style-src)\b/;
			expect(directives(policy).some((d) => d.includes("'sha256-"))).toBe(true);
			expect(directives(vercelPolicy ?? '')).toEqual(directives(policy).filter((d) => !hashBound.test(d)));
		}
	});

	test('a site served with Vercel\'s headers runs without a policy violation', async ({ page }) => {
		const dir = mkdtempSync(join(tmpdir(), 'field-guide-vercel-'));
		let server: Server | undefined;
		try {
			cpSync(DIST, dir, { recursive: true });
			writeFileSync(join(dir, '_headers'), asHeaderRules().map((r) => [r.pattern, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n'));
			server = await startServer(dir, PORT - 7, '/');
			const origin = `http://127.0.0.1:${PORT - 7}`;
			const problems = watchPage(page, origin);
			const response = await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
			expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
			for (const path of sitemapPaths().filter((p) => p === '/search/' || SLUGS.includes(p.slice(1, -1))).slice(0, 4)) {
				await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			}
			// A blocked script, style or fetch is reported in the console; so is a failed request, besides the
			// browser's own favicon fetch that moving to the next page may abort.
			expect(problems.console).toEqual([]);
			expect(problems.failed.filter((f) => !f.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
		} finally {
			await new Promise((done) => server?.close(done));
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
