import { describe, expect, it } from 'vitest';
import { feedDescription } from './feed';

describe('feedDescription', () => {
	it('escapes markup so feed readers show it as text', () => {
		expect(feedDescription('Use <img src=x onerror=alert(1)> & "tf.function"')).toBe('Use &lt;img src=x onerror=alert(1)&gt; &amp; &quot;tf.function&quot;');
	});
	it('leaves plain text alone', () => expect(feedDescription('How Keras 3 and PyTorch differ.')).toBe('How Keras 3 and PyTorch differ.'));
});
