/**
 * A search result as the UI shows it (title, address, excerpt, matching sections), built from the page's Pagefind
 * fragment and the positions of its matched words.
 *
 * Pagefind's own `result.data()` does this too, but its cost grows with the page's size times its sections: it
 * splits the whole text into words once for the page and again for each matching section, and walks an array as
 * long as the page to place the excerpt. A query matching a 2 MB article spent about 550 ms there (issue #18). Here
 * the excerpts are placed from the matched positions alone, and the text is scanned once, only as far as the last
 * word shown. Pure: no DOM, no fetch (src/client/search/search.ts loads the fragment).
 */

/** A Pagefind fragment: the page's indexed text and what Pagefind kept of it (`pagefind/fragment/*.pf_fragment`). */
export interface Fragment {
	/** The page's path on the site, without the base path (Pagefind's `url`). */
	url: string;
	/** The indexed text. Pagefind numbers its words in order: the text split on whitespace. */
	content: string;
	meta: Record<string, string | undefined>;
	/** The page's elements with an id (headings…) and the position of the first word after each. */
	anchors?: readonly Anchor[];
}

export interface Anchor {
	element: string;
	id: string;
	text?: string;
	title?: string;
	location: number;
}

/** A piece of an excerpt: plain text, or a matched word to show in <mark>. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** A section of the page (a heading and what follows it) holding matched words. */
export interface ResultSection {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
	/** The matched words in this section, as written. */
	hits: string[];
}

export interface ResultData {
	url: string;
	title: string;
	topic: string;
	excerpt: ExcerptPart[];
	/** In page order. */
	sections: ResultSection[];
}

interface Window {
	start: number;
	length: number;
	/** Matched positions inside the window (and, for a section, in its range). */
	hits: readonly number[];
}

/** JavaScript's whitespace (what `\s` matches) except U+FEFF, which Pagefind does not split on. */
function isSpace(code: number): boolean {
	return (
		code === 0x20 ||
		(code >= 0x09 && code <= 0x0d) ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000
	);
}

/**
 * The words of `content` numbered 0 to `last` (fewer when the text ends first), as Pagefind numbers them in an
 * English page: `content.split(/[^\S\uFEFF]+/)`. Kept as offsets, so a 2 MB page costs two typed arrays
 * rather than 300,000 strings. (Pagefind segments Chinese, Japanese and Thai pages with U+200B instead; this
 * site is in English.)
 */
export class Words {
	readonly count: number;
	#content: string;
	#starts: Int32Array;
	#ends: Int32Array;

	constructor(content: string, last: number) {
		this.#content = content;
		const size = Math.max(0, Math.min(last + 1, content.length + 1));
		this.#starts = new Int32Array(size);
		this.#ends = new Int32Array(size);
		const end = content.length;
		let n = 0;
		let i = 0;
		while (n < size) {
			this.#starts[n] = i;
			while (i < end && !isSpace(content.charCodeAt(i))) i++;
			this.#ends[n++] = i;
			if (i === end) break;
			while (i < end && isSpace(content.charCodeAt(i))) i++;
		}
		this.count = n;
	}

	at(index: number): string {
		return index >= 0 && index < this.count ? this.#content.slice(this.#starts[index], this.#ends[index]) : '';
	}
}

/**
 * Where to start a `length`-word excerpt in [from, to): the window holding the most matched positions
 * (`hits`, ascending), with them centred in it. Works from the positions alone, whatever the page's size.
 */
export function excerptStart(hits: readonly number[], length: number, from = 0, to = Infinity): number {
	let best = 0;
	let bestCount = 0;
	let k = 0;
	for (let j = 0; j < hits.length; j++) {
		const first = hits[j] ?? 0;
		if (k < j) k = j;
		while (k < hits.length && (hits[k] ?? 0) < first + length) k++;
		if (k - j > bestCount) {
			bestCount = k - j;
			best = j;
		}
	}
	if (bestCount === 0) return from;
	const first = hits[best] ?? 0;
	const span = (hits[best + bestCount - 1] ?? first) - first + 1;
	const start = first - Math.floor((length - span) / 2);
	return Math.max(from, Math.min(start, to - length));
}

function parts(words: Words, window: Window): ExcerptPart[] {
	const marked = new Set(window.hits);
	const out: ExcerptPart[] = [];
	let plain = '';
	const end = Math.min(window.start + window.length, words.count);
	for (let i = window.start; i < end; i++) {
		if (i > window.start) plain += ' ';
		if (!marked.has(i)) plain += words.at(i);
		else {
			out.push({ text: plain, mark: false }, { text: words.at(i), mark: true });
			plain = '';
		}
	}
	out.push({ text: plain, mark: false });
	return out.filter((part) => part.text !== '');
}

/** A page address as Pagefind gives it: under `base`, with a `highlight` parameter per term and, for a section, its anchor. */
export function resultUrl(base: string, url: string, terms: readonly string[], hash = ''): string {
	const parsed = new URL(`${base}/${url}`.replace(/\/+/g, '/'), 'https://example.com');
	for (const term of terms) parsed.searchParams.append('highlight', term);
	if (hash) parsed.hash = hash;
	return parsed.href.slice(parsed.origin.length);
}

/** Anchors that start a section, as Pagefind picks them: a title, or a heading with text; in page order. */
function sectionAnchors(anchors: readonly Anchor[]): Anchor[] {
	const named = (text?: string) => text !== undefined && /\S/.test(text);
	return anchors.filter((a) => named(a.title) || (/h\d/i.test(a.element) && named(a.text))).sort((a, b) => a.location - b.location);
}

/**
 * The result for a fragment whose words at `locations` matched `terms` (what Pagefind searched for): the
 * page's excerpt and each section with matches, `excerptLength` words each.
 */
export function resultData(fragment: Fragment, locations: readonly number[], terms: readonly string[], base: string, excerptLength = 24): ResultData {
	const hits = [...locations].sort((a, b) => a - b);
	const title = fragment.meta.title ?? fragment.url;
	const anchors = sectionAnchors(fragment.anchors ?? []);

	// The page's window, then each section's, placed from the positions alone.
	const page: Window = { start: excerptStart(hits, excerptLength), length: excerptLength, hits };
	const sections: { anchor: Anchor; window: Window }[] = [];
	for (let a = 0, h = 0; a < anchors.length; a++) {
		const anchor = anchors[a] as Anchor;
		const to = anchors[a + 1]?.location ?? Infinity;
		while (h < hits.length && (hits[h] ?? 0) < anchor.location) h++;
		const inside: number[] = [];
		while (h < hits.length && (hits[h] ?? 0) < to) inside.push(hits[h++] ?? 0);
		if (inside.length === 0) continue;
		const length = Math.min(excerptLength, to - anchor.location);
		sections.push({ anchor, window: { start: excerptStart(inside, length, anchor.location, to), length, hits: inside } });
	}

	// One scan of the text, as far as the last word shown, or matched in a section (which ranks them).
	let last = page.start + page.length;
	for (const { window } of sections) last = Math.max(last, window.start + window.length, window.hits.at(-1) ?? 0);
	const words = new Words(fragment.content, last);
	// Near the end of the text a window ends with it (inside its section).
	page.start = Math.max(0, Math.min(page.start, words.count - page.length));
	for (const { anchor, window } of sections) window.start = Math.max(anchor.location, Math.min(window.start, words.count - window.length));
	const pageUrl = resultUrl(base, fragment.url, terms);
	return {
		url: pageUrl,
		title,
		topic: fragment.meta.topic ?? '',
		excerpt: parts(words, page),
		sections: sections.map(({ anchor, window }) => ({
			title: anchor.title || anchor.text || title,
			url: resultUrl(base, fragment.url, terms, anchor.id),
			excerpt: parts(words, window),
			hits: window.hits.map((at) => words.at(at)),
		})),
	};
}
