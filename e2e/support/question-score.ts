/**
 * Scores the committed reader questions (e2e/search-questions.ts) against what
 * search returned: the share answered by the first result (top-1) and within
 * the first three (top-3), and a line per miss saying what came first instead.
 * Used by e2e/search-questions.spec.ts and `npm run bench`. Pure.
 */

/** A question as scored here: what the reader typed, the articles that answer it, and the section they want, if one. */
export interface ScoredQuestion {
	q: string;
	expect: readonly string[];
	section?: string;
}

/** One result as the reader sees it: the article's slug and the titles of the sections listed under it. */
export interface ShownResult {
	slug: string;
	sections: string[];
}

/** How one question fared. */
export interface Outcome {
	question: ScoredQuestion;
	results: ShownResult[];
	/** Rank (1-based) of the first result that answers it; 0 when none of those shown does. */
	rank: number;
}

/** Does this result answer the question: an expected article, listing the wanted section if there is one? */
export function answers(question: ScoredQuestion, result: ShownResult): boolean {
	if (!question.expect.includes(result.slug)) return false;
	return question.section === undefined || result.sections.includes(question.section);
}

export function outcome(question: ScoredQuestion, results: ShownResult[]): Outcome {
	const index = results.findIndex((result) => answers(question, result));
	return { question, results, rank: index + 1 };
}

export interface Summary {
	total: number;
	top1: number;
	top3: number;
	/** Questions not answered first. */
	misses: Outcome[];
}

export function summarize(outcomes: readonly Outcome[]): Summary {
	const total = outcomes.length;
	const share = (n: number) => (total === 0 ? 0 : n / total);
	return {
		total,
		top1: share(outcomes.filter((o) => o.rank === 1).length),
		top3: share(outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length),
		misses: outcomes.filter((o) => o.rank !== 1),
	};
}

/** `“train on multiple GPUs”: wanted distributed-training, got #3; first: api-map, overview, distributed-training` */
export function describeMiss(miss: Outcome): string {
	const wanted = `${miss.question.expect.join(' or ')}${miss.question.section ? ` (section “${miss.question.section}”)` : ''}`;
	const got = miss.rank === 0 ? 'not in the results shown' : `got #${miss.rank}`;
	const first = miss.results.slice(0, 3).map((r) => (r.sections.length ? `${r.slug} [${r.sections.join(' | ')}]` : r.slug));
	return `“${miss.question.q}”: wanted ${wanted}, ${got}; first: ${first.join(', ') || 'nothing'}`;
}

/** `top-1 57 % (40/70), top-3 86 % (60/70)` */
export function formatSummary(summary: Summary): string {
	const pct = (x: number) => `${Math.round(x * 100)} %`;
	const count = (x: number) => `${Math.round(x * summary.total)}/${summary.total}`;
	return `top-1 ${pct(summary.top1)} (${count(summary.top1)}), top-3 ${pct(summary.top3)} (${count(summary.top3)})`;
}
