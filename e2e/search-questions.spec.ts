import { test, expect } from './support/site';
import { ask } from './support/ask';
import { QUESTIONS } from './search-questions';
import { describeMiss, formatSummary, summarize } from './support/question-score';
import { articlePaths } from './support/content';

/**
 * A content guarantee (issue #20): the committed reader questions, asked in the
 * real search UI of the built site, find the article that answers them first
 * at least 80 % of the time and within the first three at least 95 %. Every
 * miss is listed with what came first instead. When new content rightly moves
 * an answer, update e2e/search-questions.ts in the same commit.
 */
const TOP1 = 0.8;
const TOP3 = 0.95;

test('reader questions find their answer first (top-1 ≥ 80 %, top-3 ≥ 95 %)', async ({ page, baseURL }) => {
	const outcomes = await ask(page, baseURL ?? '', QUESTIONS);
	const summary = summarize(outcomes);
	const report = `${formatSummary(summary)}\n${summary.misses.map(describeMiss).join('\n')}`;
	console.log(`search questions: ${formatSummary(summary)}`);
	expect(summary.total).toBe(QUESTIONS.length);
	expect(summary.top1, report).toBeGreaterThanOrEqual(TOP1);
	expect(summary.top3, report).toBeGreaterThanOrEqual(TOP3);
});

test('keywords are search metadata only: never on the page, never in the indexed text', async ({ page, request }) => {
	const withKeywords: { path: string; keywords: string }[] = [];
	for (const path of articlePaths()) {
		const keywords = /data-pagefind-meta="keywords:([^"]*)"/.exec(await (await request.get(path)).text())?.[1];
		if (keywords) withKeywords.push({ path, keywords });
	}
	expect(withKeywords.length).toBeGreaterThan(0);
	for (const { path, keywords } of withKeywords) {
		await page.goto(path);
		expect(await page.locator('body').innerText(), path).not.toContain(keywords);
	}
	// In the index they are metadata: Pagefind builds excerpts from `content`, which does not hold them.
	const { path, keywords } = withKeywords[0]!;
	const found = await page.evaluate(
		async ({ path, keywords }) => {
			const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
				search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string; meta: Record<string, string> }> }[] }>;
			};
			for (const result of (await pagefind.search(keywords.split(', ')[0] ?? '')).results) {
				const data = await result.data();
				if (new URL(data.url, location.origin).pathname === path) return { meta: data.meta.keywords, inContent: data.content.includes(keywords) };
			}
			return null;
		},
		{ path, keywords },
	);
	expect(found, `${path} found by its first keyword`).toEqual({ meta: keywords, inContent: false });
});
