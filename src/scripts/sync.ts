import { withSearchParam } from '../lib/tabs';

export interface SyncDetail {
	key: string;
	value: string;
}

/**
 * Applies a reader's choice for a synced key everywhere: <html data-key>,
 * every listening element (via the `site:sync` event), localStorage, and the
 * address bar (replaceState, so no history entry is added).
 * `remember: false` is for choices the reader did not make on purpose (find in page).
 */
export function choose(key: string, value: string, remember = true): void {
	document.documentElement.setAttribute(`data-${key}`, value);
	if (remember) {
		try {
			localStorage.setItem(`tabs:${key}`, value);
		} catch {
			// Storage may be disabled; the choice still applies to this page.
		}
		history.replaceState(history.state, '', withSearchParam(location.search, key, value) + location.hash);
	}
	document.dispatchEvent(new CustomEvent<SyncDetail>('site:sync', { detail: { key, value } }));
}

/** The current value for a key: <html data-key> (set by the head script), else the stored choice. */
export function current(key: string): string | null {
	const fromRoot = document.documentElement.getAttribute(`data-${key}`);
	if (fromRoot !== null) return fromRoot;
	try {
		return localStorage.getItem(`tabs:${key}`);
	} catch {
		return null;
	}
}

/**
 * Page scripts (the install selector) ask for a choice with a `site:choose`
 * event instead of importing this module, so they do not pull a shared chunk
 * into every page.
 */
document.addEventListener('site:choose', (event) => {
	const { key, value } = (event as CustomEvent<SyncDetail>).detail;
	choose(key, value);
});

export function onSync(listener: (detail: SyncDetail) => void): void {
	document.addEventListener('site:sync', (event) => listener((event as CustomEvent<SyncDetail>).detail));
}
