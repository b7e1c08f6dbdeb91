import { withSearchParam } from '../lib/tabs';

/** A reader's choice for a synced key (src/lib/choices.ts); `remember: false` for choices not made on purpose (find in page). */
export interface ChoiceDetail {
	key: string;
	value: string;
	remember?: boolean;
}

/**
 * The one client API for "choose X": a `site:choose` event on document. Whoever chooses sends it (choose(), or a page
 * script that does not import this module dispatches it itself, so it pulls no shared chunk into every page);
 * this module applies it (<html data-key>, localStorage `tabs:<key>`, and the address bar through replaceState,
 * so no history entry is added), and every widget showing that key listens to it (onChoose).
 */
export const CHOOSE_EVENT = 'site:choose';

export function choose(key: string, value: string, remember = true): void {
	document.dispatchEvent(new CustomEvent<ChoiceDetail>(CHOOSE_EVENT, { detail: { key, value, remember } }));
}

function apply({ key, value, remember = true }: ChoiceDetail): void {
	document.documentElement.setAttribute(`data-${key}`, value);
	if (!remember) return;
	try {
		localStorage.setItem(`tabs:${key}`, value);
	} catch {
		// Storage may be disabled; the choice still applies to this page.
	}
	history.replaceState(history.state, '', withSearchParam(location.search, key, value) + location.hash);
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

/** Calls `listener` with every choice made on the page, after it has been applied. */
export function onChoose(listener: (detail: ChoiceDetail) => void): void {
	document.addEventListener(CHOOSE_EVENT, (event) => listener((event as CustomEvent<ChoiceDetail>).detail));
}

// Registered when the site bundle loads, before any widget's listener, so widgets see the choice already applied.
onChoose(apply);
