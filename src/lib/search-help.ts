/**
 * Help when a search finds nothing (issue #20): the article titles closest to
 * the query (by the words they share with it) and, when the query looks like
 * an install task or a choice between the frameworks, the install selector or
 * the decision guide. Pure: the UI (src/client/search/search.ts) fetches the titles
 * and renders the links.
 */

/** An article as the no-result help knows it (from /search-titles.json). */
export interface TitleEntry {
	title: string;
	url: string;
}

/** What to offer for a query that found nothing. */
export interface SearchHelp {
	/** Up to `limit` articles whose titles share words with the query, most shared first. */
	closest: TitleEntry[];
	/** The query looks like setting something up: offer the install selector. */
	install: boolean;
	/** The query looks like a choice between the frameworks: offer the decision guide. */
	choose: boolean;
}

/** Words too common to make two texts close. Framework names too: every title is about both. */
const IGNORED = new Set(
	`a an the and or of in on at to for from with by into how what which why when is are do does can i my me
	vs versus between pytorch torch tensorflow tf keras`.split(/\s+/),
);

const INSTALL = /\b(?:install\w*|setup|set up|pip|conda|uv|wheels?|cuda|cudnn|rocm|drivers?|wsl2?|venv|virtualenv|apple silicon|m[1-4])\b/i;
const CHOOSE = /\b(?:vs\.?|versus|or|which|choos\w*|choice|decid\w*|should i|better|compare\w*|comparison|differen\w*|switch\w*|pick)\b/i;

/** Lower-case words of a text, without punctuation or ignored words. */
export function words(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !IGNORED.has(word));
}

/**
 * Same word, one starting the other with at least 4 letters ("install", "installing"), or the same first
 * 5 letters, which forgives a typo further on ("trainning", "training").
 */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	if (short.length >= 4 && long.startsWith(short)) return true;
	return short.length >= 5 && short.slice(0, 5) === long.slice(0, 5);
}

/** How many of the query's words a title shares. */
export function sharedWords(query: string, title: string): number {
	const titleWords = words(title);
	return new Set(words(query).filter((word) => titleWords.some((t) => sameWord(word, t)))).size;
}

/** The help for `query`: closest titles (ties keep the list's order) and which guides fit. */
export function searchHelp(query: string, titles: readonly TitleEntry[], limit = 3): SearchHelp {
	const closest = titles
		.map((entry, index) => ({ entry, index, shared: sharedWords(query, entry.title) }))
		.filter((scored) => scored.shared > 0)
		.sort((a, b) => b.shared - a.shared || a.index - b.index)
		.slice(0, limit)
		.map((scored) => scored.entry);
	return { closest, install: INSTALL.test(query), choose: CHOOSE.test(query) };
}
