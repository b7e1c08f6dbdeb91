import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../data/decision';
import { answersToSearch, parseAnswers, recommend, type ScoredCriterion } from './decision';
import { codeBlocks } from '../../e2e/content-checks/checks';

const criteria: ScoredCriterion[] = [
	{ id: 'deploy', weight: 2, options: [{ id: 'not-sure', score: { pytorch: 0, tensorflow: 0 } }, { id: 'browser', score: { pytorch: 0, tensorflow: 2 } }] },
	{ id: 'team', weight: 1, options: [{ id: 'neither', score: { pytorch: 0, tensorflow: 0 } }, { id: 'pytorch', score: { pytorch: 2, tensorflow: 0 } }] },
];

describe('decision scoring', () => {
	it('starts from the defaults', () => {
		const answers = parseAnswers('', criteria);
		expect(answers).toEqual({ choice: { deploy: 'not-sure', team: 'neither' }, weight: { deploy: 2, team: 1 } });
		expect(recommend(answers, criteria)).toEqual({ verdict: 'either', pytorch: 0, tensorflow: 0, contributions: [] });
	});
	it('weights each answer and explains the contributions, largest first', () => {
		const answers = parseAnswers('?deploy=browser&team=pytorch&team.weight=3', criteria);
		expect(recommend(answers, criteria)).toEqual({
			verdict: 'pytorch',
			pytorch: 6,
			tensorflow: 4,
			contributions: [
				{ criterion: 'team', option: 'pytorch', weight: 3, pytorch: 6, tensorflow: 0 },
				{ criterion: 'deploy', option: 'browser', weight: 2, pytorch: 0, tensorflow: 4 },
			],
		});
	});
	it('changes its answer when the answers change', () => {
		expect(recommend(parseAnswers('?deploy=browser', criteria), criteria).verdict).toBe('tensorflow');
		expect(recommend(parseAnswers('?deploy=browser&deploy.weight=0', criteria), criteria).verdict).toBe('either');
	});
	it('ignores unknown answers and out-of-range weights', () => {
		expect(parseAnswers('?deploy=fax&team.weight=9&team=<script>', criteria)).toEqual(parseAnswers('', criteria));
	});
	it('round-trips through the URL, leaving defaults out', () => {
		const answers = parseAnswers('?team=pytorch&deploy.weight=0', criteria);
		expect(answersToSearch(answers, criteria)).toBe('?deploy.weight=0&team=pytorch');
		expect(parseAnswers(answersToSearch(answers, criteria), criteria)).toEqual(answers);
		expect(answersToSearch(parseAnswers('', criteria), criteria)).toBe('');
	});
});

/** Heading ids of an article, as the Markdown pipeline generates them (GitHub-style slugs). */
function headingIds(slug: string): Set<string> {
	const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', `${slug}.mdx`), 'utf8');
	const inCode = new Set(codeBlocks(source).flatMap((b) => b.code.split('\n')));
	const slugger = new GithubSlugger();
	return new Set(
		source
			.split('\n')
			.filter((line) => /^#{2,3} /.test(line) && !inCode.has(line))
			.map((line) => slugger.slug(line.replace(/^#+ /, '').replace(/`/g, ''))),
	);
}

describe('decision data', () => {
	it('has unique criterion ids and option ids, a neutral default, scores and weights in range', () => {
		expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(CRITERIA.length);
		expect(CRITERIA.length).toBeGreaterThanOrEqual(7);
		for (const criterion of CRITERIA) {
			expect(new Set(criterion.options.map((o) => o.id)).size, criterion.id).toBe(criterion.options.length);
			expect(criterion.options[0]?.score, criterion.id).toEqual({ pytorch: 0, tensorflow: 0 });
			expect(criterion.weight).toBeGreaterThanOrEqual(0);
			expect(criterion.weight).toBeLessThanOrEqual(3);
			for (const option of criterion.options) {
				for (const value of [option.score.pytorch, option.score.tensorflow]) expect(Math.abs(value)).toBeLessThanOrEqual(2);
			}
		}
	});
	it.each(CRITERIA.flatMap((c) => c.options.map((o) => [`${c.id}=${o.id}`, o] as const)))('%s links to an existing article heading and cites a source', (_id, option) => {
		expect(headingIds(option.link.slug)).toContain(option.link.heading);
		expect(option.source.url).toMatch(/^https:\/\//);
		expect(option.source.title.length).toBeGreaterThan(3);
		expect(option.because.length).toBeGreaterThan(20);
	});
});
