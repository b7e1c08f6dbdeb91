import { describe, expect, it } from 'vitest';
import { createHighlighter, createCssVariablesTheme } from 'shiki';
import { transformerMetaHighlight, transformerNotationDiff } from '@shikijs/transformers';
import { parseTitle, styleToClasses, transformerCodeFrame, transformerStyleClasses } from './shiki';

describe('styleToClasses', () => {
	it.each([
		['color:var(--shiki-token-keyword)', ['t-keyword']],
		['color:var(--shiki-foreground)', []],
		['background-color:var(--shiki-background);color:var(--shiki-foreground)', []],
		['color:var(--shiki-token-comment);font-style:italic', ['t-comment', 't-italic']],
	])('%s -> %j', (style, expected) => expect(styleToClasses(style)).toEqual(expected));
	it('refuses colours that are not theme variables, so no style attribute can ship', () => {
		expect(() => styleToClasses('color:#ff0000')).toThrow('Unexpected Shiki colour');
		expect(() => styleToClasses('overflow-x: auto')).toThrow('Unexpected Shiki style');
	});
});

describe('parseTitle', () => {
	it.each([
		['title="train.py"', 'train.py'],
		["{1,3} title='model.py'", 'model.py'],
		['title=""', undefined],
		['{2}', undefined],
		[undefined, undefined],
	])('%j -> %j', (meta, expected) => expect(parseTitle(meta)).toBe(expected));
});

describe('highlighted code', async () => {
	const theme = createCssVariablesTheme({ name: 'css-variables', variablePrefix: '--shiki-', fontStyle: true });
	const highlighter = await createHighlighter({ themes: [theme], langs: ['python', 'bash'] });
	const render = (code: string, lang: string, meta: string) =>
		highlighter.codeToHtml(code, {
			lang,
			theme: 'css-variables',
			meta: { __raw: meta },
			transformers: [transformerMetaHighlight(), transformerNotationDiff(), transformerCodeFrame(), transformerStyleClasses()],
		});

	it('has no inline style attribute, and token classes instead', () => {
		const html = render('import torch\nx = torch.ones(3)  # a comment', 'python', '');
		expect(html).not.toContain('style=');
		expect(html).toContain('<span class="t-keyword">import</span>');
	});
	it('puts a titled block in a figure captioned by its title, with a copy button', () => {
		const html = render('print(1)', 'python', 'title="train.py"');
		expect(html).toMatch(/^<figure class="code" data-lang="python"><figcaption class="code__bar" data-pagefind-ignore(="")?><span class="code__title">train.py<\/span><button type="button" class="code__copy" data-copy(="")? aria-label="Copy train.py">Copy<\/button><\/figcaption><pre/);
	});
	it('labels an untitled block with its language', () => {
		expect(render('ls', 'bash', '')).toContain('<div class="code" data-lang="bash"><div class="code__bar" data-pagefind-ignore=""><span class="code__lang">bash</span>');
	});
	it('marks highlighted lines and diff lines', () => {
		const html = render('a = 1\nb = 2 # [!code --]\nb = 3 # [!code ++]', 'python', '{1}');
		expect(html).toContain('class="line highlighted"');
		expect(html).toContain('class="line diff remove"');
		expect(html).toContain('class="line diff add"');
		expect(html).not.toContain('[!code');
	});
});
