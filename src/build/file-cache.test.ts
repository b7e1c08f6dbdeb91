import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildCacheDir, cachedFile } from './file-cache';

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
