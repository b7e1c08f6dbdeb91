import { describe, expect, it } from 'vitest';
import { fragmentId, highlightTerms, matchRanges, moveActive, normalizeQuery } from './search';
import { opensSearch } from './search-keys';

describe('fragmentId', () => {
	it.each([
		['#install', 'install'],
		['#a%20b', 'a b'],
		['#%E0%A4%A', '%E0%A4%A'],
		['#%', '%'],
		['', ''],
	])('%j -> %j', (hash, expected) => expect(fragmentId(hash)).toBe(expected));
});

describe('opensSearch', () => {
	const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; typing: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });
	it.each([
		[press('k', { ctrlKey: true }), true],
		[press('K', { metaKey: true }), true],
		[press('k', { ctrlKey: true, typing: true }), true],
		[press('/'), true],
		[press('/', { typing: true }), false],
		[press('k'), false],
		[press('k', { ctrlKey: true, altKey: true }), false],
		[press('/', { ctrlKey: true }), false],
	])('%j -> %s', ({ typing, ...p }, expected) => expect(opensSearch(p, typing)).toBe(expected));
});

describe('moveActive', () => {
	it.each([
		['ArrowDown', -1, 3, 0],
		['ArrowDown', 2, 3, 0],
		['ArrowUp', -1, 3, 2],
		['ArrowUp', 0, 3, 2],
		['ArrowUp', 2, 3, 1],
		['Enter', 1, 3, null],
		['ArrowDown', -1, 0, null],
	])('%s from %i of %i -> %j', (key, current, count, expected) => expect(moveActive(key, current, count)).toBe(expected));
});

describe('normalizeQuery', () => {
	it('removes control characters, collapses spaces, caps the length', () => {
		expect(normalizeQuery(' tf.\u0000function\n\t x ')).toBe('tf. function x');
		expect(normalizeQuery('a'.repeat(500))).toHaveLength(200);
	});
});

describe('highlightTerms and matchRanges', () => {
	it('reads highlight parameters', () => expect(highlightTerms('?highlight=GradientTape&highlight=tf.function%20x')).toEqual(['gradienttape', 'tf.function']));
	it('finds terms at word starts, case-insensitively, without overlaps', () => {
		expect(matchRanges('Use tf.function; tf.functions too. notf.function', ['tf.function', 'tf'])).toEqual([
			[4, 15],
			[17, 28],
		]);
	});
});
