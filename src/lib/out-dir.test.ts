import { describe, expect, it } from 'vitest';
import { canMoveAside } from './out-dir';

describe('canMoveAside', () => {
	const root = '/work/site';
	const cache = '/work/site/node_modules/.astro';
	it('moves an ordinary output folder', () => {
		expect(canMoveAside('/work/site/dist', root, cache)).toBe(true);
		expect(canMoveAside('/tmp/out', root, cache)).toBe(true);
		expect(canMoveAside('/work/site/dist-other', root, '/work/site/dist')).toBe(true);
	});
	it('never moves the project or a folder around it', () => {
		expect(canMoveAside('/work/site', root, cache)).toBe(false);
		expect(canMoveAside('/work', root, cache)).toBe(false);
		expect(canMoveAside('/', root, cache)).toBe(false);
	});
	it('never moves a folder that holds the cache, or one inside it', () => {
		expect(canMoveAside('/tmp/out', root, '/tmp/out/cache')).toBe(false);
		expect(canMoveAside('/tmp/cache/dist', root, '/tmp/cache')).toBe(false);
		expect(canMoveAside('/tmp/cache', root, '/tmp/cache')).toBe(false);
	});
});
