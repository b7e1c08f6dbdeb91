/**
 * Which sections of a search result to show. Pagefind lists a page's matching
 * sections (its `sub_results`) in page order, so a common word ("model") puts
 * the page's first headings first. Readers want the sections that hold what
 * they asked about: the most distinct query terms, then the terms in the
 * heading itself, then the most (and weightiest) hits. Pure: no DOM, no Pagefind.
 */

/** A section of a Pagefind result (the fields of a `sub_results` entry used here). */
export interface Section {
	title: string;
	url: string;
	excerpt: string;
	/** Positions of the matched words in the page's `content`, split on whitespace. */
	locations: number[];
	weighted_locations?: { weight: number; balanced_score: number; location: number }[];
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
 * and text), then most terms in the heading, then the sum of Pagefind's scores
 * of its hits; ties keep page order. `content` is the page's indexed text.
 */
export function rankSections<T extends Section>(sections: readonly T[], content: string, terms: readonly string[]): T[] {
	const words = content.split(/\s+/);
	const scored = sections.map((section, order) => {
		const hit = section.locations.map((at) => words[at] ?? '');
		const inTitle = termsIn(section.title.split(/\s+/), terms);
		const all = termsIn(hit, terms);
		inTitle.forEach((term) => all.add(term));
		const weight = (section.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) || section.locations.length;
		return { section, order, distinct: all.size, title: inTitle.size, weight };
	});
	scored.sort((a, b) => b.distinct - a.distinct || b.title - a.title || b.weight - a.weight || a.order - b.order);
	return scored.map((s) => s.section);
}
