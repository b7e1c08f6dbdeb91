/**
 * Which sections of a search result to show. A result lists its matching
 * sections in page order (src/lib/search-result.ts), so a common word ("model") puts
 * the page's first headings first. Readers want the sections that hold what
 * they asked about: the most distinct query terms, then the terms in the
 * heading itself, then the most hits. Pure: no DOM, no Pagefind.
 */

/** A section of a search result (src/lib/search-result.ts): its heading and the matched words in it. */
export interface Section {
	title: string;
	/** The section's matched words, as written on the page. */
	hits: readonly string[];
}

/** A rough English stem, enough to match "saving" with "save" and "models" with "model". */
export function stem(word: string): string {
	const lower = word.toLowerCase().replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
	return lower.length > 4 ? lower.replace(/(?:ing|ed|es|s|e)$/, '') : lower.replace(/(?:s|e)$/, '');
}

/** Does a word of the page match a query term (as a prefix, like Pagefind; stems compared)? */
export function matchesTerm(word: string, term: string): boolean {
	const w = stem(word);
	const t = stem(term);
	return t !== '' && (w.startsWith(t) || word.toLowerCase().startsWith(term.toLowerCase()));
}

/** The query terms a piece of text holds. */
function termsIn(words: readonly string[], terms: readonly string[]): Set<string> {
	const found = new Set<string>();
	for (const term of terms) if (words.some((word) => matchesTerm(word, term))) found.add(term);
	return found;
}

/**
 * The sections best first: most distinct query terms in the section (heading
 * and text), then most terms in the heading, then the most hits; ties keep
 * page order.
 */
export function rankSections<T extends Section>(sections: readonly T[], terms: readonly string[]): T[] {
	const scored = sections.map((section, order) => {
		const inTitle = termsIn(section.title.split(/\s+/), terms);
		const all = termsIn(section.hits, terms);
		inTitle.forEach((term) => all.add(term));
		return { section, order, distinct: all.size, title: inTitle.size, weight: section.hits.length };
	});
	scored.sort((a, b) => b.distinct - a.distinct || b.title - a.title || b.weight - a.weight || a.order - b.order);
	return scored.map((s) => s.section);
}
