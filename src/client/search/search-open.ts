import { opensSearch } from '../../lib/search-keys';
import type { SearchUi } from './search';

/**
 * The always-loaded part of search, kept tiny: the header button, the
 * keyboard shortcuts and the hook for highlighting. The search code itself
 * (src/client/search/search.ts) and Pagefind load only when search is opened.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const field = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');
let dialogUi: Promise<SearchUi | null> | undefined;

/** The search code and its stylesheet, once. */
const load = () => import('./search').then(async (search) => (await search.loadStyles(), search));

function loadDialog(): Promise<SearchUi | null> {
	dialogUi ??= load().then(({ SearchUi, searchRoot }) => {
		const root = dialog && searchRoot(dialog);
		return root ? new SearchUi(root, { syncUrl: false }) : null;
	});
	return dialogUi;
}

/**
 * Opens the dialog with focus in the field at once (its markup is in the page): what the reader types
 * while the search code loads lands in the field, and the UI runs it when it starts.
 */
function open(): void {
	if (!dialog || dialog.open) return;
	dialog.showModal();
	field?.focus();
	field?.select();
	void loadDialog().then((ui) => ui?.warm());
}

trigger?.addEventListener('click', open);
for (const type of ['pointerenter', 'focus'] as const) trigger?.addEventListener(type, () => void loadDialog(), { once: true });
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the dialog's box) closes it.
dialog?.addEventListener('click', (event) => event.target === dialog && dialog.close());
dialog?.addEventListener('close', () => trigger?.focus());
// Chromium spends the first Esc clearing a search field: close on the first one (the query stays for next time).
dialog?.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	event.preventDefault();
	dialog.close();
});

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
	if (!opensSearch({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing })) return;
	event.preventDefault();
	open();
});

// /search/: the UI inline, its query in the address bar (?q=). The search code loads when there is a query
// or when the reader focuses the field, not on a bare visit; it runs what the field holds by then.
const pageRoot = document.querySelector<HTMLElement>('[data-search-page] [data-search]');
const pageInput = pageRoot?.querySelector<HTMLInputElement>('[data-search-input]');
if (pageRoot && pageInput) {
	pageInput.value = new URLSearchParams(location.search).get('q') ?? '';
	const start = () => void load().then(({ SearchUi }) => new SearchUi(pageRoot, { syncUrl: true }).warm());
	if (pageInput.value) start();
	else pageInput.addEventListener('focus', start, { once: true });
}

// Opened from a search result: mark the terms (the parsing lives in the lazy chunk).
if (location.search.includes('highlight=')) void import('../highlight').then(({ highlight }) => highlight());
