import { describe, expect, it } from 'vitest';
import { escapeXml, ogSvg, wrapText } from './og-card';

describe('wrapText', () => {
	it('wraps at word boundaries', () => expect(wrapText('Computational graphs: tf.function and torch.compile', 28, 3)).toEqual(['Computational graphs:', 'tf.function and', 'torch.compile']));
	it('ends with an ellipsis when it runs out of lines', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 9, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]?.endsWith('…')).toBe(true);
	});
	it('cuts a word longer than a line, so the title stays inside the card', () => {
		const lines = wrapText(`Tensor${'x'.repeat(100)}`, 28, 3);
		expect(lines).toHaveLength(3);
		for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(28);
		expect(lines[2]?.endsWith('…')).toBe(true);
	});
	it('keeps a short title that has one long word on its lines', () => {
		expect(wrapText('See torch.distributed.elastic.multiprocessing', 28, 3)).toEqual(['See', 'torch.distributed.elastic.mu', 'ltiprocessing']);
	});
});

describe('ogSvg', () => {
	it('escapes the title and draws a 1200 x 630 card', () => {
		const svg = ogSvg({ title: 'A <b> & "quoted" title', topic: 'Foundations', site: 'Field Guide' });
		expect(svg).toContain('width="1200" height="630"');
		expect(svg).toContain('A &lt;b&gt; &amp; &quot;quoted&quot; title');
		expect(svg).not.toContain('<b>');
	});
	it('escapes all XML specials', () => expect(escapeXml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&apos;'));
});
