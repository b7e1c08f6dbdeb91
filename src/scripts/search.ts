import { excerptParts, moveActive, normalizeQuery } from '../lib/search';
import { relaxations } from '../lib/query';
import { rankSections, type Section } from '../lib/sections';
import { RANKING } from '../lib/search-ranking';

/**
 * Search over the Pagefind index, loaded only when the reader opens search.
 * Results render with DOM methods and text nodes only: nothing from the query
 * or the index is parsed as HTML.
 */

interface PagefindData {
	url: string;
	excerpt: string;
	/** The page's indexed text; `locations` index its words (split on whitespace). */
	content: string;
	meta: Record<string, string | undefined>;
	sub_results: Section[];
}
interface PagefindResult {
	id: string;
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

/** Loads Pagefind once (JS, then its WebAssembly and index on first use). */
export function loadPagefind(base: string): Promise<Pagefind> {
	pagefind ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const module = (await import(/* @vite-ignore */ url)) as Pagefind;
		// noWorker: Pagefind's worker would add a second 43 KB script to the first query; the search itself is fast enough
		// on the main thread (see `npm run bench`). Options given before init() reach the instance Pagefind creates.
		await module.options({ baseUrl: base, excerptLength: 24, highlightParam: 'highlight', noWorker: true });
		await module.init();
		return module;
	})();
	return pagefind;
}

let ranked: Promise<Pagefind> | undefined;

/** Pagefind with this site's ranking (src/lib/search-ranking.ts), set once it has loaded. */
function rankedPagefind(base: string): Promise<Pagefind> {
	ranked ??= loadPagefind(base).then(async (module) => {
		await module.options({ ranking: RANKING });
		return module;
	});
	return ranked;
}

function text(tag: string, className: string, value: string): HTMLElement {
	const element = document.createElement(tag);
	element.className = className;
	element.textContent = value;
	return element;
}

function excerpt(html: string): HTMLElement {
	const element = document.createElement('span');
	element.className = 'result__excerpt';
	for (const part of excerptParts(html)) {
		if (part.mark) element.append(text('mark', '', part.text));
		else element.append(document.createTextNode(part.text));
	}
	return element;
}

/** Adds the search stylesheet once, and resolves when it has loaded (so the dialog never shows unstyled). */
export function loadStyles(): Promise<void> {
	// A plain file in public/: Vite does not emit CSS imported by URL from a lazy chunk.
	const stylesheet = `${import.meta.env.BASE_URL}search.css`;
	if (document.querySelector(`link[href="${stylesheet}"]`)) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = stylesheet;
	const loaded = new Promise<void>((done) => {
		link.onload = () => done();
		link.onerror = () => done();
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
	/** The current query's results, and how many of them are shown. */
	#results: PagefindResult[] = [];
	#shown = 0;
	#query = '';
	/** The terms Pagefind searched for (the query as understood), which pick each result's sections. */
	#terms: string[] = [];
	#loadingMore = false;
	#active = -1;
	#sequence = 0;
	#filters = new Map<string, Set<string>>();
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
		this.#syncUrl = syncUrl;

		this.#input.addEventListener('input', () => void this.run());
		this.#input.addEventListener('keydown', (event) => this.#onKey(event));
		this.#input.form?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#open(this.#active < 0 ? 0 : this.#active);
		});
		for (const chip of root.querySelectorAll<HTMLButtonElement>('[data-filter]')) {
			chip.addEventListener('click', () => {
				const pressed = chip.getAttribute('aria-pressed') !== 'true';
				chip.setAttribute('aria-pressed', String(pressed));
				const key = chip.dataset.filter ?? '';
				const values = this.#filters.get(key) ?? new Set<string>();
				if (pressed) values.add(chip.dataset.value ?? '');
				else values.delete(chip.dataset.value ?? '');
				this.#filters.set(key, values);
				void this.run();
			});
		}
	}

	get input(): HTMLInputElement {
		return this.#input;
	}

	/** Starts loading the index without waiting for it. */
	warm(): void {
		loadPagefind(this.#base).catch(() => undefined);
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
			engine = await rankedPagefind(this.#base);
		} catch {
			this.#status.textContent = import.meta.env.DEV
				? 'No search index yet: run `npm run build` once, and `npm run dev` will use it.'
				: 'Search could not load. Check your connection and try again.';
			return;
		}
		const filters = Object.fromEntries([...this.#filters].filter(([, v]) => v.size > 0).map(([k, v]) => [k, { any: [...v] }]));
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
			const data = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
			if (sequence !== this.#sequence) return;
			this.#results = results;
			this.#terms = terms;
			this.#query = query;
			this.#render(data, query);
		} catch (error) {
			if (sequence === this.#sequence) this.#fail(query, error);
		}
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
			const data = await Promise.all(next.map((result) => result.data())).finally(() => (this.#loadingMore = false));
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

	#render(results: PagefindData[], query: string): void {
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
		this.#append(results);
		this.#updateStatus();
	}

	#updateStatus(): void {
		const total = this.#results.length;
		const query = this.#query;
		this.#status.textContent =
			total === 0 ? `No results for “${query}”` : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${this.#shown < total ? `, ${this.#shown} shown` : ''}`;
		this.#more.hidden = this.#shown >= total;
	}

	#append(results: PagefindData[]): void {
		const id = this.#list.id;
		results.forEach((result, offset) => {
			const i = this.#shown + offset;
			const title = result.meta.title ?? result.url;
			this.#list.append(this.#option(`${id}-${i}`, result.url, 'result', [text('span', 'result__title', title), text('span', 'result__topic', result.meta.topic ?? ''), excerpt(result.excerpt)]));
			// The sections that hold the most of the query's terms, not the page's first headings.
			const sections = result.sub_results.filter((sub) => sub.url.includes('#') && sub.title !== title);
			const subs = rankSections(sections, result.content, this.#terms).slice(0, MAX_SUBRESULTS);
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
