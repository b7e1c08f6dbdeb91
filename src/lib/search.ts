/** Pure helpers of the search UI (src/client/search/search.ts) and of search-term highlighting (src/client/highlight.ts). */

/** The active result after ArrowDown/ArrowUp/Home/End in a list of `count` (-1 = none active). */
export function moveActive(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowDown':
			return current < 0 ? 0 : (current + 1) % count;
		case 'ArrowUp':
			return current <= 0 ? count - 1 : current - 1;
		default:
			return null;
	}
}

/** [start, end) ranges in `text` where a term starts a word, longest term first, not overlapping. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
	const lower = text.toLowerCase();
	const ranges: [number, number][] = [];
	for (const term of [...terms].sort((a, b) => b.length - a.length)) {
		let from = 0;
		for (;;) {
			const at = lower.indexOf(term, from);
			if (at < 0) break;
			from = at + term.length;
			const before = at === 0 ? '' : (lower[at - 1] ?? '');
			if (/[\p{L}\p{N}_]/u.test(before)) continue;
			if (ranges.some(([s, e]) => at < e && at + term.length > s)) continue;
			ranges.push([at, at + term.length]);
		}
	}
	return ranges.sort((a, b) => a[0] - b[0]);
}

/** Cleans what the reader typed: control characters removed, spaces collapsed, length capped. */
export function normalizeQuery(raw: string, max = 200): string {
	return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The element id a URL fragment names (`#a%20b` → `a b`); a malformed escape is kept as written, never thrown. */
export function fragmentId(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** Terms to highlight on a target page, from the `highlight` URL parameters Pagefind adds. */
export function highlightTerms(search: string): string[] {
	const params = new URLSearchParams(search);
	const terms = params.getAll('highlight').flatMap((value) => value.split(/\s+/));
	return [...new Set(terms.map((t) => normalizeQuery(t, 60).toLowerCase()).filter((t) => t.length >= 2))];
}

