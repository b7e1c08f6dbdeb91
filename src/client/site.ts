/**
 * The site's one client entry. Each widget is a custom element in its own
 * folder; they are bundled together so a page costs one script request
 * (the performance budget allows 6 requests in all). The menu, the copy
 * buttons and search-term highlighting load on first use.
 */
import './theme-toggle/theme-toggle';
import './framework-switch/framework-switch';
import './tabs/site-tabs';
import './search/search-open';
import './disclosure/disclosure';
import './toc/scroll-spy';

/** Copy buttons (code blocks, "Copy as Markdown"): their code loads on first use (./copy.ts). */
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy], [data-copy-markdown]');
	if (button) void import('./copy').then(({ copy }) => copy(button));
});
/** The menu (<site-menu>, ./menu/): defined and opened on the Menu button's first press. */
document.querySelector('[data-menu-open]')?.addEventListener('click', () => void import('./menu/menu').then((menu) => menu.open()));
// Opened from a search result: mark the terms (the parsing lives in the lazy chunk).
if (location.search.includes('highlight=')) void import('./highlight').then(({ highlight }) => highlight());
