import { define } from '../define';

/**
 * <site-menu>: the menu below 1024 px (markup: SiteMenu.astro, beside it). This module loads on the first
 * press of the Menu button (../site.ts), which defines the element and opens it. Opening moves the header's
 * framework lens and theme button, and an article's sidebar, into the dialog; closing puts them back, so
 * every control exists once. The dialog is modal: Esc closes it in one press and focus returns to the Menu button.
 */
class SiteMenu extends HTMLElement {
	#wired = false;
	#dialog: HTMLDialogElement | null = null;
	#button: HTMLButtonElement | null = null;
	#tools: HTMLElement | null = null;
	#sidebar: HTMLElement | null = null;
	#sidebarHome: ParentNode | null = null;
	#sidebarNext: Element | null = null;

	connectedCallback(): void {
		const dialog = (this.#dialog = this.querySelector('dialog'));
		if (!dialog || this.#wired) return;
		this.#wired = true;
		// The button and what moves in live in the header and the article, outside this element.
		this.#button = document.querySelector('[data-menu-open]');
		this.#tools = document.querySelector('[data-menu-tools]');
		this.#sidebar = document.querySelector('[data-sidebar]');
		this.#sidebarHome = this.#sidebar?.parentNode ?? null;
		this.#sidebarNext = this.#sidebar?.nextElementSibling ?? null;
		dialog.addEventListener('close', () => {
			this.#move(false);
			this.#button?.focus();
		});
		dialog.querySelector('[data-menu-close]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop (outside the sheet) or on a link closes the menu.
		dialog.addEventListener('click', (event) => {
			const target = event.target as Element;
			if (target === dialog || target.closest('a')) dialog.close();
		});
		// Growing past 1024 px with the menu open: the header shows everything again.
		matchMedia('(min-width: 64rem)').addEventListener('change', (event) => event.matches && dialog.close());
	}

	open(): void {
		const dialog = this.#dialog;
		if (!dialog || dialog.open) return;
		this.#move(true);
		dialog.showModal();
		dialog.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView({ block: 'center' });
	}

	#move(open: boolean): void {
		const dialog = this.#dialog;
		const tools = this.#tools;
		const toolSlot = dialog?.querySelector('[data-menu-tools-slot]');
		if (tools && toolSlot) (open ? toolSlot : tools).append(...(open ? tools : toolSlot).children);
		const sidebar = this.#sidebar;
		if (sidebar) {
			if (open) dialog?.querySelector('[data-menu-nav-slot]')?.append(sidebar);
			else this.#sidebarHome?.insertBefore(sidebar, this.#sidebarNext);
		}
		this.#button?.setAttribute('aria-expanded', String(open));
	}
}

define('site-menu', SiteMenu);

/** Opens the page's menu (the Menu button's first press loads this module, then calls this). */
export function open(): void {
	document.querySelector<SiteMenu>('site-menu')?.open();
}
