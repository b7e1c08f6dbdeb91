import { withBase } from './urls';

/**
 * The one reader of the configured base path (Astro's `import.meta.env.BASE_URL`, from BASE_PATH) for pages,
 * components and browser scripts. Node scripts outside Vite (scripts/, astro.config.mjs) have no
 * `import.meta.env` and pass the base to src/lib/urls.ts themselves.
 */
export function basePath(): string {
	return import.meta.env.BASE_URL;
}

/** A site path with the base path in front: `siteHref('/debugging/')` is `/field-guide/debugging/` under /field-guide/. */
export function siteHref(path: string): string {
	return withBase(path, basePath());
}
