import { describe, expect, it } from 'vitest';
import { matchesTerm, rankSections, stem, type Section } from './sections';

const content = 'What the examples build a model . Defining the model with layers model . Saving and loading the model state_dict save load';
const words = content.split(/\s+/);
const at = (...picked: string[]) => picked.map((word) => words.indexOf(word));
const section = (title: string, locations: number[]): Section => ({ title, hits: locations.map((at) => words[at] ?? '') });

describe('stem and matchesTerm', () => {
	it.each([
		['saving', 'sav'],
		['save', 'sav'],
		['loading', 'load'],
		['models', 'model'],
		['GPUs', 'gpu'],
		['tf.data', 'tf.data'],
	])('%s → %s', (word, stemmed) => expect(stem(word)).toBe(stemmed));

	it('matches a word to a term by stem or by prefix, like Pagefind', () => {
		expect(matchesTerm('Saving', 'save')).toBe(true);
		expect(matchesTerm('loading', 'load')).toBe(true);
		expect(matchesTerm('DataLoader', 'data')).toBe(true);
		expect(matchesTerm('model', 'save')).toBe(false);
	});
});

describe('rankSections', () => {
	const first = section('What the examples build', at('model'));
	const second = section('Defining the model', at('layers'));
	const saving = section('Saving and loading', at('save', 'load', 'state_dict'));

	it('puts the section holding the most query terms first, not the first heading', () => {
		const ranked = rankSections([first, second, saving], ['save', 'load', 'model']);
		expect(ranked.map((s) => s.title)).toEqual(['Saving and loading', 'Defining the model', 'What the examples build']);
	});

	it('counts terms in the heading as well as in the text', () => {
		const ranked = rankSections([first, second], ['defining']);
		expect(ranked[0]?.title).toBe('Defining the model');
	});

	it('keeps page order among equals', () => {
		const a = section('A', [0]);
		const b = section('B', [0]);
		expect(rankSections([a, b], ['what']).map((s) => s.title)).toEqual(['A', 'B']);
	});

	it('returns nothing for no sections', () => expect(rankSections([], ['model'])).toEqual([]));
});
