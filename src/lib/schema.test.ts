import { describe, expect, it } from 'vitest';
import { articleSchema } from './schema';

const valid = {
	title: 'Debugging',
	description: 'How to debug eager and compiled code in PyTorch and TensorFlow, with the tools of 2026.',
	topic: 'development',
	order: 5,
	updated: '2026-11-25',
	tags: ['debugging', 'pdb'],
	sources: [
		{ title: 'PyTorch docs', url: 'https://docs.pytorch.org/docs/stable/torch.compiler_troubleshooting.html' },
		{ title: 'TensorFlow guide', url: 'https://www.tensorflow.org/guide/function' },
	],
};

const issues = (data: unknown) => {
	const result = articleSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
};

describe('article frontmatter', () => {
	it('accepts a complete article', () => expect(issues(valid)).toEqual([]));
	it('accepts a decimal order', () => expect(issues({ ...valid, order: 2.5 })).toEqual([]));
	it('coerces the date', () => expect(articleSchema.parse(valid).updated).toEqual(new Date('2026-11-25')));
	it.each([
		[{ ...valid, topic: 'misc' }, 'topic: invalid_value'],
		[{ ...valid, title: undefined }, 'title: invalid_type'],
		[{ ...valid, colour: 'blue' }, ': unrecognized_keys'],
		[{ ...valid, updated: 'yesterday' }, 'updated: invalid_type'],
		[{ ...valid, tags: ['Torch Compile'] }, 'tags.0: invalid_format'],
		[{ ...valid, sources: [valid.sources[0]] }, 'sources: too_small'],
		[{ ...valid, sources: [valid.sources[0], { title: 'x', url: 'http://insecure.example' }] }, 'sources.1.url: invalid_format'],
		[{ ...valid, order: 0 }, 'order: too_small'],
		[{ ...valid, order: '2' }, 'order: invalid_type'],
		[{ ...valid, title: 'A title that is far too long to fit in a search result listing' }, 'title: too_big'],
		[{ ...valid, redirectFrom: ['Old Name'] }, 'redirectFrom.0: invalid_format'],
	])('rejects %#', (data, expected) => expect(issues(data)).toContain(expected));

	const messages = (data: unknown) => {
		const result = articleSchema.safeParse(data);
		return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};
	it.each([['30/11/2026'], ['2026-13-01'], ['yesterday']])('says to use YYYY-MM-DD for updated: %s', (updated) => {
		expect(messages({ ...valid, updated })).toEqual([expect.stringMatching(/^updated: .*use YYYY-MM-DD/)]);
	});
	it('accepts a date YAML already read as a date', () => expect(articleSchema.parse({ ...valid, updated: new Date('2026-11-30') }).updated).toEqual(new Date('2026-11-30')));
	it('accepts old slugs to redirect from', () => expect(issues({ ...valid, redirectFrom: ['old-name', 'guides/old'] })).toEqual([]));
	it('accepts up to 8 search keywords', () => expect(issues({ ...valid, keywords: ['NaN loss', 'breakpoints', 'a', 'b', 'c', 'd', 'e', 'f'].map((k) => k.padEnd(2, 'x')) })).toEqual([]));
	it('fails a ninth keyword, saying why', () => {
		expect(messages({ ...valid, keywords: Array.from({ length: 9 }, (_, i) => `phrase ${i}`) })).toEqual([expect.stringMatching(/^keywords: at most 8 keywords/)]);
	});
	it('fails a keyword with a comma, naming it', () => {
		expect(messages({ ...valid, keywords: ['ok', 'NaN, loss'] })).toEqual([expect.stringMatching(/^keywords\.1: a keyword holds no comma or colon/)]);
	});

	const scaffolded = { ...valid, description: 'TODO: one or two sentences, 50 to 200 characters, for search results.', sources: [{ title: 'TODO', url: 'https://example.invalid/first-source' }, valid.sources[1]] };
	it('lets a draft keep the placeholders of `npm run new`', () => expect(issues({ ...scaffolded, draft: true })).toEqual([]));
	it('fails a published article that still has them, naming the field', () => {
		expect(messages(scaffolded)).toEqual([expect.stringMatching(/^sources\.0\.url: sources\[0\] is still the placeholder from `npm run new`/), expect.stringMatching(/^description: description is still the placeholder/)]);
	});
});
