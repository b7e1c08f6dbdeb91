/** The Markdown pipeline's fingerprint, defined in astro.config.mjs (see src/lib/pipeline.ts). */
declare const __PIPELINE_KEY__: string;
/** The highlighting setup's fingerprint, defined in astro.config.mjs (see highlightSetup in src/lib/highlight.ts). */
declare const __HIGHLIGHT_SETUP__: string;
