import { describe, expect, it } from 'vitest';
import { isIdentifier, looksLikeError, relaxations, understand } from './query';

describe('understand', () => {
	it.each([
		['pytorch vs tensorflow', ['pytorch', 'tensorflow'], []],
		['PyTorch versus TensorFlow', ['pytorch', 'tensorflow'], []],
		['tf.data vs DataLoader', ['tf.data', 'DataLoader'], []],
		['eager vs graph mode', ['eager', 'graph', 'mode'], []],
		['what is the difference between eager and graph mode', ['eager', 'graph', 'mode'], []],
		['how to train on multiple GPUs', ['train', 'multiple', 'GPUs'], []],
		['how do I export a pytorch model to mobile', ['export', 'model', 'mobile'], ['pytorch']],
		['tensorflow or pytorch for research?', ['research'], ['tensorflow', 'pytorch']],
		['keras', ['keras'], []],
		['vs', [], []],
		['', [], []],
	])('%j', (query, terms, frameworks) => {
		const understood = understand(query);
		expect(understood.terms).toEqual(terms);
		expect(understood.frameworks).toEqual(frameworks);
		expect(understood.error).toBe(false);
	});

	it.each([
		['nn.Module', 'nn.Module'],
		['torch.compile', 'torch.compile'],
		['tf.data', 'tf.data'],
		['CUDA_VISIBLE_DEVICES', 'CUDA_VISIBLE_DEVICES'],
		['state_dict', 'state_dict'],
		['tf.distribute.MirroredStrategy', 'tf.distribute.MirroredStrategy'],
	])('keeps the identifier %s whole', (query, term) => {
		expect(understand(query).terms).toEqual([term]);
		expect(understand(`how to use ${query} with torch`).terms).toEqual([term]);
	});

	it('reduces a pasted CUDA out-of-memory error to its distinctive words', () => {
		const pasted =
			'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB. GPU 0 has a total capacity of 7.79 GiB of which 3.44 MiB is free.';
		const understood = understand(pasted);
		expect(understood.error).toBe(true);
		expect(understood.terms).toEqual(['torch.OutOfMemoryError', 'cuda', 'out', 'memory', 'tried', 'allocate']);
	});

	it('drops paths, line numbers, versions and hex addresses from a traceback', () => {
		const pasted = `Traceback (most recent call last):
  File "/home/me/project/train.py", line 3, in <module>
    import tensorflow as tf
ModuleNotFoundError: No module named 'tensorflow'`;
		const understood = understand(pasted);
		expect(understood.error).toBe(true);
		expect(understood.terms).not.toContain('line');
		expect(understood.terms.some((t) => t.includes('/'))).toBe(false);
		expect(understood.terms).toContain('modulenotfounderror');
		expect(understood.terms).toContain('named');
	});

	it('ignores hex addresses and versions in an error', () => {
		const understood = understand('RuntimeError: CUDA error: an illegal memory access was encountered at 0x7f3a2c00 (torch 2.14.1+cu130)');
		expect(understood.terms).toEqual(['runtimeerror', 'cuda', 'illegal', 'memory', 'access', 'encountered']);
	});
});

describe('looksLikeError', () => {
	it.each([
		['ValueError: shapes (2,3) and (4,) not aligned', true],
		['Could not load dynamic library libcudart.so.12 at /usr/lib/x86_64', true],
		['how to use tf.function', false],
		['mixed precision training', false],
	])('%s', (text, expected) => expect(looksLikeError(text)).toBe(expected));
});

describe('isIdentifier', () => {
	it.each([
		['tf.data', true],
		['nn.Module', true],
		['CUDA_VISIBLE_DEVICES', true],
		['DataLoader', false],
		['mode', false],
		['state_dict', true],
	])('%s', (word, expected) => expect(isIdentifier(word)).toBe(expected));
});

describe('relaxations', () => {
	it('goes from every term to fewer, never to an empty query', () => {
		expect(relaxations('how to train on multiple GPUs')).toEqual(['train multiple GPUs', 'train multiple', 'multiple', 'train']);
		expect(relaxations('pytorch vs tensorflow')).toEqual(['pytorch tensorflow', 'tensorflow', 'pytorch']);
		expect(relaxations('torch.compile')).toEqual(['torch.compile']);
		expect(relaxations('what is')).toEqual([]);
	});

	it('falls back last on the framework names set aside', () => {
		expect(relaxations('is tensorflow dead')).toEqual(['dead', 'tensorflow']);
		expect(relaxations('install pytorch with cuda')).toEqual(['install cuda', 'install', 'cuda', 'pytorch']);
	});

	it('treats "over" as filler, not a term', () => {
		expect(understand('serve a model over REST').terms).toEqual(['serve', 'model', 'REST']);
	});
});
