import { SearchUi } from './search';

/** /search/: the search UI inline, its query in the address bar (?q=) so results can be shared and Back returns to them. */
const root = document.querySelector<HTMLElement>('[data-search-page] [data-search]');
if (root) {
	const ui = new SearchUi(root, { syncUrl: true });
	ui.input.value = new URLSearchParams(location.search).get('q') ?? '';
	ui.warm();
	void ui.run();
}
