/**
 * The site's one client entry. Each component keeps its behaviour in its own
 * module; they are bundled together so a page costs one script request
 * (the performance budget allows 6 requests in all). The menu and the copy buttons load on first use.
 */
import './theme-toggle/theme-toggle';
import './framework-switch/framework-switch';
import './tabs/site-tabs';
import './search/search-open';
import './disclosure/disclosure';
import './toc/scroll-spy';

/** Copy buttons (code blocks, "Copy as Markdown"): their code loads on first use (src/client/copy.ts). */
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy], [data-copy-markdown]');
	if (button) void import('./copy').then(({ copy }) => copy(button));
});
document.querySelector('[data-menu-open]')?.addEventListener('click', () => void import('./menu/menu').then((menu) => menu.open()));
