/**
 * Query understanding before Pagefind. Readers type questions ("how to train
 * on multiple GPUs"), comparisons ("tf.data vs DataLoader") and pasted error
 * messages; Pagefind returns only pages that hold every term, so filler words
 * and an error's paths, numbers and addresses would leave nothing to show.
 * `understand` turns what was typed into the terms worth searching, and
 * `relaxations` into a list of ever shorter queries to fall back on when the
 * strict one finds nothing. Pure: no DOM, no Pagefind.
 */

/** Words that say how a question is asked, not what it is about. */
const FILLER = new Set(
	`a an the and or nor vs versus v vs. compared compare comparison comparing difference differences between
	how to do does did i we you my our your me is are was were be been being what which who whom why when where
	can could should would will shall may might must it its it's this that these those there here of in on at by
	for from with without into onto about as if than then so not no yes get gets got getting use used using
	way ways best better good explain explained example examples guide tutorial please help any some one over`.split(/\s+/),
);

/** Framework names: every page mentions both, so they narrow nothing unless they are all there is. */
const FRAMEWORK_WORDS = new Set(['pytorch', 'torch', 'tensorflow', 'tf', 'keras']);

/** Words an error message is made of that say nothing about which error it is. */
const ERROR_NOISE = new Set(
	`error errors exception traceback most recent call last file line module raise raised during handling
	above another occurred warning warn note info debug fatal failed failure abort aborted`.split(/\s+/),
);

/** What `understand` made of a query. */
export interface Understood {
	/** Terms to search for, in the order typed, each once. */
	terms: string[];
	/** Framework names typed alongside other terms, searched only if the other terms alone find nothing. */
	frameworks: string[];
	/** True when the text looked like a pasted error message or traceback. */
	error: boolean;
}

/** Something like `tf.data`, `nn.Module`, `torch.compile`, `CUDA_VISIBLE_DEVICES`, `state_dict`. */
export function isIdentifier(word: string): boolean {
	return /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+$/.test(word) || /^[A-Za-z]\w*_\w+$/.test(word) || /^[a-z]+[A-Z]\w*$/.test(word);
}

/** Does the text look like an error message rather than a question? */
export function looksLikeError(text: string): boolean {
	return (
		/\b[A-Z][A-Za-z]*(?:Error|Exception|Warning)\b/.test(text) ||
		/Traceback \(most recent call last\)/.test(text) ||
		/\bline \d+\b/.test(text) ||
		/0x[0-9a-f]{4,}/i.test(text) ||
		/(?:^|\s)(?:\/[\w.-]+){2,}/.test(text) ||
		/[A-Za-z]:\\[\w\\.-]+/.test(text)
	);
}

/** Splits text into words, keeping identifiers (dots and underscores inside a word) whole. */
function words(text: string): string[] {
	return text
		.replace(/[\u2018\u2019\u201c\u201d"'`]/g, ' ')
		.split(/[\s,;:!?()[\]{}<>=|]+/)
		.map((word) => word.replace(/^[.\-/]+|[.\-/]+$/g, ''))
		.filter((word) => word !== '');
}

/** Parts of a pasted error that identify nothing: numbers, sizes, versions, hex addresses, paths. */
function isErrorNoise(word: string): boolean {
	const lower = word.toLowerCase();
	return (
		ERROR_NOISE.has(lower) ||
		/^\d[\d.,]*(?:[a-z]{0,3})$/i.test(word) || // 20.00, 7.79, 12GiB, 3.11
		/^v?\d+(?:\.\d+)+(?:[+.-]\w+)*$/i.test(word) || // versions: 2.14.1+cu130
		/^0x[0-9a-f]+$/i.test(word) || // addresses
		/[/\\]/.test(word) || // paths
		/^[a-z]:$/i.test(word) ||
		/\.(?:py|so|dll|cc|cpp|h|pyc)$/i.test(word) // file names
	);
}

/**
 * What a reader's query is about. Filler and comparison words go; framework
 * names are kept aside (unless nothing else is left); a pasted error keeps its
 * distinctive words. Identifiers pass through whole.
 */
export function understand(raw: string): Understood {
	const text = raw.trim();
	const error = looksLikeError(text);
	const terms: string[] = [];
	const frameworks: string[] = [];
	const seen = new Set<string>();
	for (const word of words(text)) {
		const lower = word.toLowerCase();
		if (seen.has(lower)) continue;
		seen.add(lower);
		if (isIdentifier(word)) {
			terms.push(word);
			continue;
		}
		if (FILLER.has(lower)) continue;
		if (error && isErrorNoise(word)) continue;
		if (FRAMEWORK_WORDS.has(lower)) {
			frameworks.push(lower);
			continue;
		}
		if (!/[\p{L}\p{N}]/u.test(word)) continue;
		terms.push(error ? lower : word);
	}
	if (terms.length === 0) return { terms: frameworks, frameworks: [], error };
	// A long paste: its first distinctive words name the error; the rest describes its circumstances.
	return { terms: error ? terms.slice(0, 6) : terms, frameworks, error };
}

/**
 * Queries to try in turn: the understood terms, then (for queries of three or
 * more terms) with the last term dropped, down to two terms, then each of the
 * two longest terms alone, and last the framework names set aside (when
 * nothing else matches, "is tensorflow dead" is still about TensorFlow). An
 * empty list for an empty query.
 */
export function relaxations(raw: string): string[] {
	const { terms, frameworks } = understand(raw);
	if (terms.length === 0) return [];
	const queries = [terms.join(' ')];
	for (let n = terms.length - 1; n >= 2; n--) queries.push(terms.slice(0, n).join(' '));
	if (terms.length >= 2) {
		for (const term of [...terms].sort((a, b) => b.length - a.length).slice(0, 2)) queries.push(term);
	}
	if (frameworks.length > 0) queries.push(frameworks.join(' '));
	return [...new Set(queries)];
}
