import { define } from '../define';

/**
 * <site-theme-toggle>: the theme button, pressed means dark. The first click leaves
 * "follow the system" and stores an explicit choice; the head script applies
 * it on every later page before first paint.
 */
class ThemeToggle extends HTMLElement {
	#wired = false;

	connectedCallback(): void {
		// The phone menu moves this element into its dialog and back (menu/menu.ts): wire it once.
		if (this.#wired) return;
		this.#wired = true;
		const button = this.querySelector('button');
		const root = document.documentElement;
		const dark = matchMedia('(prefers-color-scheme: dark)');
		const isDark = (): boolean => {
			const chosen = root.getAttribute('data-theme');
			return chosen === null ? dark.matches : chosen === 'dark';
		};
		const render = (): void => button?.setAttribute('aria-pressed', String(isDark()));
		button?.addEventListener('click', () => {
			const next = isDark() ? 'light' : 'dark';
			root.setAttribute('data-theme', next);
			try {
				localStorage.setItem('theme', next);
			} catch {
				// Without storage the choice lasts for this page only.
			}
			render();
		});
		dark.addEventListener('change', render);
		render();
	}
}

define('site-theme-toggle', ThemeToggle);
