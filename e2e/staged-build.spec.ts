import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { test, expect } from '@playwright/test';
import { astroBuild } from './support/build';
import { FIXTURE_CONTENT, fixtureEnv } from './support/fixture-site';
import { startServer } from './support/serve';

/**
 * A failed build keeps the last good site (src/build/integrations/staged-build.ts):
 * the build is staged beside dist/ and swapped in only when every post-build
 * check has passed, so a preview that is running keeps serving the old site,
 * and serves the new one after a good build. One copy of content/, built
 * three times: good, broken, good again.
 */

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PORT = Number(process.env.E2E_PORT ?? 4399) - 8;
const DEV_PORT = Number(process.env.E2E_PORT ?? 4399) - 9;

/** Every file of a folder with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
	return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')]));
}

const slugs = (content: string) => readdirSync(content).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, ''));

test.describe('one site built three times: good, broken, good', () => {
	test.describe.configure({ mode: 'serial', timeout: 240_000 });

	let dir = '';
	let content = '';
	let out = '';
	let server: Server | undefined;
	const build = () => astroBuild(fixtureEnv(content, join(dir, 'cache')), out);

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		dir = mkdtempSync(join(tmpdir(), 'field-guide-staged-'));
		content = join(dir, 'content');
		out = join(dir, 'dist');
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		const first = await build();
		expect(first.code, first.output).toBe(0);
		server = await startServer(out, PORT, '/');
	});
	test.afterAll(async () => {
		await new Promise((done) => server?.close(done));
		rmSync(dir, { recursive: true, force: true });
	});

	test('a build that fails its link check leaves the previous site byte for byte, served all along', async ({ request }) => {
		const before = snapshot(out);
		const home = readFileSync(join(out, 'index.html'));
		expect(Object.keys(before).length).toBeGreaterThan(slugs(content).length);

		const article = slugs(content)[0] ?? '';
		writeFileSync(
			join(content, article + '.mdx'),
			`${readFileSync(join(content, `${article}.mdx`), 'utf8')}\nSee [nowhere](/no-such-article/).\n`,
		);
		const building = build();
		// While the build runs, the running server keeps answering with the old site.
		let done = false;
		void building.then(() => (done = true));
		let answers = 0;
		while (!done) {
			const response = await request.get(`http://127.0.0.1:${PORT}/`);
			expect(response.status()).toBe(200);
			expect(Buffer.from(await response.body()).equals(home)).toBe(true);
			answers++;
			await new Promise((wait) => setTimeout(wait, 500));
		}
		expect(answers).toBeGreaterThan(1);

		const failed = await building;
		expect(failed.code).not.toBe(0);
		expect(failed.output).toContain(`/${article}/ -> /no-such-article/`);
		expect(snapshot(out)).toEqual(before);
		expect(Buffer.from(await (await request.get(`http://127.0.0.1:${PORT}/`)).body()).equals(home)).toBe(true);
	});

	test('dev mode still serves the last good site\'s search index after the failed build', async ({ request }) => {
		const dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(DEV_PORT), '--host', '127.0.0.1', '--outDir', out], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		let output = '';
		dev.stdout.on('data', (chunk) => (output += chunk));
		dev.stderr.on('data', (chunk) => (output += chunk));
		try {
			await expect.poll(() => output, { timeout: 90_000 }).toMatch(/127\.0\.0\.1:\d+/);
			const index = await request.get(`http://127.0.0.1:${DEV_PORT}/pagefind/pagefind.js`);
			expect(index.status(), output).toBe(200);
			expect(await index.text()).toBe(readFileSync(join(out, 'pagefind', 'pagefind.js'), 'utf8'));
			expect(existsSync(join(out, 'index.html'))).toBe(true);
		} finally {
			dev.kill('SIGTERM');
		}
	});

	test('a good build replaces the site: the running server serves the new pages', async ({ request }) => {
		const article = slugs(content)[0] ?? '';
		const file = join(content, `${article}.mdx`);
		writeFileSync(file, readFileSync(file, 'utf8').replace('See [nowhere](/no-such-article/).', 'A sentence from the second good build.'));
		const good = await build();
		expect(good.code, good.output).toBe(0);
		expect(readFileSync(join(out, article, 'index.html'), 'utf8')).toContain('A sentence from the second good build.');
		const page = await request.get(`http://127.0.0.1:${PORT}/${article}/`);
		expect(await page.text()).toContain('A sentence from the second good build.');
		// Nothing is left staged; the replaced site waits beside it, to be deleted by the next build.
		expect(readdirSync(join(dir, '.dist-build'))).toEqual([expect.stringMatching(/^previous-/)]);
	});
});
