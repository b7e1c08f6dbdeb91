/**
 * Tab groups that share a `syncKey` switch together, are remembered in
 * localStorage under `tabs:<key>`, and can be chosen with `?<key>=<value>`:
 * the keys and their values are the registry of synced choices (choices.ts).
 */
export { FRAMEWORKS } from './choices';

/** The value a tab carries for syncing: its label, lowercased and dashed ("Apple silicon" -> "apple-silicon"). */
export function tabValue(label: string): string {
	return label
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Where focus goes for a key press in a tab list of `count` tabs (WAI-ARIA
 * tabs pattern: arrows wrap, Home/End jump). `null` means the key is not ours.
 */
export function nextTabIndex(key: string, current: number, count: number): number | null {
	if (count <= 0) return null;
	switch (key) {
		case 'ArrowRight':
			return (current + 1) % count;
		case 'ArrowLeft':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** Returns a copy of `search` (a location.search string) with `key` set to `value`. */
export function withSearchParam(search: string, key: string, value: string): string {
	const params = new URLSearchParams(search);
	params.set(key, value);
	return `?${params.toString()}`;
}

/** One tab's content as <Tabs> receives it from its <Tab> children. */
export interface TabPanelSource {
	label: string;
	/** Sync value when the author gave one; otherwise derived from the label. */
	value?: string;
	html: string;
}

/** Marker that <Tab> writes before its content; <Tabs> splits its rendered slot on it. */
export function tabMarker(label: string, value?: string): string {
	return `<!--site-tab:${encodeURIComponent(label)}${value === undefined ? '' : `:${encodeURIComponent(value)}`}-->`;
}

/**
 * Splits the rendered children of <Tabs> into panels. Nested tab groups were
 * rendered first and no longer carry markers, so a flat split is enough.
 */
export function splitTabPanels(html: string): TabPanelSource[] {
	const parts = html.split(/<!--site-tab:([^>]*?)-->/);
	const panels: TabPanelSource[] = [];
	for (let i = 1; i < parts.length; i += 2) {
		const [label = '', value] = (parts[i] ?? '').split(':').map(decodeURIComponent);
		panels.push({ label, ...(value === undefined ? {} : { value }), html: (parts[i + 1] ?? '').trim() });
	}
	return panels;
}

const COUNTER = Symbol.for('field-guide.tab-counter');

/** Page-unique id prefix for a tab group, from a counter kept on Astro.locals (one object per page render). */
export function nextGroupId(locals: object): string {
	const store = locals as { [COUNTER]?: number };
	store[COUNTER] = (store[COUNTER] ?? 0) + 1;
	return `tabs-${store[COUNTER]}`;
}
