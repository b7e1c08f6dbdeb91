/**
 * Questions readers type into search, with the article they expect first.
 * Written before any ranking was tuned and kept honest: phrased the way a
 * reader asks, not the way an article is worded. When new content rightly
 * moves an answer, change `expect` here in the same commit, and say why.
 *
 * `expect` lists the articles that answer the question well (the first is the
 * best); `section` is the heading a reader wants, where one does.
 */
export interface Question {
	q: string;
	kind: 'concept' | 'comparison' | 'task' | 'identifier' | 'error' | 'typo';
	expect: string[];
	section?: string;
}

export const QUESTIONS: Question[] = [
	// The site's own headline question and its variants.
	{ q: 'pytorch vs tensorflow', kind: 'comparison', expect: ['overview', 'choosing'] },
	{ q: 'tensorflow or pytorch', kind: 'comparison', expect: ['choosing', 'overview'] },
	{ q: 'which framework should I learn first', kind: 'comparison', expect: ['choosing', 'ease-of-use'] },
	{ q: 'is pytorch easier than tensorflow', kind: 'comparison', expect: ['ease-of-use'] },
	{ q: 'is pytorch faster than tensorflow', kind: 'comparison', expect: ['performance'] },
	{ q: 'tf.data vs DataLoader', kind: 'comparison', expect: ['code-examples'], section: 'Preparing the data: DataLoader and tf.data' },
	{ q: 'eager vs graph mode', kind: 'comparison', expect: ['computational-graphs'] },
	{ q: 'torch.compile vs tf.function', kind: 'comparison', expect: ['computational-graphs', 'performance'] },
	{ q: 'DDP vs MirroredStrategy', kind: 'comparison', expect: ['distributed-training'] },
	{ q: 'nn.Module vs keras.Sequential', kind: 'comparison', expect: ['ease-of-use', 'code-examples'] },
	{ q: 'model.fit vs training loop', kind: 'comparison', expect: ['ease-of-use', 'code-examples'] },
	{ q: 'LiteRT or ExecuTorch', kind: 'comparison', expect: ['deployment', 'choosing'] },
	{ q: 'jax vs pytorch', kind: 'comparison', expect: ['jax-and-keras-3'] },

	// Concepts.
	{ q: 'what is a tensor', kind: 'concept', expect: ['overview'] },
	{ q: 'what is eager execution', kind: 'concept', expect: ['computational-graphs'] },
	{ q: 'what is retracing', kind: 'concept', expect: ['computational-graphs'] },
	{ q: 'graph breaks', kind: 'concept', expect: ['debugging'] },
	{ q: 'who owns pytorch', kind: 'concept', expect: ['overview'] },
	{ q: 'is tensorflow dead', kind: 'concept', expect: ['choosing', 'overview'] },
	{ q: 'keras 3 multi backend', kind: 'concept', expect: ['jax-and-keras-3', 'ease-of-use'] },
	{ q: 'mixed precision', kind: 'concept', expect: ['mixed-precision-quantization'] },
	{ q: 'quantization', kind: 'concept', expect: ['mixed-precision-quantization'] },
	{ q: 'data parallelism versus sharding', kind: 'concept', expect: ['distributed-training'] },
	{ q: 'is TorchScript deprecated', kind: 'concept', expect: ['computational-graphs'] },
	{ q: 'what replaced TorchServe', kind: 'concept', expect: ['deployment', 'choosing'] },
	{ q: 'pickle security risk when loading models', kind: 'concept', expect: ['model-security'] },
	{ q: 'who uses pytorch in industry', kind: 'concept', expect: ['industry-adoption'] },
	{ q: 'does hugging face support tensorflow', kind: 'concept', expect: ['community-ecosystem'] },

	// Tasks.
	{ q: 'train on multiple GPUs', kind: 'task', expect: ['distributed-training'] },
	{ q: 'export to mobile', kind: 'task', expect: ['deployment'] },
	{ q: 'run on a Mac GPU', kind: 'task', expect: ['hardware-beyond-nvidia', 'installation', 'install/macos'] },
	{ q: 'install pytorch with cuda', kind: 'task', expect: ['installation'] },
	{ q: 'install tensorflow on windows', kind: 'task', expect: ['installation', 'install/windows'] },
	{ q: 'install on an AMD GPU', kind: 'task', expect: ['hardware-beyond-nvidia', 'installation'] },
	{ q: 'save and load a model', kind: 'task', expect: ['code-examples'], section: 'Saving and loading: state_dict and .keras files' },
	{ q: 'debug NaN loss', kind: 'task', expect: ['debugging'] },
	{ q: 'log training metrics to tensorboard', kind: 'task', expect: ['visualization'] },
	{ q: 'profile my model', kind: 'task', expect: ['visualization', 'performance'] },
	{ q: 'serve a model over REST', kind: 'task', expect: ['deployment'] },
	{ q: 'run a model in the browser', kind: 'task', expect: ['deployment', 'choosing'] },
	{ q: 'convert a pytorch model to tensorflow', kind: 'task', expect: ['migration'] },
	{ q: 'upgrade from keras 2 to keras 3', kind: 'task', expect: ['migration'] },
	{ q: 'fine-tune a large language model', kind: 'task', expect: ['large-models'] },
	{ q: 'serve an LLM', kind: 'task', expect: ['large-models'] },
	{ q: 'train on a TPU', kind: 'task', expect: ['distributed-training', 'hardware-beyond-nvidia'] },
	{ q: 'load untrusted model weights safely', kind: 'task', expect: ['model-security'] },
	{ q: 'check that the GPU is used', kind: 'task', expect: ['installation'] },
	{ q: 'benchmark my model fairly', kind: 'task', expect: ['performance'] },

	// Identifiers.
	{ q: 'GradientTape', kind: 'identifier', expect: ['code-examples', 'ease-of-use'] },
	{ q: 'torchrun', kind: 'identifier', expect: ['distributed-training'] },
	{ q: 'fully_shard', kind: 'identifier', expect: ['distributed-training', 'large-models'] },
	{ q: 'KERAS_BACKEND', kind: 'identifier', expect: ['ease-of-use', 'jax-and-keras-3', 'code-examples'] },
	{ q: 'CUDA_VISIBLE_DEVICES', kind: 'identifier', expect: ['api-map'] },
	{ q: 'weights_only', kind: 'identifier', expect: ['model-security'] },
	{ q: 'torch.export', kind: 'identifier', expect: ['computational-graphs', 'deployment'] },
	{ q: 'jit_compile', kind: 'identifier', expect: ['computational-graphs', 'performance'] },
	{ q: 'TORCH_LOGS', kind: 'identifier', expect: ['debugging'] },
	{ q: 'torch.amp autocast', kind: 'identifier', expect: ['mixed-precision-quantization'] },

	// Pasted errors.
	{ q: 'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)', kind: 'error', expect: ['troubleshooting'] },
	{ q: "ModuleNotFoundError: No module named 'tensorflow'", kind: 'error', expect: ['troubleshooting'] },
	{ q: "No module named 'torch'", kind: 'error', expect: ['troubleshooting'] },
	{ q: "Could not load dynamic library 'libcudart.so.12'; dlerror: libcudart.so.12: cannot open shared object file", kind: 'error', expect: ['troubleshooting'] },
	{ q: 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x784 and 128x10)', kind: 'error', expect: ['troubleshooting'] },
	{ q: 'NCCL watchdog timeout', kind: 'error', expect: ['troubleshooting'] },
	{ q: "The operator 'aten::foo' is not currently implemented for the MPS device", kind: 'error', expect: ['troubleshooting', 'hardware-beyond-nvidia'] },
	{ q: 'UnpicklingError: Weights only load failed', kind: 'error', expect: ['model-security', 'troubleshooting'] },

	// Typos.
	{ q: 'tensorbord', kind: 'typo', expect: ['visualization'] },
	{ q: 'distribued training', kind: 'typo', expect: ['distributed-training'] },
	{ q: 'instal pytorch', kind: 'typo', expect: ['installation'] },
	{ q: 'debuging', kind: 'typo', expect: ['debugging'] },
];
