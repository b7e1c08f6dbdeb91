/** The Markdown pipeline's fingerprint, defined in astro.config.mjs (see src/lib/pipeline.ts). */
declare const __PIPELINE_KEY__: string;
