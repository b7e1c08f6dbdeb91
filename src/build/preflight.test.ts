import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleSlug, contentProblems, encodingProblem, isArticleFile, preflight, type InputEntry } from './preflight';

const files = (...paths: string[]): InputEntry[] => paths.map((path) => ({ path, kind: 'file' }));

describe('articleSlug', () => {
	it.each([
		['overview.mdx', 'overview'],
		['Overview.mdx', 'overview'],
		['overview/index.mdx', 'overview'],
		['Guides/Getting Started.mdx', 'guides/getting-started'],
	])('%s -> %s', (path, expected) => expect(articleSlug(path)).toBe(expected));
});

describe('isArticleFile', () => {
	it.each([
		['overview.mdx', true],
		['_draft.mdx', false],
		['notes/_draft.mdx', false],
		['.hidden/a.mdx', false],
		['readme.md', false],
	])('%s -> %s', (path, expected) => expect(isArticleFile(path)).toBe(expected));
});

describe('contentProblems', () => {
	it('passes distinct articles', () => {
		expect(contentProblems(files('overview.mdx', 'debugging.mdx', '_draft.mdx'), 'content')).toEqual([]);
	});
	it('names both files of a slug given twice by a folder index', () => {
		const [problem, ...rest] = contentProblems(files('overview.mdx', 'overview/index.mdx'), 'content');
		expect(rest).toEqual([]);
		expect(problem).toContain('content/overview.mdx and content/overview/index.mdx would both be the page /overview/');
	});
	it('names both files of names differing only in case', () => {
		expect(contentProblems(files('Overview.mdx', 'overview.mdx'), 'content')[0]).toContain('content/Overview.mdx and content/overview.mdx');
	});
	it('refuses symlinks, naming them', () => {
		expect(contentProblems([...files('a.mdx'), { path: 'b.mdx', kind: 'symlink' }], 'content')).toEqual([
			'content/b.mdx is a symbolic link: the build does not follow links in content; copy the file in instead.',
		]);
	});
	it('says in one sentence that there are no articles', () => {
		expect(contentProblems(files('_draft.mdx', 'notes.txt'), 'content')).toEqual([
			'No articles in content: add an .mdx file there (see README, "Writing an article"), or set CONTENT_DIR to the folder that holds them.',
		]);
	});
});

describe('encodingProblem', () => {
	it('accepts UTF-8, with or without a byte order mark', () => {
		expect(encodingProblem(new TextEncoder().encode('---\ntitle: "Ünïcode ✓"\n---\n'))).toBeNull();
		expect(encodingProblem(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBeNull();
	});
	it('names the line of the first Latin-1 byte', () => {
		expect(encodingProblem(new Uint8Array([...new TextEncoder().encode('---\ntitle: "Caf'), 0xe9, 0x22]))).toBe(
			'is not valid UTF-8 (first invalid byte on line 2; Latin-1 or Windows-1252?); save it as UTF-8',
		);
	});
	it('recognises UTF-16', () => {
		expect(encodingProblem(new Uint8Array([0xff, 0xfe, 0x2d, 0x00]))).toContain('is UTF-16');
	});
});

describe('preflight (on disk)', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	const make = () => (dir = mkdtempSync(join(tmpdir(), 'preflight-')));

	it('says the content folder is missing', () => {
		make();
		expect(() => preflight({ content: join(dir, 'content'), contentLabel: 'content' })).toThrow(
			'The content folder content does not exist: create it with the articles, or set CONTENT_DIR to the folder that holds them.',
		);
	});
	it('lists every problem at once: encoding, duplicates, symlinks in public/', () => {
		make();
		mkdirSync(join(dir, 'content', 'overview'), { recursive: true });
		mkdirSync(join(dir, 'public'));
		writeFileSync(join(dir, 'content', 'overview.mdx'), 'a');
		writeFileSync(join(dir, 'content', 'overview', 'index.mdx'), 'b');
		writeFileSync(join(dir, 'content', 'latin1.mdx'), new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
		symlinkSync('/etc/hostname', join(dir, 'public', 'hostname.txt'));
		let message = '';
		try {
			preflight({ content: join(dir, 'content'), publicDir: join(dir, 'public'), contentLabel: 'content' });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('3 problems');
		expect(message).toContain('content/overview.mdx and content/overview/index.mdx would both be the page /overview/');
		expect(message).toContain('content/latin1.mdx is not valid UTF-8');
		expect(message).toContain('public/hostname.txt is a symbolic link');
	});
	it('passes the real content folder', () => {
		expect(() => preflight({ content: 'content', publicDir: 'public' })).not.toThrow();
	});
});
