/** Site-wide settings. Environment variables override what a deployment needs to change. */
export const SITE = {
	title: 'Field Guide: TensorFlow vs PyTorch',
	shortTitle: 'Field Guide',
	description: 'An accurate, cited guide to choosing, learning and installing TensorFlow and PyTorch, checked for late 2026.',
	lang: 'en',
	/** Where "Edit this page" points: the repository's folder of articles. */
	repositoryUrl: process.env.REPOSITORY_URL ?? 'https://github.com/field-guide/tensorflow-vs-pytorch',
} as const;
