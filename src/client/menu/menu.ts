/**
 * The menu below 1024 px (markup: SiteMenu.astro, beside it), loaded on
 * the first press of the Menu button. Opening moves the header's framework
 * lens and theme button, and an article's sidebar, into the dialog; closing
 * puts them back, so every control exists once. The dialog is modal: Esc
 * closes it in one press and the browser returns focus to the Menu button.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-menu]');
const button = document.querySelector<HTMLButtonElement>('[data-menu-open]');
const tools = document.querySelector<HTMLElement>('[data-menu-tools]');
const sidebar = document.querySelector<HTMLElement>('[data-sidebar]');
const sidebarHome = sidebar?.parentElement;
const sidebarNext = sidebar?.nextElementSibling ?? null;

function move(open: boolean): void {
	const toolSlot = dialog?.querySelector('[data-menu-tools-slot]');
	if (tools && toolSlot) (open ? toolSlot : tools).append(...(open ? tools : toolSlot).children);
	if (sidebar) {
		if (open) dialog?.querySelector('[data-menu-nav-slot]')?.append(sidebar);
		else sidebarHome?.insertBefore(sidebar, sidebarNext);
	}
	button?.setAttribute('aria-expanded', String(open));
}

export function open(): void {
	if (!dialog || dialog.open) return;
	move(true);
	dialog.showModal();
	dialog.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView({ block: 'center' });
}

dialog?.addEventListener('close', () => {
	move(false);
	button?.focus();
});
dialog?.querySelector('[data-menu-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the sheet) or on a link closes the menu.
dialog?.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target === dialog || target.closest('a')) dialog.close();
});
// Growing past 1024 px with the menu open: the header shows everything again.
matchMedia('(min-width: 64rem)').addEventListener('change', (event) => event.matches && dialog?.close());
