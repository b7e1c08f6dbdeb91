import { highlightTerms, opensSearch } from '../lib/search-keys';
import type { SearchUi } from './search';

/**
 * The always-loaded part of search, kept tiny: the header button, the
 * keyboard shortcuts, and the /search/ page hook. The search code itself
 * (src/scripts/search.ts) and Pagefind load only when search is opened.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');
let dialogUi: Promise<SearchUi | null> | undefined;

function loadDialog(): Promise<SearchUi | null> {
	dialogUi ??= import('./search').then(({ SearchUi, searchRoot }) => {
		const root = dialog && searchRoot(dialog);
		return root ? new SearchUi(root, { syncUrl: false }) : null;
	});
	return dialogUi;
}

async function open(): Promise<void> {
	if (!dialog || dialog.open) return;
	const ui = await loadDialog();
	dialog.showModal();
	ui?.input.focus();
	ui?.input.select();
	ui?.warm();
}

trigger?.addEventListener('click', () => void open());
for (const type of ['pointerenter', 'focus'] as const) trigger?.addEventListener(type, () => void loadDialog(), { once: true });
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the dialog's box) closes it.
dialog?.addEventListener('click', (event) => event.target === dialog && dialog.close());
dialog?.addEventListener('close', () => trigger?.focus());

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
	if (!opensSearch({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing })) return;
	event.preventDefault();
	void open();
});

const page = document.querySelector<HTMLElement>('[data-search-page] [data-search]');
if (page) {
	void import('./search').then(({ SearchUi }) => {
		const ui = new SearchUi(page, { syncUrl: true });
		ui.input.value = new URLSearchParams(location.search).get('q') ?? '';
		ui.warm();
		void ui.run();
	});
}

const terms = highlightTerms(location.search);
if (terms.length > 0) void import('./highlight').then(({ highlight }) => highlight(terms));
