import { describe, expect, it } from 'vitest';
import { nextGroupId, nextTabIndex, splitTabPanels, tabMarker, tabValue, withSearchParam } from './tabs';

describe('nextTabIndex', () => {
	it.each([
		['ArrowRight', 0, 3, 1],
		['ArrowRight', 2, 3, 0],
		['ArrowLeft', 0, 3, 2],
		['ArrowLeft', 2, 3, 1],
		['Home', 2, 3, 0],
		['End', 0, 3, 2],
		['Enter', 0, 3, null],
		['ArrowDown', 0, 3, null],
		['ArrowRight', 0, 0, null],
	])('%s from %i of %i -> %j', (key, current, count, expected) => expect(nextTabIndex(key, current, count)).toBe(expected));
});

describe('tabValue', () => {
	it.each([
		['PyTorch', 'pytorch'],
		['Windows (WSL2)', 'windows-wsl2'],
		['Apple silicon', 'apple-silicon'],
		['  macOS ', 'macos'],
	])('%s -> %s', (label, expected) => expect(tabValue(label)).toBe(expected));
});

describe('splitTabPanels', () => {
	it('splits rendered <Tab> children at their markers', () => {
		const html = `\n${tabMarker('Linux')}<p>apt</p>\n${tabMarker('Windows (WSL2)')}<p>wsl --install</p>`;
		expect(splitTabPanels(html)).toEqual([
			{ label: 'Linux', html: '<p>apt</p>' },
			{ label: 'Windows (WSL2)', html: '<p>wsl --install</p>' },
		]);
	});
	it('keeps labels with characters that would end an HTML comment', () => {
		expect(splitTabPanels(`${tabMarker('a --> b')}x`)).toEqual([{ label: 'a --> b', html: 'x' }]);
	});
	it('returns nothing for content without tabs', () => expect(splitTabPanels('<p>no tabs</p>')).toEqual([]));
	it('carries an explicit value', () => {
		expect(splitTabPanels(`${tabMarker('Windows (WSL2)', 'wsl2')}x`)).toEqual([{ label: 'Windows (WSL2)', value: 'wsl2', html: 'x' }]);
	});
});

describe('withSearchParam', () => {
	it('adds or replaces one parameter and keeps the others', () => {
		expect(withSearchParam('', 'framework', 'tensorflow')).toBe('?framework=tensorflow');
		expect(withSearchParam('?q=tf.function&framework=pytorch', 'framework', 'both')).toBe('?q=tf.function&framework=both');
	});
});

describe('nextGroupId', () => {
	it('counts per page (per locals object)', () => {
		const page1 = {};
		const page2 = {};
		expect([nextGroupId(page1), nextGroupId(page1), nextGroupId(page2)]).toEqual(['tabs-1', 'tabs-2', 'tabs-1']);
	});
});
