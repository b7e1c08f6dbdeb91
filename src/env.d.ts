/** CSS generated from the registry of synced choices (src/build/choices-css.ts). */
declare module 'virtual:field-guide/choices.css';
/** The Markdown pipeline's fingerprint, defined in astro.config.mjs (see src/build/pipeline.ts). */
declare const __PIPELINE_KEY__: string;
/** The highlighting setup's fingerprint, defined in astro.config.mjs (see highlightSetup in src/build/code-highlighter.ts). */
declare const __HIGHLIGHT_SETUP__: string;
/** The card setup's fingerprint, defined in astro.config.mjs (see cardSetup in src/build/og-card.ts). */
declare const __CARD_SETUP__: string;
/** What pages show of the deployment, defined in astro.config.mjs from src/build/site-env.ts. */
declare const __SITE_ENV__: {
	/** A host's preview or branch build: noindex on every page, robots.txt disallows all. */
	preview: boolean;
	/** The repository's web address for "Edit this page"; null when unknown (the link is left out). */
	repositoryUrl: string | null;
	/** The branch "Edit this page" opens. */
	branch: string;
};
