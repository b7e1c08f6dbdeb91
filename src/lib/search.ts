/** Pure helpers of the search UI (src/client/search/search.ts) and of search-term highlighting (src/client/highlight.ts). */


/** A piece of a Pagefind excerpt: plain text, or a matched term to show in <mark>. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/**
 * The character of a numeric reference, as HTML decodes it: zero, surrogates
 * and anything beyond U+10FFFF become U+FFFD (String.fromCodePoint would throw).
 */
function codePoint(value: number): string {
	const valid = Number.isInteger(value) && value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
	return String.fromCodePoint(valid ? value : 0xfffd);
}

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		const known = ENTITIES[name.toLowerCase()];
		if (known !== undefined) return known;
		if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
		return entity;
	});
}

/**
 * Splits a Pagefind excerpt (escaped text with <mark> around matches) into
 * parts the UI renders as text nodes and <mark> elements. Any other markup is
 * dropped, so nothing from the index or the query is ever parsed as HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (const match of html.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: decode(stripTags(html.slice(last, match.index))), mark: false });
		parts.push({ text: decode(stripTags(match[1] ?? '')), mark: true });
		last = match.index + match[0].length;
	}
	if (last < html.length) parts.push({ text: decode(stripTags(html.slice(last))), mark: false });
	return parts.filter((part) => part.text !== '');
}

function stripTags(text: string): string {
	return text.replace(/<[^>]*>/g, '');
}

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

