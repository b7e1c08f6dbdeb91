import { opensSearch } from '../../lib/search-keys';
import { define } from '../define';
import type { SearchUi } from './search';

/**
 * The always-loaded part of search, kept tiny: <site-search> (the header button, its dialog and the
 * keyboard shortcuts) and <site-search-page> (the UI inline on /search/). The search code itself
 * (./search.ts), its stylesheet and Pagefind load only when search is opened.
 */
/** The search code and its stylesheet, once. */
const load = () => import('./search').then(async (search) => (await search.loadStyles(), search));

/**
 * The filter chips' state is their aria-pressed, toggled here in the capture phase, so before the search UI's
 * own click handlers run the query (./search.ts reads the chips then). A chip pressed while the search code
 * loads keeps its state and counts from the first query.
 */
function toggleFilters(root: Element): void {
	root.addEventListener(
		'click',
		(event) => {
			const chip = (event.target as Element).closest('[data-filter]');
			chip?.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
		},
		true,
	);
}

class SearchDialog extends HTMLElement {
	connectedCallback(): void {
		const dialog = this.querySelector('dialog');
		const field = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
		const trigger = this.querySelector<HTMLButtonElement>('[data-search-open]');
		if (!dialog) return;
		let ui: Promise<SearchUi | null> | undefined;
		/** The search code and the dialog's UI, once. */
		const loadDialog = (): Promise<SearchUi | null> =>
			(ui ??= load().then(({ SearchUi, searchRoot }) => {
				const root = searchRoot(dialog);
				return root ? new SearchUi(root, { syncUrl: false }) : null;
			}));
		toggleFilters(dialog);
		/**
		 * Opens the dialog with focus in the field at once (its markup is in the page): what the reader types
		 * while the search code loads lands in the field, and the UI runs it when it starts.
		 */
		const open = (): void => {
			if (dialog.open) return;
			dialog.showModal();
			field?.focus();
			field?.select();
			void loadDialog().then((ui) => ui?.warm());
		};
		trigger?.addEventListener('click', open);
		for (const type of ['pointerenter', 'focus'] as const) trigger?.addEventListener(type, () => void loadDialog(), { once: true });
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop (outside the dialog's box) closes it.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
		dialog.addEventListener('close', () => trigger?.focus());
		// Chromium spends the first Esc clearing a search field: close on the first one (the query stays for next time).
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			dialog.close();
		});
		document.addEventListener('keydown', (event) => {
			const target = event.target as HTMLElement;
			if (!opensSearch(event, target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
			event.preventDefault();
			open();
		});
	}
}

/**
 * /search/: the UI inline, its query in the address bar (?q=). The search code loads when there is a query
 * or when the reader focuses the field, not on a bare visit; it runs what the field holds by then.
 */
class SearchPage extends HTMLElement {
	connectedCallback(): void {
		const root = this.querySelector<HTMLElement>('[data-search]');
		const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
		if (!root || !input) return;
		input.value = new URLSearchParams(location.search).get('q') ?? '';
		const start = () => void load().then(({ SearchUi }) => new SearchUi(root, { syncUrl: true }).warm());
		toggleFilters(root);
		if (input.value) start();
		else input.addEventListener('focus', start, { once: true });
	}
}

define('site-search', SearchDialog);
define('site-search-page', SearchPage);
