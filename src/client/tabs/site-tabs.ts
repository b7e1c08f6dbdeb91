import { nextTabIndex } from '../../lib/tabs';
import { choose, current, onChoose } from '../sync';
import { define } from '../define';

/**
 * <site-tabs>: behaviour for the server-rendered WAI-ARIA tabs markup of
 * TabGroup.astro. Inactive panels get hidden="until-found" so the browser's
 * find-in-page can still reach (and open) them.
 */
class SiteTabs extends HTMLElement {
	#tabs: HTMLElement[] = [];
	#panels: HTMLElement[] = [];

	connectedCallback(): void {
		this.#tabs = [...this.querySelectorAll<HTMLElement>(':scope > [role=tablist] > [role=tab]')];
		this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > [role=tabpanel]')];
		const key = this.dataset.syncKey;
		this.#show((key ? current(key) : null) ?? this.#tabs[0]?.dataset.value ?? '');
		this.dataset.ready = '';

		this.addEventListener('click', (event) => {
			const tab = (event.target as Element).closest<HTMLElement>('[role=tab]');
			if (tab && this.#tabs.includes(tab)) this.#pick(tab);
		});
		this.addEventListener('keydown', (event) => {
			const index = this.#tabs.indexOf(event.target as HTMLElement);
			if (index < 0) return;
			const next = nextTabIndex(event.key, index, this.#tabs.length);
			if (next === null) return;
			event.preventDefault();
			const tab = this.#tabs[next];
			if (tab) {
				tab.focus();
				this.#pick(tab);
			}
		});
		for (const panel of this.#panels) {
			// Find in page opened a hidden panel: show that choice on the whole page, without storing it.
			panel.addEventListener('beforematch', () => this.#select(panel.dataset.value ?? '', null, false));
		}
		if (key) onChoose((detail) => detail.key === key && this.#show(detail.value));
	}

	#pick(tab: HTMLElement): void {
		this.#select(tab.dataset.value ?? '', tab, true);
	}

	#select(value: string, anchor: HTMLElement | null, remember: boolean): void {
		// Keep the clicked tab still on screen while groups above it change height.
		const before = anchor?.getBoundingClientRect().top;
		const key = this.dataset.syncKey;
		if (key) choose(key, value, remember);
		else this.#show(value);
		if (anchor && before !== undefined) {
			const delta = anchor.getBoundingClientRect().top - before;
			if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
		}
	}

	#show(value: string): void {
		const all = value === 'both';
		const index = Math.max(0, this.#tabs.findIndex((tab) => tab.dataset.value === value));
		this.#tabs.forEach((tab, i) => {
			tab.setAttribute('aria-selected', String(i === index));
			tab.tabIndex = i === index ? 0 : -1;
		});
		this.#panels.forEach((panel, i) => {
			if (all || i === index) panel.removeAttribute('hidden');
			else panel.setAttribute('hidden', 'until-found');
		});
	}
}

define('site-tabs', SiteTabs);
