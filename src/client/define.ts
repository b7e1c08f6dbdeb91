/** Defines a custom element once: a second copy of its module on the page (or a hot reload in dev) must not throw. */
export function define(name: string, element: CustomElementConstructor): void {
	if (!customElements.get(name)) customElements.define(name, element);
}
