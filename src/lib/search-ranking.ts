/**
 * How Pagefind ranks this site's pages (its `ranking` option, see
 * https://pagefind.app/docs/ranking/), tuned on the committed reader questions
 * (e2e/search-questions.ts; `npm run bench` and e2e/search-questions.spec.ts
 * report the hit rates). Pagefind's defaults are termFrequency 1.0,
 * pageLength 0.75, termSaturation 1.4, termSimilarity 1.0 and a 5x boost for
 * a match in the title.
 */
export const RANKING = {
	/**
	 * Matches in metadata (never shown in excerpts) add to a page's score:
	 * `keywords` are an article's frontmatter phrases (src/lib/schema.ts),
	 * `tags` its tags; `topic` names a whole group of articles, so it ranks nothing.
	 */
	metaWeights: { title: 5, keywords: 6, tags: 2, description: 1, topic: 0 },
} as const;
