import type { Page } from '@playwright/test';
import { outcome, type Outcome, type ScoredQuestion, type ShownResult } from './question-score.ts';

/**
 * Asks each question in the real search UI of a built site (the /search/
 * page: the same SearchUi, Pagefind index and query understanding a reader
 * gets) and reads the results as shown: each article and the sections listed
 * under it. Used by e2e/search-questions.spec.ts and `npm run bench`.
 */
export async function ask(page: Page, origin: string, questions: readonly ScoredQuestion[]): Promise<Outcome[]> {
	await page.goto(`${origin}/search/`);
	const field = page.locator('[data-search-page] [data-search-input]');
	await field.focus();
	const outcomes: Outcome[] = [];
	for (const question of questions) {
		await field.fill(question.q);
		// The status names the query once its results (or their absence) are shown.
		await page.waitForFunction(
			(q) => document.querySelector('[data-search-page] [data-search-status]')?.textContent?.includes(`“${q}”`) === true,
			question.q,
		);
		const results = await page.locator('[data-search-page] [data-search-results]').evaluate((list): ShownResult[] => {
			const shown: ShownResult[] = [];
			for (const option of list.querySelectorAll<HTMLAnchorElement>('a[role=option]')) {
				const title = option.querySelector('.result__title')?.textContent ?? '';
				if (option.classList.contains('result--sub')) shown.at(-1)?.sections.push(title);
				else shown.push({ slug: new URL(option.href).pathname.replace(/^\/|\/$/g, ''), sections: [] });
			}
			return shown;
		});
		outcomes.push(outcome(question, results));
	}
	return outcomes;
}
