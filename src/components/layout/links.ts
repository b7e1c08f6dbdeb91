/** The site's sections, in the header (wide screens) and the menu (narrow ones). */
export const SITE_LINKS = [
	{ href: '/', label: 'Articles' },
	{ href: '/install/', label: 'Install' },
	{ href: '/choose/', label: 'Decide' },
	{ href: '/api-map/', label: 'API map' },
] as const;
