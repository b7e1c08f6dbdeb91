/** Site-wide settings. Environment variables override what a deployment needs to change. */
export const SITE = {
	title: 'Field Guide: TensorFlow vs PyTorch',
	shortTitle: 'Field Guide',
	description: 'An accurate, cited guide to choosing, learning and installing TensorFlow and PyTorch, checked for late 2026.',
	lang: 'en',
	/** The repository "Edit this page" points at (REPOSITORY_URL or the host's variables); null leaves the link out. */
	repositoryUrl: __SITE_ENV__.repositoryUrl,
	/** The branch "Edit this page" opens. */
	branch: __SITE_ENV__.branch,
	/** A preview or branch build: kept out of search engines. */
	preview: __SITE_ENV__.preview,
} as const;
