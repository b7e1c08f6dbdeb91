/** Filter-as-you-type for the API map: a row matches when it contains every word of the query. */

/** The text a row is matched against, lowercased, with `.`, `_` and `()` also split so parts match. */
export function searchText(parts: readonly (string | null | undefined)[]): string {
	const text = parts.filter(Boolean).join(' ').toLowerCase();
	return `${text} ${text.replace(/[._()[\]/:=,"']+/g, ' ')}`;
}

export function matches(haystack: string, query: string): boolean {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return words.every((word) => haystack.includes(word));
}
