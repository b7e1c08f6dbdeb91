import { describe, expect, it } from 'vitest';
import { excerptStart, resultData, resultUrl, Words, type Fragment } from './search-result';

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('Words', () => {
	it('numbers words as Pagefind does: the text split on runs of whitespace', () => {
		const content = 'Tensors  move\n\tbetween devices\u00a0fast.';
		const words = new Words(content, 100);
		const expected = content.split(/[^\S\uFEFF]+/);
		expect(words.count).toBe(expected.length);
		expected.forEach((word, i) => expect(words.at(i)).toBe(word));
	});

	it('does not split on U+FEFF, like Pagefind', () => {
		expect(new Words('a\uFEFFb c', 10).at(0)).toBe('a\uFEFFb');
	});

	it('stops after the last word asked for', () => {
		const words = new Words('a b c d e f', 2);
		expect(words.count).toBe(3);
		expect(words.at(3)).toBe('');
	});

	it('gives an empty string outside the text, never throws', () => {
		const words = new Words('', 5);
		expect(words.at(0)).toBe('');
		expect(words.at(-1)).toBe('');
		expect(words.at(99)).toBe('');
	});
});

describe('excerptStart', () => {
	it('starts where the text starts when there is nothing to place', () => expect(excerptStart([], 10)).toBe(0));

	it('centres the densest group of matches in the window', () => {
		// One stray match at 3, a cluster at 100-104: the window holds the cluster, centred (5 words of 11 → 3 before).
		expect(excerptStart([3, 100, 102, 104], 11)).toBe(97);
	});

	it('stays inside the range it is given', () => {
		expect(excerptStart([2], 10, 0)).toBe(0);
		expect(excerptStart([48], 10, 40, 50)).toBe(40);
	});

	it('places 18,000 matches without walking the page', () => {
		const hits = Array.from({ length: 18_000 }, (_, i) => i * 18 + 11);
		const start = excerptStart(hits, 24);
		expect(start).toBeGreaterThanOrEqual(0);
		expect(hits.some((h) => h >= start && h < start + 24)).toBe(true);
	});
});

describe('resultUrl', () => {
	it('adds one highlight parameter per term, under the base', () => {
		expect(resultUrl('/', '/overview/', ['torch', 'compile'])).toBe('/overview/?highlight=torch&highlight=compile');
		expect(resultUrl('/docs/', '/overview/', ['x'])).toBe('/docs/overview/?highlight=x');
	});

	it('adds a section anchor, escaped', () => {
		expect(resultUrl('/', '/overview/', ['x'], 'who maintains')).toBe('/overview/?highlight=x#who%20maintains');
	});

	it('escapes what a term holds', () => {
		expect(resultUrl('/', '/a/', ['<b>&'])).toBe('/a/?highlight=%3Cb%3E%26');
	});
});

describe('resultData', () => {
	const fragment: Fragment = {
		url: '/code-examples/',
		content: 'Code examples. Intro text about models. Saving. Save the model with torch.save and load it back. Training. The loop trains the model.',
		meta: { title: 'Code examples', topic: 'Practice' },
		anchors: [
			{ element: 'h2', id: 'saving', text: 'Saving', location: 6 },
			{ element: 'h2', id: 'training', text: 'Training', location: 16 },
			{ element: 'div', id: 'not-a-heading', text: 'ignored', location: 10 },
			{ element: 'h3', id: 'empty', text: '  ', location: 12 },
		],
	};
	const words = fragment.content.split(/\s+/);
	const at = (word: string) => words.indexOf(word);

	it('gives the title, topic and address with the highlight parameters', () => {
		const result = resultData(fragment, [at('model')], ['model'], '/', 24);
		expect(result.title).toBe('Code examples');
		expect(result.topic).toBe('Practice');
		expect(result.url).toBe('/code-examples/?highlight=model');
	});

	it('marks the matched words in the excerpt, as text', () => {
		const result = resultData(fragment, [at('torch.save')], ['torch.save'], '/', 5);
		expect(text(result.excerpt)).toBe('model with [torch.save] and load');
	});

	it('lists each heading section holding a match, in page order, with its own excerpt and words', () => {
		const hits = [at('model'), at('model.')];
		const result = resultData(fragment, hits, ['model'], '/', 4);
		expect(result.sections.map((s) => [s.title, s.url])).toEqual([
			['Saving', '/code-examples/?highlight=model#saving'],
			['Training', '/code-examples/?highlight=model#training'],
		]);
		expect(result.sections.map((s) => s.hits)).toEqual([['model'], ['model.']]);
		// A section's excerpt stays inside it: the Training section's does not reach back into Saving.
		expect(text(result.sections[0]?.excerpt ?? [])).toBe('the [model] with torch.save');
		// At the end of the text the window ends with it, still inside the section.
		expect(text(result.sections[1]?.excerpt ?? [])).toBe('loop trains the [model.]');
	});

	it('skips anchors that are not headings with text, and sections without matches', () => {
		const result = resultData(fragment, [at('loop')], ['loop'], '/', 4);
		expect(result.sections.map((s) => s.title)).toEqual(['Training']);
	});

	it('handles a page with no matches, no anchors or no text', () => {
		expect(text(resultData({ url: '/a/', content: 'one two three', meta: {} }, [], ['x'], '/', 2).excerpt)).toBe('one two');
		const empty = resultData({ url: '/a/', content: '', meta: {} }, [0], ['x'], '/');
		expect(empty.excerpt).toEqual([]);
		expect(empty.title).toBe('/a/');
	});

	it('keeps markup in the text as text: nothing is parsed as HTML', () => {
		const result = resultData({ url: '/a/', content: 'use <img src=x onerror=alert(1)> and &#99999999; here', meta: { title: 'A' } }, [5], ['&#99999999;'], '/', 10);
		expect(text(result.excerpt)).toBe('use <img src=x onerror=alert(1)> and [&#99999999;] here');
	});

	it('ends the window with a page shorter than it', () => {
		const result = resultData({ url: '/a/', content: 'a b c d e', meta: {} }, [4], ['e'], '/', 24);
		expect(text(result.excerpt)).toBe('a b c d [e]');
	});

	it('on a 2 MB page with 18,000 matches, marks the matches in the excerpt and makes no sections without headings', () => {
		const paragraph = 'Tensors move between devices while the training loop runs, and the zqxbulk optimizer updates every parameter in place. ';
		const content = paragraph.repeat(18_000);
		const per = paragraph.trim().split(/\s+/).length;
		const hits = Array.from({ length: 18_000 }, (_, i) => i * per + 11);
		// (How long it takes is measured by `npm run bench`, not here.)
		const result = resultData({ url: '/huge/', content, meta: { title: 'Huge' } }, hits, ['zqxbulk'], '/', 24);
		expect(result.excerpt.filter((p) => p.mark).map((p) => p.text)).toContain('zqxbulk');
		expect(result.sections).toEqual([]);
	});
});
