/**
 * The part of search every page loads: shortcut keys and reading the
 * `highlight` parameter. Kept apart from search.ts so the rest of search
 * stays out of the always-loaded bundle.
 */

/** What the keyboard shortcut listener needs to know about a key press. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** True when focus is in a text field, select or contenteditable element. */
	typing: boolean;
}

/** Ctrl+K / Cmd+K open search from anywhere; "/" only when the reader is not typing. */
export function opensSearch(press: KeyPress): boolean {
	if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return true;
	return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !press.typing;
}

/** Cleans what the reader typed: control characters removed, spaces collapsed, length capped. */
export function normalizeQuery(raw: string, max = 200): string {
	return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Terms to highlight on a target page, from the `highlight` URL parameters Pagefind adds. */
export function highlightTerms(search: string): string[] {
	const params = new URLSearchParams(search);
	const terms = params.getAll('highlight').flatMap((value) => value.split(/\s+/));
	return [...new Set(terms.map((t) => normalizeQuery(t, 60).toLowerCase()).filter((t) => t.length >= 2))];
}

