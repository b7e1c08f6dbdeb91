/**
 * Scoring for the decision guide (/choose/). The reasoning data lives in
 * src/data/decision.ts; this turns a reader's answers and weights into a
 * recommendation that shows each criterion's contribution.
 */

export interface ScoredOption {
	id: string;
	score: { pytorch: number; tensorflow: number };
}

export interface ScoredCriterion {
	id: string;
	weight: number;
	options: readonly ScoredOption[];
}

export interface Answers {
	/** Chosen option per criterion id. */
	choice: Record<string, string>;
	/** Weight per criterion id, 0 to 3. */
	weight: Record<string, number>;
}

export interface Contribution {
	criterion: string;
	option: string;
	weight: number;
	pytorch: number;
	tensorflow: number;
}

export interface Recommendation {
	verdict: 'pytorch' | 'tensorflow' | 'either';
	pytorch: number;
	tensorflow: number;
	/** Criteria whose answer moved the scores, largest difference first. */
	contributions: Contribution[];
}

export const MAX_WEIGHT = 3;

/** Answers from a URL query (`?deploy=browser&deploy.weight=3`); unknown or invalid values fall back to defaults. */
export function parseAnswers(search: string, criteria: readonly ScoredCriterion[]): Answers {
	const params = new URLSearchParams(search);
	const answers: Answers = { choice: {}, weight: {} };
	for (const criterion of criteria) {
		const chosen = params.get(criterion.id);
		answers.choice[criterion.id] = criterion.options.some((o) => o.id === chosen) && chosen !== null ? chosen : (criterion.options[0]?.id ?? '');
		const weight = Number(params.get(`${criterion.id}.weight`) ?? Number.NaN);
		answers.weight[criterion.id] = Number.isInteger(weight) && weight >= 0 && weight <= MAX_WEIGHT ? weight : criterion.weight;
	}
	return answers;
}

/** The query string for answers; defaults are left out, so an untouched guide has a clean URL. */
export function answersToSearch(answers: Answers, criteria: readonly ScoredCriterion[]): string {
	const params = new URLSearchParams();
	for (const criterion of criteria) {
		const choice = answers.choice[criterion.id];
		if (choice !== undefined && choice !== criterion.options[0]?.id) params.set(criterion.id, choice);
		const weight = answers.weight[criterion.id];
		if (weight !== undefined && weight !== criterion.weight) params.set(`${criterion.id}.weight`, String(weight));
	}
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}

/** Adds up weighted scores. A tie (or all zero) is "either". */
export function recommend(answers: Answers, criteria: readonly ScoredCriterion[]): Recommendation {
	const contributions: Contribution[] = [];
	let pytorch = 0;
	let tensorflow = 0;
	for (const criterion of criteria) {
		const option = criterion.options.find((o) => o.id === answers.choice[criterion.id]);
		const weight = answers.weight[criterion.id] ?? criterion.weight;
		if (!option) continue;
		const contribution = { criterion: criterion.id, option: option.id, weight, pytorch: option.score.pytorch * weight, tensorflow: option.score.tensorflow * weight };
		pytorch += contribution.pytorch;
		tensorflow += contribution.tensorflow;
		if (contribution.pytorch !== 0 || contribution.tensorflow !== 0) contributions.push(contribution);
	}
	contributions.sort((a, b) => Math.abs(b.pytorch - b.tensorflow) - Math.abs(a.pytorch - a.tensorflow));
	const verdict = pytorch === tensorflow ? 'either' : pytorch > tensorflow ? 'pytorch' : 'tensorflow';
	return { verdict, pytorch, tensorflow, contributions };
}
