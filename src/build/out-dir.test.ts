import { describe, expect, it } from 'vitest';
import { canStage } from './out-dir';

describe('canStage', () => {
	const root = '/work/site';
	const cache = '/work/site/node_modules/.astro';
	it('stages an ordinary output folder', () => {
		expect(canStage('/work/site/dist', root, cache)).toBe(true);
		expect(canStage('/tmp/out', root, cache)).toBe(true);
		expect(canStage('/work/site/dist-other', root, '/work/site/dist')).toBe(true);
	});
	it('never stages the project or a folder around it', () => {
		expect(canStage('/work/site', root, cache)).toBe(false);
		expect(canStage('/work', root, cache)).toBe(false);
		expect(canStage('/', root, cache)).toBe(false);
	});
	it('never stages a folder that holds the cache, or one inside it', () => {
		expect(canStage('/tmp/out', root, '/tmp/out/cache')).toBe(false);
		expect(canStage('/tmp/cache/dist', root, '/tmp/cache')).toBe(false);
		expect(canStage('/tmp/cache', root, '/tmp/cache')).toBe(false);
	});
});
