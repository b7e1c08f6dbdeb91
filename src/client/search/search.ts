import { moveActive, normalizeQuery } from '../../lib/search';
import { relaxations } from '../../lib/query';
import { rankSections } from '../../lib/sections';
import { RANKING } from '../../lib/search-ranking';
import { resultData, type ExcerptPart, type Fragment, type ResultData } from '../../lib/search-result';

/**
 * Search over the Pagefind index, loaded only when the reader opens search.
 * Results render with DOM methods and text nodes only: nothing from the query
 * or the index is parsed as HTML.
 */

/** What Pagefind's `data()` gives: the fragment, with its address as `raw_url` (`url` has the base path). */
interface PagefindData extends Fragment {
	raw_url?: string;
}
interface PagefindResult {
	/** The fragment's file name (pagefind/fragment/<id>.pf_fragment). */
	id: string;
	/** The positions of the matched words in the fragment's text. */
	words: number[];
	data: () => Promise<PagefindData>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first and per "Show more": each needs its own fragment file (~4 KB), so the first query stays small. */
const PAGE_SIZE = 5;
const MAX_SUBRESULTS = 3;
let pagefind: Promise<Pagefind> | undefined;

/**
 * A result's fragment, read here rather than by Pagefind's `data()`, whose excerpt work grows with the page's size
 * times its sections (src/lib/search-result.ts): the file is gzip with a 12-byte signature before the JSON. The
 * browser inflates it natively (DecompressionStream), or has already when the host sent it with Content-Encoding.
 * Anything else (Pagefind bundles fragments into shared files on sites past its --max-fragments) goes to `data()`.
 * Kept for the session, as Pagefind keeps those it loads: the next query often shows the same pages.
 */
const fragments = new Map<string, Promise<Fragment>>();
function loadFragment(base: string, result: PagefindResult): Promise<Fragment> {
	let fragment = fragments.get(result.id);
	if (!fragment) {
		fragment = readFragment(base, result);
		fragments.set(result.id, fragment);
		fragment.catch(() => fragments.delete(result.id)); // Try again next time.
	}
	return fragment;
}

async function readFragment(base: string, result: PagefindResult): Promise<Fragment> {
	try {
		const response = await fetch(`${base}pagefind/fragment/${result.id}.pf_fragment`);
		if (response.ok) {
			let bytes = new Uint8Array(await response.arrayBuffer());
			if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
			const text = new TextDecoder().decode(bytes);
			if (text.startsWith('pagefind_dcd')) return JSON.parse(text.slice(12)) as Fragment;
		}
	} catch {
		// Pagefind's own loader below.
	}
	const data = await result.data();
	return { ...data, url: data.raw_url ?? data.url };
}

/**
 * Loads Pagefind once (JS, then its WebAssembly and index on first use). `worker`: run it in Pagefind's web
 * worker, for sites with an article large enough that gathering its matches would hold the page for about
 * 200 ms (the root's data-worker, src/build/page-size.ts). Otherwise on the main thread: the worker is a
 * second 43 KB script on the first query, and the search itself is fast enough there (see `npm run bench`).
 */
export function loadPagefind(base: string, worker = false): Promise<Pagefind> {
	pagefind ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const module = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Options given before init() reach the instance Pagefind creates; the ranking is this site's (src/lib/search-ranking.ts).
		// No excerpt or highlight options: results are cut here (src/lib/search-result.ts).
		await module.options({ baseUrl: base, noWorker: !worker, ranking: RANKING });
		await module.init();
		return module;
	})();
	return pagefind;
}

function text(tag: string, className: string, value: string): HTMLElement {
	const element = document.createElement(tag);
	element.className = className;
	element.textContent = value;
	return element;
}

function excerpt(parts: readonly ExcerptPart[]): HTMLElement {
	const element = document.createElement('span');
	element.className = 'result__excerpt';
	for (const part of parts) {
		if (part.mark) element.append(text('mark', '', part.text));
		else element.append(document.createTextNode(part.text));
	}
	return element;
}

/** Adds the search stylesheet once, and resolves when it has loaded (so the dialog never shows unstyled). */
export function loadStyles(): Promise<void> {
	// A plain file in public/: Vite does not emit CSS imported by URL from a lazy chunk.
	const stylesheet = `${import.meta.env.BASE_URL}search.css`;
	// The dialog opens before this sheet is there, see through (global.css) until it is: shown styled, never half-styled.
	const styled = () => document.documentElement.setAttribute('data-search-styled', '');
	if (document.querySelector(`link[href="${stylesheet}"]`)) return Promise.resolve(styled());
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = stylesheet;
	const loaded = new Promise<void>((done) => {
		link.onload = link.onerror = () => done(styled());
	});
	document.head.append(link);
	return loaded;
}

/** Wires one search UI (the dialog's or the /search/ page's). */
export class SearchUi {
	#input: HTMLInputElement;
	#status: HTMLElement;
	#list: HTMLElement;
	#empty: HTMLElement;
	#more: HTMLButtonElement;
	#base: string;
	#worker: boolean;
	/** The current query's results, and how many of them are shown. */
	#results: PagefindResult[] = [];
	#shown = 0;
	#query = '';
	/** The terms Pagefind searched for (the query as understood), which pick each result's sections. */
	#terms: string[] = [];
	#loadingMore = false;
	#active = -1;
	#sequence = 0;
	#chips: HTMLButtonElement[];
	#syncUrl: boolean;

	constructor(root: HTMLElement, { syncUrl }: { syncUrl: boolean }) {
		const find = <T extends HTMLElement>(selector: string) => {
			const element = root.querySelector<T>(selector);
			if (!element) throw new Error(`search: missing ${selector}`);
			return element;
		};
		this.#input = find<HTMLInputElement>('[data-search-input]');
		this.#status = find('[data-search-status]');
		this.#list = find('[data-search-results]');
		this.#empty = find('[data-search-empty]');
		this.#more = find<HTMLButtonElement>('[data-search-more]');
		this.#more.addEventListener('click', () => void this.#showMore());
		this.#base = root.dataset.base ?? '/';
		this.#worker = root.dataset.worker !== undefined;
		this.#syncUrl = syncUrl;

		this.#input.addEventListener('input', () => void this.run());
		this.#input.addEventListener('keydown', (event) => this.#onKey(event));
		this.#input.form?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#open(this.#active < 0 ? 0 : this.#active);
		});
		// A chip's aria-pressed is the filter's state: search-open.ts toggles it (from before this code loads) and
		// every query reads it, so a filter pressed while the code loaded counts from the first query.
		this.#chips = [...root.querySelectorAll<HTMLButtonElement>('[data-filter]')];
		for (const chip of this.#chips) chip.addEventListener('click', () => void this.run());
		// What the reader typed before this code loaded (the field is focused as search opens).
		if (this.#input.value) void this.run();
	}

	get input(): HTMLInputElement {
		return this.#input;
	}

	/** Starts loading the index without waiting for it. */
	warm(): void {
		loadPagefind(this.#base, this.#worker).catch(() => undefined);
	}

	async run(): Promise<void> {
		const query = normalizeQuery(this.#input.value);
		const sequence = ++this.#sequence;
		if (this.#syncUrl) {
			const url = new URL(location.href);
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			history.replaceState(history.state, '', url);
		}
		if (query === '') {
			this.#results = [];
			return this.#render([], '');
		}
		let engine: Pagefind;
		try {
			engine = await loadPagefind(this.#base, this.#worker);
		} catch {
			this.#status.textContent = import.meta.env.DEV
				? 'No search index yet: run `npm run build` once, and `npm run dev` will use it.'
				: 'Search could not load. Check your connection and try again.';
			return;
		}
		const filters: Record<string, { any: string[] }> = {};
		for (const chip of this.#chips.filter((c) => c.getAttribute('aria-pressed') === 'true')) (filters[chip.dataset.filter ?? ''] ??= { any: [] }).any.push(chip.dataset.value ?? '');
		try {
			// What Pagefind sees is what the query is about (src/lib/query.ts): no filler or comparison words, a pasted
			// error cut to its distinctive words. Pagefind wants every term on a page, so when nothing has them all,
			// ever shorter queries follow.
			let results: PagefindResult[] = [];
			let terms: string[] = [];
			for (const attempt of relaxations(query)) {
				const search = await engine.search(attempt, { filters });
				if (sequence !== this.#sequence || !search) return;
				results = search.results;
				terms = attempt.split(' ');
				if (results.length > 0) break;
			}
			const data = await this.#data(results.slice(0, PAGE_SIZE), terms);
			if (sequence !== this.#sequence) return;
			this.#results = results;
			this.#terms = terms;
			this.#query = query;
			this.#render(data, query);
		} catch (error) {
			if (sequence === this.#sequence) this.#fail(query, error);
		}
	}

	/** What the UI shows of each result. */
	#data(results: readonly PagefindResult[], terms: readonly string[]): Promise<ResultData[]> {
		return Promise.all(results.map(async (result) => resultData(await loadFragment(this.#base, result), result.words, terms, this.#base)));
	}

	/** A query that failed (index or rendering) says so where the results go, instead of showing nothing. */
	#fail(query: string, error: unknown): void {
		console.error('search:', error);
		this.#results = [];
		this.#render([], '');
		this.#status.textContent = `Search failed for “${query}”. Try other words, or reload the page.`;
	}

	/** Appends the next page of results. Focus returns to the field with the first new result active, so arrow keys carry on from there. */
	async #showMore(): Promise<void> {
		// A second click while the next page loads would append it twice.
		if (this.#loadingMore) return;
		const sequence = this.#sequence;
		const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
		this.#loadingMore = true;
		const firstId = `${this.#list.id}-${this.#shown}`;
		try {
			const data = await this.#data(next, this.#terms).finally(() => (this.#loadingMore = false));
			if (sequence !== this.#sequence || data.length === 0) return;
			this.#append(data);
			this.#updateStatus();
		} catch (error) {
			if (sequence === this.#sequence) this.#fail(this.#query, error);
			return;
		}
		this.#input.focus();
		this.#activate(this.#options().findIndex((option) => option.id === firstId));
	}

	#render(results: ResultData[], query: string): void {
		this.#list.replaceChildren();
		this.#shown = 0;
		this.#active = -1;
		this.#input.removeAttribute('aria-activedescendant');
		this.#input.setAttribute('aria-expanded', String(results.length > 0));
		this.#empty.hidden = !(query !== '' && results.length === 0);
		this.#more.hidden = true;
		if (query === '') {
			this.#status.textContent = '';
			return;
		}
		if (results.length === 0) void this.#help(query);
		this.#append(results);
		this.#updateStatus();
	}

	/** Nothing matched: offer the closest article titles and the guides that fit (./no-results.ts, loaded on first need). */
	async #help(query: string): Promise<void> {
		const sequence = this.#sequence;
		const current = () => sequence === this.#sequence;
		const { showHelp } = await import('./no-results');
		if (current()) await showHelp(this.#empty, this.#base, query, current);
	}

	#updateStatus(): void {
		const total = this.#results.length;
		const query = this.#query;
		this.#status.textContent =
			total === 0 ? `No results for “${query}”` : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${this.#shown < total ? `, ${this.#shown} shown` : ''}`;
		this.#more.hidden = this.#shown >= total;
	}

	#append(results: ResultData[]): void {
		const id = this.#list.id;
		results.forEach((result, offset) => {
			const i = this.#shown + offset;
			const title = result.title;
			this.#list.append(this.#option(`${id}-${i}`, result.url, 'result', [text('span', 'result__title', title), text('span', 'result__topic', result.topic), excerpt(result.excerpt)]));
			// The sections that hold the most of the query's terms, not the page's first headings.
			const sections = result.sections.filter((sub) => sub.title !== title);
			const subs = rankSections(sections, this.#terms).slice(0, MAX_SUBRESULTS);
			subs.forEach((sub, j) => {
				this.#list.append(this.#option(`${id}-${i}-${j}`, sub.url, 'result result--sub', [text('span', 'result__title', sub.title), excerpt(sub.excerpt)]));
			});
		});
		this.#shown += results.length;
	}

	#option(id: string, href: string, className: string, children: HTMLElement[]): HTMLElement {
		const item = document.createElement('li');
		item.setAttribute('role', 'presentation');
		const link = document.createElement('a');
		link.id = id;
		link.href = href;
		link.className = className;
		link.tabIndex = -1;
		link.setAttribute('role', 'option');
		link.setAttribute('aria-selected', 'false');
		link.append(...children);
		item.append(link);
		return item;
	}

	#options(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role=option]')];
	}

	#onKey(event: KeyboardEvent): void {
		const next = moveActive(event.key, this.#active, this.#options().length);
		if (next === null) return;
		event.preventDefault();
		this.#activate(next);
	}

	/** Marks one option active (combobox pattern: focus stays in the field, which points at the option). */
	#activate(index: number): void {
		const options = this.#options();
		options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = options[index];
		if (!option) return;
		option.setAttribute('aria-selected', 'true');
		this.#input.setAttribute('aria-activedescendant', option.id);
		option.scrollIntoView({ block: 'nearest' });
	}

	#open(index: number): void {
		const option = this.#options()[index];
		if (option) option.click();
	}
}

/** The root element of the UI; exported for the dialog and the page. */
export function searchRoot(container: ParentNode): HTMLElement | null {
	return container.querySelector<HTMLElement>('[data-search]');
}
