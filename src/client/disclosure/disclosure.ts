import { define } from '../define';

/**
 * <site-disclosure>: a button (data-disclosure) that shows and hides the panel it controls
 * (aria-controls): aria-expanded on the button, data-open on the panel. Used by the table of
 * contents and the search filters on narrow screens. Escape closes it and returns focus to
 * its button; following a link inside closes it too.
 */
class SiteDisclosure extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-disclosure]');
		const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
		if (!button || !panel) return;
		let isOpen = false; // the markup starts closed (aria-expanded="false")
		const set = (open: boolean): void => {
			isOpen = open;
			button.setAttribute('aria-expanded', String(open));
			panel.toggleAttribute('data-open', open);
		};
		button.addEventListener('click', () => set(!isOpen));
		panel.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a')) set(false);
		});
		document.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !isOpen) return;
			set(false);
			button.focus();
		});
	}
}

define('site-disclosure', SiteDisclosure);
