import { matches } from '../../lib/api-filter';

/** Filters the API map's rows as the reader types; the query lives in the URL (?filter=). */
const input = document.querySelector<HTMLInputElement>('[data-api-input]');
const count = document.querySelector('[data-api-count]');
const empty = document.querySelector<HTMLElement>('[data-api-empty]');
const rows = [...document.querySelectorAll<HTMLElement>('[data-api-row]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-api-group]')];

function apply(): void {
	const query = input?.value.trim() ?? '';
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
}

if (input) {
	input.value = new URLSearchParams(location.search).get('filter') ?? '';
	input.addEventListener('input', apply);
	if (input.value) apply();
}
