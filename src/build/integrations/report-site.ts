import type { AstroIntegration } from 'astro';
import { siteWarning, type Env, type SiteEnv } from '../site-env';

/**
 * Says at the start of a build where the site is going (src/build/site-env.ts):
 * its address and where that came from, and whether it is a preview that
 * search engines must not index; or one warning when no address is known.
 */
export function siteEnvironment(siteEnv: SiteEnv, env: Env): AstroIntegration {
	return {
		name: 'field-guide:site-env',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const warning = siteWarning(siteEnv, env);
				if (warning) logger.warn(warning);
				else logger.info(`Site: ${siteEnv.site}${siteEnv.base} (from ${siteEnv.siteFrom}).`);
				if (siteEnv.preview) logger.info(`Preview build (${siteEnv.preview}): pages carry noindex and robots.txt disallows all.`);
			},
		},
	};
}
