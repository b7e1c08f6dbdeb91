import { matches } from '../../lib/api-filter';

/**
 * <site-api-filter>: the API map's filter field. It hides the rows (and the groups left empty) that do not match
 * what the reader types; the tables it filters follow it on the page (ApiMap.astro). The query lives in the
 * URL (?filter=).
 */
class ApiFilter extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('[data-api-input]');
		const count = this.querySelector('[data-api-count]');
		const empty = document.querySelector<HTMLElement>('[data-api-empty]');
		const rows = [...document.querySelectorAll<HTMLElement>('[data-api-row]')];
		const groups = [...document.querySelectorAll<HTMLElement>('[data-api-group]')];
		if (!input) return;
		const apply = (): void => {
			const query = input.value.trim();
			let shown = 0;
			for (const row of rows) {
				row.hidden = !matches(row.dataset.apiRow ?? '', query);
				if (!row.hidden) shown++;
			}
			for (const group of groups) group.hidden = group.querySelector('[data-api-row]:not([hidden])') === null;
			if (count) count.textContent = query === '' ? `${rows.length} pairs` : `${shown} of ${rows.length} pairs match “${query}”`;
			if (empty) empty.hidden = shown > 0;
			const url = new URL(location.href);
			if (query) url.searchParams.set('filter', query);
			else url.searchParams.delete('filter');
			history.replaceState(history.state, '', url);
		};
		input.value = new URLSearchParams(location.search).get('filter') ?? '';
		input.addEventListener('input', apply);
		if (input.value) apply();
	}
}

// A page script, bundled on its own: it guards its definition itself rather than share a module with the site bundle.
if (!customElements.get('site-api-filter')) customElements.define('site-api-filter', ApiFilter);
