/**
 * The site's one client entry. Each component keeps its behaviour in its own
 * module; they are bundled together so a page costs one script request
 * (the performance budget allows 6 requests in all). The menu loads on first use.
 */
import './theme-toggle';
import './framework-switch';
import './site-tabs';
import './copy-code';
import './search-open';
import './disclosure';
import './scroll-spy';

document.querySelector('[data-menu-open]')?.addEventListener('click', () => void import('./menu').then((menu) => menu.open()));
