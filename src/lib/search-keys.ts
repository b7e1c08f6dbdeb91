/**
 * The part of search every page loads: the shortcut keys. Kept apart from
 * search.ts so the rest of search stays out of the always-loaded bundle.
 */

/** What the keyboard shortcut listener needs to know about a key press (a KeyboardEvent has it all). */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/**
 * Ctrl+K / Cmd+K open search from anywhere; "/" only when the reader is not typing
 * (`typing`: focus is in a text field, select or contenteditable element).
 */
export function opensSearch(press: KeyPress, typing: boolean): boolean {
	if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return true;
	return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !typing;
}
