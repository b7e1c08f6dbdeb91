import { describe, expect, it } from 'vitest';
import { frontmatterOf, withoutFrontmatter } from './frontmatter';

describe('frontmatterOf', () => {
	it('gives the YAML between the fences, with a byte-order mark and Windows line ends too', () => {
		expect(frontmatterOf('---\ntitle: "A --- B"\ntags: [x]\n---\nBody.\n')).toBe('title: "A --- B"\ntags: [x]');
		expect(frontmatterOf('\uFEFF---\r\ntitle: A\r\n---\r\nBody.')).toBe('title: A');
	});
	it('gives nothing for a file without frontmatter', () => expect(frontmatterOf('Text\n---\nmore')).toBe(''));
});

describe('withoutFrontmatter', () => {
	it('drops the frontmatter block', () => expect(withoutFrontmatter('---\ntitle: "A --- B"\ntags: [x]\n---\nBody text.\n')).toBe('Body text.\n'));
	it('handles Windows line ends and a byte-order mark', () => expect(withoutFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody.')).toBe('Body.'));
	it('leaves a file without frontmatter, and a later rule, alone', () => {
		expect(withoutFrontmatter('Text\n---\nmore')).toBe('Text\n---\nmore');
		expect(withoutFrontmatter('---\ntitle: A\n---\nText\n\n---\n\nMore')).toBe('Text\n\n---\n\nMore');
	});
});
