import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

/**
 * The preview server (e2e/support/serve.ts) under hostile and broken input
 * (issue #18). Each server runs in its own process on a temporary folder, so a
 * request that crashes it shows as a refused connection, not a broken worker.
 */

const ROOT = join(import.meta.dirname, '..');
const BASE_PORT = Number(process.env.E2E_PORT ?? 4399) + 20;
const SERVE = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'e2e', 'support', 'serve.ts')];

interface Running {
	child: ChildProcess;
	port: number;
	stop: () => Promise<void>;
	/** What the server printed so far. */
	output: () => string;
}

/** Starts the server's command line on `dir`; resolves once it says it is serving. */
function serve(dir: string, port: number): Promise<Running> {
	const child = spawn(process.execPath, [...SERVE, dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const stop = () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill())));
	return new Promise((done, fail) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Serving')) done({ child, port, stop, output: () => output });
		});
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', (code) => fail(new Error(`server exited (${code}) before serving:\n${output}`)));
	});
}

/** Runs the server's command line to its exit. */
function serveUntilExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
	const child = spawn(process.execPath, [...SERVE, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const timer = setTimeout(() => child.kill(), 10_000);
	return new Promise((done) => child.once('exit', (code) => (clearTimeout(timer), done({ code, stderr }))));
}

interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** Sends `head` exactly as written over a raw socket (no client normalises the target) and reads the answer. */
function raw(port: number, head: string): Promise<RawResponse> {
	return new Promise((done, fail) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer within 5 s to ${JSON.stringify(head)}`)));
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', fail);
		socket.on('end', () => {
			const text = Buffer.concat(chunks).toString('latin1');
			const [top = '', body = ''] = text.split(/\r\n\r\n(.*)/s);
			const [statusLine = '', ...lines] = top.split('\r\n');
			const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
			done({ status: Number(statusLine.split(' ')[1]), headers, body });
		});
		socket.write(head);
	});
}

const get = (port: number, target: string, method = 'GET') => raw(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

/** A small site: pages, a 404 page, `_headers`, `_redirects`, and secrets beside and outside it. */
function makeSite(): { dir: string; dist: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-serve-'));
	const dist = join(dir, 'dist');
	mkdirSync(join(dist, 'overview'), { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title><p>home page</p>');
	writeFileSync(join(dist, 'overview', 'index.html'), '<!doctype html><title>Overview</title><p>overview page</p>');
	writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title><p>site 404 page</p>');
	writeFileSync(join(dist, 'note.txt'), 'a note inside the site');
	writeFileSync(join(dist, '_headers'), '/*\n  X-Site-Version: 1\n');
	writeFileSync(join(dist, '_redirects'), '/old /overview/ 301\n');
	// Siblings whose names start with the folder's name: the old `startsWith(root)` check let them through.
	mkdirSync(join(dir, 'dist-old'));
	writeFileSync(join(dir, 'dist-old', 'secret.txt'), 'SECRET sibling folder');
	writeFileSync(join(dir, 'dist.bak'), 'SECRET sibling file');
	mkdirSync(join(dir, 'outside'));
	writeFileSync(join(dir, 'outside', 'secret.txt'), 'SECRET behind a symlink');
	// Symlinks inside the site: two pointing out of it, one pointing inside it (which a host would serve).
	symlinkSync(join(dir, 'outside'), join(dist, 'linked-dir'));
	symlinkSync(join(dir, 'outside', 'secret.txt'), join(dist, 'linked-file.txt'));
	symlinkSync(join(dist, 'note.txt'), join(dist, 'inner-link.txt'));
	return { dir, dist, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test.describe('the preview server', () => {
	let site: ReturnType<typeof makeSite>;
	let server: Running;
	const port = BASE_PORT;

	test.beforeAll(async () => {
		site = makeSite();
		server = await serve(site.dist, port);
	});
	test.afterAll(async () => {
		await server?.stop();
		site?.cleanup();
	});

	test('answers 400 to targets that do not parse, and keeps answering', async () => {
		for (const target of ['//a:b', '//[', 'http://a:b/', '/%E0%A4%A', '/a%00b']) {
			const response = await get(port, target);
			expect(response.status, target).toBe(400);
			const home = await get(port, '/');
			expect(home.status, `after ${target}`).toBe(200);
			expect(home.body).toContain('home page');
		}
	});

	test('answers 405 with Allow to methods other than GET and HEAD, without the file', async () => {
		for (const method of ['PUT', 'DELETE', 'TRACE', 'POST', 'OPTIONS', 'PATCH']) {
			const response = await get(port, '/note.txt', method);
			expect(response.status, method).toBe(405);
			expect(response.headers['allow'], method).toBe('GET, HEAD');
			expect(response.body, method).not.toContain('a note inside the site');
		}
		const head = await get(port, '/note.txt', 'HEAD');
		expect(head.status).toBe(200);
		expect(head.headers['content-length']).toBe(String('a note inside the site'.length));
		expect(head.body).toBe('');
	});

	test('serves nothing outside its folder: sibling folders, dot segments, symlinks', async () => {
		const probes = [
			'/..%2fdist-old/secret.txt',
			'/..%2fdist.bak',
			'/%2e%2e%2fdist-old%2fsecret.txt',
			'/../dist-old/secret.txt',
			'/..%2f..%2f..%2f..%2fetc%2fhostname',
			'/linked-file.txt',
			'/linked-dir/secret.txt',
			'/linked-dir/',
			'/linked-dir',
		];
		for (const target of probes) {
			const response = await get(port, target);
			expect(response.status, target).toBe(404);
			expect(response.body, target).not.toContain('SECRET');
			expect(response.body, target).toContain('site 404 page');
		}
		// A symlink that stays inside the folder is an ordinary file.
		const inner = await get(port, '/inner-link.txt');
		expect(inner.status).toBe(200);
		expect(inner.body).toBe('a note inside the site');
	});

	test('does not serve the host configuration files', async () => {
		for (const target of ['/_headers', '/_redirects', '/%5fheaders', '/./_headers']) {
			const response = await get(port, target);
			expect(response.status, target).toBe(404);
			expect(response.body, target).not.toContain('X-Site-Version');
		}
		// …but applies _headers.
		expect((await get(port, '/overview/')).headers['x-site-version']).toBe('1');
	});

	test('redirects a folder to its trailing-slash form and answers unknown paths with the 404 page', async () => {
		const folder = await get(port, '/overview?x=1');
		expect(folder.status).toBe(301);
		expect(folder.headers['location']).toBe('/overview/?x=1');
		const missing = await get(port, '/no-such-page/');
		expect(missing.status).toBe(404);
		expect(missing.body).toContain('site 404 page');
	});
});

/** GET over a fresh connection; resolves with the status and whether the body matched its Content-Length. */
function fetchOnce(port: number, path: string): Promise<{ status: number; complete: boolean; headers: Record<string, unknown> } | { error: string }> {
	return new Promise((done) => {
		const req = httpRequest({ host: '127.0.0.1', port, path, agent: false, timeout: 10_000 }, (response) => {
			let length = 0;
			response.on('data', (chunk: Buffer) => (length += chunk.length));
			response.on('end', () => {
				const declared = Number(response.headers['content-length'] ?? -1);
				done({ status: response.statusCode ?? 0, complete: declared === -1 || declared === length, headers: response.headers });
			});
			response.on('error', (error) => done({ error: error.message }));
			response.on('aborted', () => done({ error: 'aborted' }));
		});
		req.on('timeout', () => req.destroy(new Error('timed out: the response hung')));
		req.on('error', (error) => done({ error: error.message }));
		req.end();
	});
}

test('a rebuild under load: files deleted, rewritten and the folder swapped while requests fly', async () => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-serve-load-'));
	const port = BASE_PORT + 1;
	const FILES = 40;
	const write = (folder: string, version: number) => {
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, '_headers'), `/*\n  X-Site-Version: ${version}\n`);
		writeFileSync(join(folder, 'index.html'), `<p>version ${version}</p>`);
		for (let i = 0; i < FILES; i++) writeFileSync(join(folder, `file-${i}.txt`), `${version}`.repeat(20_000 + i * 500));
	};
	const dist = join(dir, 'dist');
	write(dist, 1);
	const server = await serve(dist, port);
	try {
		let churning = true;
		const churn = (async () => {
			let version = 1;
			while (churning) {
				// Delete and rewrite files in place (a stat that found them is stale by the read)…
				for (let i = 0; i < FILES; i++) {
					const file = join(dist, `file-${i}.txt`);
					if (i % 2) unlinkSync(file);
					else writeFileSync(file, 'x'.repeat(1_000 + ((i * version) % 7) * 10_000));
				}
				await new Promise((r) => setImmediate(r));
				// …then swap in a whole new folder by rename, as an atomic deploy does.
				version += 1;
				write(join(dir, 'next'), version);
				renameSync(dist, join(dir, `old-${version}`));
				renameSync(join(dir, 'next'), dist);
				rmSync(join(dir, `old-${version}`), { recursive: true, force: true });
				await new Promise((r) => setTimeout(r, 5));
			}
			return version;
		})();

		const REQUESTS = 2_000;
		const IN_FLIGHT = 50;
		let next = 0;
		const results: Awaited<ReturnType<typeof fetchOnce>>[] = [];
		await Promise.all(
			Array.from({ length: IN_FLIGHT }, async () => {
				while (next < REQUESTS) {
					const i = next++;
					results.push(await fetchOnce(port, i % 10 === 0 ? '/' : `/file-${i % FILES}.txt`));
				}
			}),
		);
		churning = false;
		const lastVersion = await churn;

		const summary: Record<string, number> = {};
		for (const r of results) {
			const key = 'error' in r ? r.error : String(r.status);
			summary[key] = (summary[key] ?? 0) + 1;
		}
		expect(server.child.exitCode, server.output()).toBeNull();
		const hung = results.filter((r) => 'error' in r && /timed out/.test(r.error));
		expect(hung, 'responses that hung').toEqual([]);
		const statuses = new Set(results.flatMap((r) => ('status' in r ? [r.status] : [])));
		expect([...statuses].filter((s) => ![200, 404, 503].includes(s)), 'unexpected statuses').toEqual([]);
		const incomplete = results.filter((r) => 'status' in r && r.status === 200 && !r.complete);
		expect(incomplete, 'bodies shorter or longer than their Content-Length').toEqual([]);
		// A response may be cut when its file changes mid-read (the connection closes), but most must succeed.
		expect(summary['200'] ?? 0, JSON.stringify(summary)).toBeGreaterThan(REQUESTS / 2);

		// The server is alive and serves the last site with that site's _headers.
		const home = await fetchOnce(port, '/');
		expect(home).toMatchObject({ status: 200, complete: true });
		expect('headers' in home && home.headers['x-site-version']).toBe(String(lastVersion));
		expect(server.child.exitCode, server.output()).toBeNull();
	} finally {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a busy port and a missing folder stop the command line with one clear line', async () => {
	const site = makeSite();
	const port = BASE_PORT + 2;
	const first = await serve(site.dist, port);
	try {
		const busy = await serveUntilExit([site.dist, '--port', String(port)]);
		expect(busy.code).toBe(1);
		expect(busy.stderr.trim()).toBe(`serve: port ${port} is in use: stop the other server or pass --port <number>.`);
		const missing = await serveUntilExit([join(site.dir, 'no-such-folder'), '--port', String(port + 1)]);
		expect(missing.code).toBe(1);
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		expect(missing.stderr).toContain(`No folder to serve at ${join(site.dir, 'no-such-folder')}`);
	} finally {
		await first.stop();
		site.cleanup();
	}
});
