import { describe, expect, it } from 'vitest';
import { answers, describeMiss, formatSummary, outcome, summarize } from './question-score';

const plain = { q: 'train on multiple GPUs', expect: ['distributed-training'] };
const withSection = { q: 'save and load a model', expect: ['code-examples'], section: 'Saving and loading' };

describe('answers', () => {
	it('needs an expected article', () => {
		expect(answers(plain, { slug: 'distributed-training', sections: [] })).toBe(true);
		expect(answers(plain, { slug: 'overview', sections: [] })).toBe(false);
	});
	it('needs the wanted section listed under it, when there is one', () => {
		expect(answers(withSection, { slug: 'code-examples', sections: ['Defining the model'] })).toBe(false);
		expect(answers(withSection, { slug: 'code-examples', sections: ['Defining the model', 'Saving and loading'] })).toBe(true);
	});
});

describe('summarize', () => {
	const outcomes = [
		outcome(plain, [{ slug: 'distributed-training', sections: [] }]),
		outcome(plain, [{ slug: 'overview', sections: [] }, { slug: 'api-map', sections: [] }, { slug: 'distributed-training', sections: [] }]),
		outcome(plain, [{ slug: 'overview', sections: ['Key terms'] }]),
		outcome(withSection, []),
	];

	it('gives the rank of the first answer, 0 when none', () => expect(outcomes.map((o) => o.rank)).toEqual([1, 3, 0, 0]));

	it('computes top-1 and top-3 shares and lists every miss', () => {
		const summary = summarize(outcomes);
		expect(summary).toMatchObject({ total: 4, top1: 0.25, top3: 0.5 });
		expect(summary.misses).toHaveLength(3);
		expect(formatSummary(summary)).toBe('top-1 25 % (1/4), top-3 50 % (2/4)');
	});

	it('says what came first instead', () => {
		expect(describeMiss(outcomes[2]!)).toBe('“train on multiple GPUs”: wanted distributed-training, not in the results shown; first: overview [Key terms]');
		expect(describeMiss(outcomes[3]!)).toBe('“save and load a model”: wanted code-examples (section “Saving and loading”), not in the results shown; first: nothing');
		expect(describeMiss(outcomes[1]!)).toMatch(/got #3; first: overview, api-map, distributed-training$/);
	});

	it('is zero, not NaN, for no questions', () => expect(summarize([])).toMatchObject({ total: 0, top1: 0, top3: 0 }));
});
