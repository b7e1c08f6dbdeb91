import { searchHelp, type TitleEntry } from '../../lib/search-help';

/**
 * What the search UI shows when a query finds nothing: the closest article titles, and the install selector or
 * the decision guide when the query reads like those (src/lib/search-help.ts). Loaded the first time a query
 * finds nothing, so it is not part of every first query's bytes.
 */

let titles: Promise<TitleEntry[]> | undefined;

/** Every article's title and address (src/pages/search-titles.json.ts), fetched once. */
function loadTitles(base: string): Promise<TitleEntry[]> {
	titles ??= fetch(`${base}search-titles.json`).then((response) => {
		if (!response.ok) throw new Error(`search-titles.json: HTTP ${response.status}`);
		return response.json() as Promise<TitleEntry[]>;
	});
	titles.catch(() => (titles = undefined)); // Try again next time.
	return titles;
}

/**
 * Fills the "no results" block (`empty`) for `query`. The guides show at once, the titles when their small file
 * is there; `current()` says whether `query` is still the one on screen when it arrives.
 */
export async function showHelp(empty: HTMLElement, base: string, query: string, current: () => boolean): Promise<void> {
	const closest = empty.querySelector<HTMLElement>('[data-search-closest]');
	const list = empty.querySelector('[data-search-closest-list]');
	if (closest) closest.hidden = true;
	const { install, choose } = searchHelp(query, []);
	for (const guide of empty.querySelectorAll<HTMLElement>('[data-search-guide]')) guide.hidden = !(guide.dataset.searchGuide === 'install' ? install : choose);
	const entries = await loadTitles(base).catch(() => []);
	if (!current() || !closest || !list) return;
	const help = searchHelp(query, entries);
	list.replaceChildren(
		...help.closest.map((entry) => {
			const link = document.createElement('a');
			link.href = entry.url;
			link.textContent = entry.title;
			const item = document.createElement('li');
			item.append(link);
			return item;
		}),
	);
	closest.hidden = help.closest.length === 0;
}
