import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildCacheDir, cachedFile, pruneCache, storeDir, UNUSED_DAYS } from './file-cache';

describe('cachedFile', () => {
	const dir = mkdtempSync(join(tmpdir(), 'file-cache-test-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('makes the file once, in a folder it creates, and reads it afterwards', async () => {
		const create = vi.fn(() => 'made');
		const file = join(dir, 'sub', 'a.txt');
		expect((await cachedFile(file, create)).toString()).toBe('made');
		expect((await cachedFile(file, () => 'made again')).toString()).toBe('made');
		expect(create).toHaveBeenCalledTimes(1);
		expect(readdirSync(join(dir, 'sub'))).toEqual(['a.txt']);
	});

	it('keeps bytes as they are', async () => {
		const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]);
		expect([...(await cachedFile(join(dir, 'b.png'), async () => bytes))]).toEqual([...bytes]);
		expect([...(await cachedFile(join(dir, 'b.png'), () => new Uint8Array()))]).toEqual([...bytes]);
	});
});

describe('buildCacheDir', () => {
	it('is ASTRO_CACHE_DIR when set, node_modules/.astro otherwise', () => {
		vi.stubEnv('ASTRO_CACHE_DIR', '/tmp/elsewhere');
		expect(buildCacheDir()).toBe('/tmp/elsewhere');
		vi.unstubAllEnvs();
		const saved = process.env.ASTRO_CACHE_DIR;
		delete process.env.ASTRO_CACHE_DIR;
		expect(buildCacheDir()).toBe(resolve('node_modules', '.astro'));
		if (saved !== undefined) process.env.ASTRO_CACHE_DIR = saved;
	});
});

describe('the stores and pruneCache', () => {
	const day = 86_400_000;
	const setups = { highlight: 'h1', mdx: 'm1', og: 'o1' } as const;
	const put = (file: string, ageDays: number, now: number) => {
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, 'x'.repeat(10));
		const time = new Date(now - ageDays * day);
		utimesSync(file, time, time);
	};

	it('names a folder per store and fingerprint, safe as a file name', () => {
		expect(storeDir('/c', 'mdx', 'ab+/c=d')).toBe(join('/c', 'field-guide', 'mdx', 'abcd'));
		expect(storeDir('/c', 'og', 'x')).not.toBe(storeDir('/c', 'og', 'y'));
	});

	it("removes other fingerprints' folders, the old layout and entries unused for days; keeps the rest", () => {
		const dir = mkdtempSync(join(tmpdir(), 'prune-test-'));
		const now = Date.now();
		const fresh = join(storeDir(dir, 'highlight', 'h1'), 'fresh.html');
		const stale = join(storeDir(dir, 'highlight', 'h1'), 'stale.html');
		const oldSetup = join(storeDir(dir, 'highlight', 'h0'), 'a.html');
		const legacy = join(dir, 'field-guide-mdx', 'b.json');
		const astroOwn = join(dir, 'incremental-build.json');
		put(fresh, UNUSED_DAYS - 1, now);
		put(stale, UNUSED_DAYS + 1, now);
		put(oldSetup, 0, now);
		put(legacy, 0, now);
		put(astroOwn, 100, now);
		expect(pruneCache(dir, setups, { now })).toEqual({ folders: 2, files: 1, bytes: 30 });
		expect([fresh, stale, oldSetup, legacy, astroOwn].map((f) => existsSync(f))).toEqual([true, false, false, false, true]);
		expect(pruneCache(dir, setups, { now })).toEqual({ folders: 0, files: 0, bytes: 0 });
		rmSync(dir, { recursive: true, force: true });
	});

	it('a read marks an entry as used', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'touch-test-'));
		const file = join(dir, 'a.txt');
		put(file, UNUSED_DAYS + 5, Date.now());
		await cachedFile(file, () => 'unused');
		expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(60_000);
		rmSync(dir, { recursive: true, force: true });
	});

	it('copes with an empty or missing cache folder', () => {
		expect(pruneCache(join(tmpdir(), 'no-such-cache-folder'), setups)).toEqual({ folders: 0, files: 0, bytes: 0 });
	});
});
