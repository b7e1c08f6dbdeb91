/**
 * PyTorch <-> TensorFlow/Keras API map: one entry per concept, each side linked to its official documentation.
 * Checked against PyTorch 2.14, TensorFlow 2.21 and Keras 3.15 (late 2026).
 * Every `url` points at docs.pytorch.org, pytorch.org, www.tensorflow.org, keras.io or ai.google.dev.
 */

/** Groups of the API map, in display order. */
export const API_GROUPS = [
	{ id: 'tensors', label: 'Tensors' },
	{ id: 'autograd', label: 'Autograd and gradients' },
	{ id: 'layers', label: 'Layers and modules' },
	{ id: 'training', label: 'Training loop' },
	{ id: 'data', label: 'Data loading' },
	{ id: 'saving', label: 'Saving and loading' },
	{ id: 'devices', label: 'Devices' },
	{ id: 'compilation', label: 'Compilation and graphs' },
	{ id: 'distributed', label: 'Distributed training' },
	{ id: 'deployment', label: 'Deployment and export' },
	{ id: 'logging', label: 'Logging and profiling' },
] as const;

/** Id of one group of the API map. */
export type ApiGroupId = (typeof API_GROUPS)[number]['id'];

/** One side of a pair: the API as written in code, and its official documentation page. */
export interface ApiRef {
	api: string;
	url: string;
}

/** One concept and how each framework expresses it. */
export interface ApiPair {
	/** Stable id, kebab-case, unique. */
	id: string;
	group: ApiGroupId;
	/** What both sides do, in a few words ("Base class for a model"). */
	concept: string;
	/** null when PyTorch has no direct equivalent. */
	pytorch: ApiRef | null;
	/** null when TensorFlow/Keras has no direct equivalent. */
	tensorflow: ApiRef | null;
	/** Required when a side is null: the nearest idiom. Optional otherwise: a caveat in one sentence. */
	note?: string;
	/**
	 * Slug of the article that discusses it, if one does: overview, ease-of-use, computational-graphs, performance,
	 * debugging, visualization, code-examples, deployment, distributed-training, community-ecosystem,
	 * industry-adoption, installation, choosing, mixed-precision-quantization, large-models.
	 */
	article?: string;
}

/** The pairs, grouped by `group` in the order of API_GROUPS. */
export const API_PAIRS: readonly ApiPair[] = [
	{
		id: 'tensor-from-data',
		group: 'tensors',
		concept: 'Create a tensor from Python data',
		pytorch: { api: 'torch.tensor', url: 'https://docs.pytorch.org/docs/stable/generated/torch.tensor.html' },
		tensorflow: { api: 'tf.constant', url: 'https://www.tensorflow.org/api_docs/python/tf/constant' },
		note: 'TensorFlow tensors are immutable; use tf.Variable for values that change in place.',
		article: 'overview',
	},
	{
		id: 'zeros',
		group: 'tensors',
		concept: 'Tensor filled with zeros',
		pytorch: { api: 'torch.zeros', url: 'https://docs.pytorch.org/docs/stable/generated/torch.zeros.html' },
		tensorflow: { api: 'tf.zeros', url: 'https://www.tensorflow.org/api_docs/python/tf/zeros' },
	},
	{
		id: 'random-normal',
		group: 'tensors',
		concept: 'Random values from a normal distribution',
		pytorch: { api: 'torch.randn', url: 'https://docs.pytorch.org/docs/stable/generated/torch.randn.html' },
		tensorflow: { api: 'tf.random.normal', url: 'https://www.tensorflow.org/api_docs/python/tf/random/normal' },
		note: 'torch.randn always draws from a standard normal; tf.random.normal also takes mean and stddev arguments.',
		article: 'overview',
	},
	{
		id: 'from-numpy',
		group: 'tensors',
		concept: 'NumPy array to tensor',
		pytorch: {
			api: 'torch.from_numpy',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.from_numpy.html',
		},
		tensorflow: {
			api: 'tf.convert_to_tensor',
			url: 'https://www.tensorflow.org/api_docs/python/tf/convert_to_tensor',
		},
		note: 'torch.from_numpy shares memory with the array, so writing to one changes the other; a TensorFlow tensor cannot be written to.',
	},
	{
		id: 'to-numpy',
		group: 'tensors',
		concept: 'Tensor to NumPy array',
		pytorch: {
			api: 'tensor.numpy()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.numpy.html',
		},
		tensorflow: { api: 'tensor.numpy()', url: 'https://www.tensorflow.org/api_docs/python/tf/Tensor#numpy' },
		note: 'In PyTorch call .detach().cpu() first on tensors that need gradients or live on a GPU; in TensorFlow .numpy() works in eager mode only, not inside tf.function.',
	},
	{
		id: 'matmul',
		group: 'tensors',
		concept: 'Matrix multiplication',
		pytorch: { api: 'torch.matmul / @', url: 'https://docs.pytorch.org/docs/stable/generated/torch.matmul.html' },
		tensorflow: { api: 'tf.matmul / @', url: 'https://www.tensorflow.org/api_docs/python/tf/linalg/matmul' },
		article: 'overview',
	},
	{
		id: 'reshape',
		group: 'tensors',
		concept: 'Change the shape of a tensor',
		pytorch: { api: 'torch.reshape', url: 'https://docs.pytorch.org/docs/stable/generated/torch.reshape.html' },
		tensorflow: { api: 'tf.reshape', url: 'https://www.tensorflow.org/api_docs/python/tf/reshape' },
		note: 'Tensor.view also reshapes in PyTorch but only works when the memory layout allows it; torch.reshape copies when it has to.',
	},
	{
		id: 'concat',
		group: 'tensors',
		concept: 'Join tensors along an existing axis',
		pytorch: { api: 'torch.cat', url: 'https://docs.pytorch.org/docs/stable/generated/torch.cat.html' },
		tensorflow: { api: 'tf.concat', url: 'https://www.tensorflow.org/api_docs/python/tf/concat' },
		note: 'PyTorch calls the axis argument dim; TensorFlow calls it axis.',
	},
	{
		id: 'stack',
		group: 'tensors',
		concept: 'Join tensors along a new axis',
		pytorch: { api: 'torch.stack', url: 'https://docs.pytorch.org/docs/stable/generated/torch.stack.html' },
		tensorflow: { api: 'tf.stack', url: 'https://www.tensorflow.org/api_docs/python/tf/stack' },
	},
	{
		id: 'permute',
		group: 'tensors',
		concept: 'Reorder dimensions',
		pytorch: {
			api: 'tensor.permute(dims)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.permute.html',
		},
		tensorflow: { api: 'tf.transpose(x, perm)', url: 'https://www.tensorflow.org/api_docs/python/tf/transpose' },
		note: 'A common use is converting images from NCHW (PyTorch layout) to NHWC (Keras default) with perm (0, 2, 3, 1).',
	},
	{
		id: 'cast',
		group: 'tensors',
		concept: 'Change the dtype',
		pytorch: {
			api: 'tensor.to(dtype)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.to.html',
		},
		tensorflow: { api: 'tf.cast', url: 'https://www.tensorflow.org/api_docs/python/tf/cast' },
	},
	{
		id: 'reduce-sum',
		group: 'tensors',
		concept: 'Sum over an axis',
		pytorch: { api: 'torch.sum(x, dim)', url: 'https://docs.pytorch.org/docs/stable/generated/torch.sum.html' },
		tensorflow: {
			api: 'tf.reduce_sum(x, axis)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/math/reduce_sum',
		},
		note: 'TensorFlow prefixes most reductions with reduce_ (reduce_mean, reduce_max).',
	},
	{
		id: 'argmax',
		group: 'tensors',
		concept: 'Index of the largest value',
		pytorch: { api: 'torch.argmax', url: 'https://docs.pytorch.org/docs/stable/generated/torch.argmax.html' },
		tensorflow: { api: 'tf.argmax', url: 'https://www.tensorflow.org/api_docs/python/tf/math/argmax' },
		note: 'Without an axis, torch.argmax searches the flattened tensor while tf.argmax uses axis 0.',
	},
	{
		id: 'expand-dims',
		group: 'tensors',
		concept: 'Insert a dimension of size 1',
		pytorch: { api: 'torch.unsqueeze', url: 'https://docs.pytorch.org/docs/stable/generated/torch.unsqueeze.html' },
		tensorflow: { api: 'tf.expand_dims', url: 'https://www.tensorflow.org/api_docs/python/tf/expand_dims' },
	},
	{
		id: 'where',
		group: 'tensors',
		concept: 'Pick elements by a condition',
		pytorch: { api: 'torch.where', url: 'https://docs.pytorch.org/docs/stable/generated/torch.where.html' },
		tensorflow: { api: 'tf.where', url: 'https://www.tensorflow.org/api_docs/python/tf/where' },
		note: 'Called with only a condition, both return the indices of true elements, but PyTorch gives a tuple of index tensors and TensorFlow one [N, rank] tensor.',
	},
	{
		id: 'einsum',
		group: 'tensors',
		concept: 'Einstein summation',
		pytorch: { api: 'torch.einsum', url: 'https://docs.pytorch.org/docs/stable/generated/torch.einsum.html' },
		tensorflow: { api: 'tf.einsum', url: 'https://www.tensorflow.org/api_docs/python/tf/einsum' },
	},
	{
		id: 'in-place-update',
		group: 'tensors',
		concept: 'Update values in place',
		pytorch: {
			api: 'tensor.add_(1)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.add_.html',
		},
		tensorflow: {
			api: 'variable.assign_add(1)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/Variable#assign_add',
		},
		note: 'Only a tf.Variable can change in place; PyTorch methods ending in an underscore modify any tensor.',
	},
	{
		id: 'scatter-update',
		group: 'tensors',
		concept: 'Write values into selected positions',
		pytorch: {
			api: 'tensor.index_put_',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.index_put_.html',
		},
		tensorflow: {
			api: 'tf.tensor_scatter_nd_update',
			url: 'https://www.tensorflow.org/api_docs/python/tf/tensor_scatter_nd_update',
		},
		note: 'PyTorch also accepts plain indexed assignment (x[idx] = value); TensorFlow tensors do not, so the scatter op returns a new tensor.',
	},
	{
		id: 'ragged',
		group: 'tensors',
		concept: 'Rows of different lengths',
		pytorch: { api: 'torch.nested.nested_tensor', url: 'https://docs.pytorch.org/docs/stable/nested.html' },
		tensorflow: { api: 'tf.RaggedTensor', url: 'https://www.tensorflow.org/api_docs/python/tf/RaggedTensor' },
		note: 'Operator coverage differs between the two; padding plus a mask is the portable fallback.',
	},
	{
		id: 'sparse',
		group: 'tensors',
		concept: 'Sparse tensor in COO format',
		pytorch: {
			api: 'torch.sparse_coo_tensor',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.sparse_coo_tensor.html',
		},
		tensorflow: {
			api: 'tf.sparse.SparseTensor',
			url: 'https://www.tensorflow.org/api_docs/python/tf/sparse/SparseTensor',
		},
	},
	{
		id: 'vmap',
		group: 'tensors',
		concept: 'Vectorize a function over a batch',
		pytorch: { api: 'torch.vmap', url: 'https://docs.pytorch.org/docs/stable/generated/torch.vmap.html' },
		tensorflow: { api: 'tf.vectorized_map', url: 'https://www.tensorflow.org/api_docs/python/tf/vectorized_map' },
	},
	{
		id: 'autograd-grad',
		group: 'autograd',
		concept: 'Gradients of an output with respect to inputs',
		pytorch: {
			api: 'torch.autograd.grad',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.autograd.grad.html',
		},
		tensorflow: {
			api: 'tape.gradient',
			url: 'https://www.tensorflow.org/api_docs/python/tf/GradientTape#gradient',
		},
		note: 'TensorFlow differentiates only the operations recorded inside a tf.GradientTape block; PyTorch records every operation on tensors that require gradients.',
		article: 'code-examples',
	},
	{
		id: 'requires-grad',
		group: 'autograd',
		concept: 'Mark a value as trainable',
		pytorch: {
			api: 'requires_grad=True',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.requires_grad_.html',
		},
		tensorflow: {
			api: 'tf.Variable(trainable=True)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/Variable',
		},
		note: 'A tape watches trainable variables automatically; call tape.watch(x) to differentiate with respect to a plain tensor.',
	},
	{
		id: 'no-grad',
		group: 'autograd',
		concept: 'Stop recording operations for autograd',
		pytorch: { api: 'torch.no_grad()', url: 'https://docs.pytorch.org/docs/stable/generated/torch.no_grad.html' },
		tensorflow: {
			api: 'tape.stop_recording()',
			url: 'https://www.tensorflow.org/api_docs/python/tf/GradientTape#stop_recording',
		},
		note: 'Code that runs outside any GradientTape is never recorded, so TensorFlow inference needs no counterpart of torch.no_grad.',
		article: 'code-examples',
	},
	{
		id: 'detach',
		group: 'autograd',
		concept: 'Block gradients through one value',
		pytorch: {
			api: 'tensor.detach()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.detach.html',
		},
		tensorflow: { api: 'tf.stop_gradient', url: 'https://www.tensorflow.org/api_docs/python/tf/stop_gradient' },
	},
	{
		id: 'persistent-tape',
		group: 'autograd',
		concept: 'Take several gradients from one forward pass',
		pytorch: {
			api: 'loss.backward(retain_graph=True)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.backward.html',
		},
		tensorflow: {
			api: 'tf.GradientTape(persistent=True)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/GradientTape',
		},
		note: 'A non-persistent tape releases its resources after the first gradient() call, just as PyTorch frees the graph after backward() by default.',
	},
	{
		id: 'custom-gradient',
		group: 'autograd',
		concept: 'Define a custom backward pass',
		pytorch: { api: 'torch.autograd.Function', url: 'https://docs.pytorch.org/docs/stable/autograd.html#function' },
		tensorflow: { api: 'tf.custom_gradient', url: 'https://www.tensorflow.org/api_docs/python/tf/custom_gradient' },
	},
	{
		id: 'jacobian',
		group: 'autograd',
		concept: 'Jacobian of a function',
		pytorch: {
			api: 'torch.func.jacrev',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.func.jacrev.html',
		},
		tensorflow: {
			api: 'tape.jacobian',
			url: 'https://www.tensorflow.org/api_docs/python/tf/GradientTape#jacobian',
		},
	},
	{
		id: 'clip-grad-norm',
		group: 'autograd',
		concept: 'Clip gradients by their global norm',
		pytorch: {
			api: 'torch.nn.utils.clip_grad_norm_',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.utils.clip_grad_norm_.html',
		},
		tensorflow: {
			api: 'tf.clip_by_global_norm',
			url: 'https://www.tensorflow.org/api_docs/python/tf/clip_by_global_norm',
		},
		note: 'Keras optimizers can also do this for you through the global_clipnorm argument.',
	},
	{
		id: 'nan-check',
		group: 'autograd',
		concept: 'Find where NaN or Inf values appear',
		pytorch: {
			api: 'torch.autograd.set_detect_anomaly',
			url: 'https://docs.pytorch.org/docs/stable/autograd.html#anomaly-detection',
		},
		tensorflow: {
			api: 'tf.debugging.enable_check_numerics',
			url: 'https://www.tensorflow.org/api_docs/python/tf/debugging/enable_check_numerics',
		},
		note: 'Anomaly mode points at the forward operation behind a NaN in the backward pass; enable_check_numerics stops at the first op that produces NaN or Inf. Both slow training down.',
		article: 'debugging',
	},
	{
		id: 'model-base-class',
		group: 'layers',
		concept: 'Base class for a model',
		pytorch: { api: 'torch.nn.Module', url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html' },
		tensorflow: { api: 'keras.Model', url: 'https://keras.io/api/models/model/' },
		note: 'Subclasses override forward() in PyTorch and call() in Keras; a Keras Model also carries compile(), fit() and save().',
		article: 'code-examples',
	},
	{
		id: 'layer-base-class',
		group: 'layers',
		concept: 'Base class for a reusable layer',
		pytorch: { api: 'torch.nn.Module', url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html' },
		tensorflow: { api: 'keras.layers.Layer', url: 'https://keras.io/api/layers/base_layer/' },
		note: 'PyTorch uses nn.Module for layers and whole models alike; a Keras layer can create its weights lazily in build() once it knows the input shape.',
	},
	{
		id: 'sequential',
		group: 'layers',
		concept: 'Plain stack of layers',
		pytorch: {
			api: 'torch.nn.Sequential',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Sequential.html',
		},
		tensorflow: { api: 'keras.Sequential', url: 'https://keras.io/api/models/sequential/' },
		note: 'Start a Keras Sequential with keras.Input(shape=...) so its weights exist right away; Keras 3 warns when input_shape is passed to a layer.',
		article: 'code-examples',
	},
	{
		id: 'dense',
		group: 'layers',
		concept: 'Fully connected layer',
		pytorch: { api: 'torch.nn.Linear', url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Linear.html' },
		tensorflow: { api: 'keras.layers.Dense', url: 'https://keras.io/api/layers/core_layers/dense/' },
		note: 'Linear needs in_features up front, while Dense infers its input size on the first call.',
		article: 'code-examples',
	},
	{
		id: 'conv2d',
		group: 'layers',
		concept: '2D convolution',
		pytorch: { api: 'torch.nn.Conv2d', url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv2d.html' },
		tensorflow: {
			api: 'keras.layers.Conv2D',
			url: 'https://keras.io/api/layers/convolution_layers/convolution2d/',
		},
		note: 'PyTorch expects channels-first input (N, C, H, W); Keras defaults to channels-last (N, H, W, C).',
	},
	{
		id: 'max-pool',
		group: 'layers',
		concept: '2D max pooling',
		pytorch: {
			api: 'torch.nn.MaxPool2d',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.MaxPool2d.html',
		},
		tensorflow: {
			api: 'keras.layers.MaxPooling2D',
			url: 'https://keras.io/api/layers/pooling_layers/max_pooling2d/',
		},
	},
	{
		id: 'batch-norm',
		group: 'layers',
		concept: 'Batch normalization',
		pytorch: {
			api: 'torch.nn.BatchNorm2d',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html',
		},
		tensorflow: {
			api: 'keras.layers.BatchNormalization',
			url: 'https://keras.io/api/layers/normalization_layers/batch_normalization/',
		},
		note: 'The momentum conventions are opposite: PyTorch momentum=0.1 matches Keras momentum=0.9, and Keras defaults to 0.99.',
	},
	{
		id: 'layer-norm',
		group: 'layers',
		concept: 'Layer normalization',
		pytorch: {
			api: 'torch.nn.LayerNorm',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html',
		},
		tensorflow: {
			api: 'keras.layers.LayerNormalization',
			url: 'https://keras.io/api/layers/normalization_layers/layer_normalization/',
		},
		note: 'The default epsilon differs: 1e-5 in PyTorch, 1e-3 in Keras.',
	},
	{
		id: 'dropout',
		group: 'layers',
		concept: 'Dropout',
		pytorch: {
			api: 'torch.nn.Dropout',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Dropout.html',
		},
		tensorflow: { api: 'keras.layers.Dropout', url: 'https://keras.io/api/layers/regularization_layers/dropout/' },
		note: 'Both take the fraction of units to drop (p in PyTorch, rate in Keras) and are active only in training mode.',
	},
	{
		id: 'embedding',
		group: 'layers',
		concept: 'Lookup table of learned vectors',
		pytorch: {
			api: 'torch.nn.Embedding',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Embedding.html',
		},
		tensorflow: { api: 'keras.layers.Embedding', url: 'https://keras.io/api/layers/core_layers/embedding/' },
	},
	{
		id: 'lstm',
		group: 'layers',
		concept: 'LSTM recurrent layer',
		pytorch: { api: 'torch.nn.LSTM', url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.LSTM.html' },
		tensorflow: { api: 'keras.layers.LSTM', url: 'https://keras.io/api/layers/recurrent_layers/lstm/' },
		note: 'nn.LSTM expects (sequence, batch, feature) input unless batch_first=True and returns every step plus the final states; Keras LSTM is batch-first and returns only the last output unless return_sequences=True.',
	},
	{
		id: 'multi-head-attention',
		group: 'layers',
		concept: 'Multi-head attention',
		pytorch: {
			api: 'torch.nn.MultiheadAttention',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.MultiheadAttention.html',
		},
		tensorflow: {
			api: 'keras.layers.MultiHeadAttention',
			url: 'https://keras.io/api/layers/attention_layers/multi_head_attention/',
		},
		note: 'PyTorch takes the total embed_dim and splits it across heads, Keras takes key_dim per head; nn.MultiheadAttention is also sequence-first unless batch_first=True.',
	},
	{
		id: 'relu',
		group: 'layers',
		concept: 'ReLU activation',
		pytorch: { api: 'torch.nn.ReLU', url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.ReLU.html' },
		tensorflow: { api: 'keras.layers.ReLU', url: 'https://keras.io/api/layers/activation_layers/relu/' },
		note: "Keras layers also accept activation='relu' directly, which is the more common idiom.",
	},
	{
		id: 'flatten',
		group: 'layers',
		concept: 'Flatten all but the batch dimension',
		pytorch: {
			api: 'torch.nn.Flatten',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Flatten.html',
		},
		tensorflow: { api: 'keras.layers.Flatten', url: 'https://keras.io/api/layers/reshaping_layers/flatten/' },
		note: 'Because the image layouts differ (NCHW versus NHWC), the order of the flattened features differs too.',
	},
	{
		id: 'module-list',
		group: 'layers',
		concept: 'Container for a list of submodules',
		pytorch: {
			api: 'torch.nn.ModuleList',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.ModuleList.html',
		},
		tensorflow: null,
		note: 'Keras tracks layers kept in plain Python lists or dicts assigned as attributes, so an ordinary list does the job.',
	},
	{
		id: 'trainable-weight',
		group: 'layers',
		concept: 'Create a trainable weight inside a layer',
		pytorch: {
			api: 'torch.nn.Parameter',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.parameter.Parameter.html',
		},
		tensorflow: { api: 'self.add_weight()', url: 'https://keras.io/api/layers/base_layer/' },
		note: 'Keras layers usually create their weights in build(), when the input shape is known.',
	},
	{
		id: 'buffer',
		group: 'layers',
		concept: 'Non-trainable state saved with the model',
		pytorch: {
			api: 'self.register_buffer()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.register_buffer',
		},
		tensorflow: { api: 'self.add_weight(trainable=False)', url: 'https://keras.io/api/layers/base_layer/' },
		note: 'Batch-norm running statistics are stored this way in both frameworks.',
	},
	{
		id: 'list-weights',
		group: 'layers',
		concept: 'List the trainable weights',
		pytorch: {
			api: 'model.parameters()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.parameters',
		},
		tensorflow: { api: 'model.trainable_weights', url: 'https://keras.io/api/layers/base_layer/' },
		note: 'parameters() also returns frozen parameters (filter on requires_grad); Keras lists frozen ones separately in non_trainable_weights.',
	},
	{
		id: 'freeze',
		group: 'layers',
		concept: 'Freeze part of a model',
		pytorch: {
			api: 'param.requires_grad_(False)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.requires_grad_.html',
		},
		tensorflow: { api: 'layer.trainable = False', url: 'https://keras.io/api/layers/base_layer/' },
		note: 'Set trainable before compile() in Keras; a BatchNormalization layer with trainable=False also runs in inference mode.',
	},
	{
		id: 'initializers',
		group: 'layers',
		concept: 'Weight initializers',
		pytorch: { api: 'torch.nn.init', url: 'https://docs.pytorch.org/docs/stable/nn.init.html' },
		tensorflow: { api: 'keras.initializers', url: 'https://keras.io/api/layers/initializers/' },
		note: 'Defaults differ: Dense uses Glorot uniform with a zero bias, while Linear draws weight and bias from a uniform range scaled by the input size.',
	},
	{
		id: 'train-step',
		group: 'training',
		concept: 'One optimization step',
		pytorch: {
			api: 'loss.backward() + optimizer.step()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.Tensor.backward.html',
		},
		tensorflow: {
			api: 'tf.GradientTape + optimizer.apply_gradients',
			url: 'https://www.tensorflow.org/api_docs/python/tf/GradientTape',
		},
		note: 'In a custom TensorFlow loop you compute gradients with the tape and pass (gradient, variable) pairs to apply_gradients; Model.fit runs this step for you.',
		article: 'code-examples',
	},
	{
		id: 'zero-grad',
		group: 'training',
		concept: 'Reset accumulated gradients',
		pytorch: {
			api: 'optimizer.zero_grad()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.Optimizer.zero_grad.html',
		},
		tensorflow: null,
		note: 'tape.gradient returns fresh gradients on every call and nothing accumulates on the variables, so TensorFlow has nothing to reset.',
		article: 'code-examples',
	},
	{
		id: 'fit',
		group: 'training',
		concept: 'Built-in training loop',
		pytorch: null,
		tensorflow: { api: 'model.fit()', url: 'https://keras.io/api/models/model_training_apis/' },
		note: "Core PyTorch has no fit(); write the loop yourself or use a wrapper such as Lightning's Trainer.",
		article: 'ease-of-use',
	},
	{
		id: 'train-eval-mode',
		group: 'training',
		concept: 'Switch between training and inference behaviour',
		pytorch: {
			api: 'model.train() / model.eval()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.train',
		},
		tensorflow: { api: 'training= argument', url: 'https://keras.io/api/layers/base_layer/' },
		note: 'fit(), evaluate() and predict() pass training for you; in a custom loop call model(x, training=True) so dropout and batch normalization behave as in training.',
		article: 'code-examples',
	},
	{
		id: 'adam',
		group: 'training',
		concept: 'Adam optimizer',
		pytorch: {
			api: 'torch.optim.Adam',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.Adam.html',
		},
		tensorflow: { api: 'keras.optimizers.Adam', url: 'https://keras.io/api/optimizers/adam/' },
		note: 'The default epsilon differs (1e-8 in PyTorch, 1e-7 in Keras); both default to a learning rate of 0.001.',
		article: 'code-examples',
	},
	{
		id: 'adamw',
		group: 'training',
		concept: 'Adam with decoupled weight decay',
		pytorch: {
			api: 'torch.optim.AdamW',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.AdamW.html',
		},
		tensorflow: { api: 'keras.optimizers.AdamW', url: 'https://keras.io/api/optimizers/adamw/' },
		note: 'The default weight_decay differs: 0.01 in PyTorch, 0.004 in Keras.',
		article: 'debugging',
	},
	{
		id: 'sgd',
		group: 'training',
		concept: 'Stochastic gradient descent',
		pytorch: { api: 'torch.optim.SGD', url: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.SGD.html' },
		tensorflow: { api: 'keras.optimizers.SGD', url: 'https://keras.io/api/optimizers/sgd/' },
		article: 'visualization',
	},
	{
		id: 'cross-entropy',
		group: 'training',
		concept: 'Multi-class loss on integer labels',
		pytorch: {
			api: 'torch.nn.CrossEntropyLoss',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html',
		},
		tensorflow: {
			api: 'keras.losses.SparseCategoricalCrossentropy(from_logits=True)',
			url: 'https://keras.io/api/losses/probabilistic_losses/',
		},
		note: 'CrossEntropyLoss always expects raw logits; the Keras loss assumes probabilities unless from_logits=True.',
		article: 'code-examples',
	},
	{
		id: 'binary-cross-entropy',
		group: 'training',
		concept: 'Binary loss on logits',
		pytorch: {
			api: 'torch.nn.BCEWithLogitsLoss',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html',
		},
		tensorflow: {
			api: 'keras.losses.BinaryCrossentropy(from_logits=True)',
			url: 'https://keras.io/api/losses/probabilistic_losses/',
		},
		note: 'nn.BCELoss is the PyTorch variant that takes probabilities.',
	},
	{
		id: 'mse',
		group: 'training',
		concept: 'Mean squared error loss',
		pytorch: {
			api: 'torch.nn.MSELoss',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.MSELoss.html',
		},
		tensorflow: { api: 'keras.losses.MeanSquaredError', url: 'https://keras.io/api/losses/regression_losses/' },
		article: 'visualization',
	},
	{
		id: 'lr-schedule',
		group: 'training',
		concept: 'Learning-rate schedule',
		pytorch: {
			api: 'torch.optim.lr_scheduler.CosineAnnealingLR',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingLR.html',
		},
		tensorflow: {
			api: 'keras.optimizers.schedules.CosineDecay',
			url: 'https://www.tensorflow.org/api_docs/python/tf/keras/optimizers/schedules/CosineDecay',
		},
		note: 'You call scheduler.step() yourself in PyTorch, often once per epoch; a Keras schedule is passed as learning_rate and evaluated at every optimizer step.',
	},
	{
		id: 'random-seed',
		group: 'training',
		concept: 'Seed the random number generators',
		pytorch: {
			api: 'torch.manual_seed',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.manual_seed.html',
		},
		tensorflow: { api: 'keras.utils.set_random_seed', url: 'https://keras.io/api/utils/python_utils/' },
		note: "set_random_seed seeds Python, NumPy and the backend in one call; torch.manual_seed seeds only PyTorch's generators.",
		article: 'code-examples',
	},
	{
		id: 'determinism',
		group: 'training',
		concept: 'Force deterministic kernels',
		pytorch: {
			api: 'torch.use_deterministic_algorithms',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.use_deterministic_algorithms.html',
		},
		tensorflow: {
			api: 'tf.config.experimental.enable_op_determinism',
			url: 'https://www.tensorflow.org/api_docs/python/tf/config/experimental/enable_op_determinism',
		},
		note: 'Both raise an error when an operation has no deterministic implementation.',
	},
	{
		id: 'mixed-precision',
		group: 'training',
		concept: 'Mixed-precision compute',
		pytorch: { api: 'torch.autocast', url: 'https://docs.pytorch.org/docs/stable/amp.html' },
		tensorflow: {
			api: "keras.mixed_precision.set_global_policy('mixed_float16')",
			url: 'https://www.tensorflow.org/api_docs/python/tf/keras/mixed_precision/set_global_policy',
		},
		note: 'autocast wraps the forward pass as a context; the Keras policy applies to layers created after it is set and keeps variables in float32.',
	},
	{
		id: 'loss-scaling',
		group: 'training',
		concept: 'Loss scaling for float16 training',
		pytorch: { api: 'torch.amp.GradScaler', url: 'https://docs.pytorch.org/docs/stable/amp.html#gradient-scaling' },
		tensorflow: {
			api: 'keras.optimizers.LossScaleOptimizer',
			url: 'https://www.tensorflow.org/api_docs/python/tf/keras/mixed_precision/LossScaleOptimizer',
		},
		note: 'Loss scaling is needed for float16, not for bfloat16.',
	},
	{
		id: 'mixed-precision-bf16',
		group: 'training',
		concept: 'bfloat16 mixed precision (no loss scaling)',
		pytorch: {
			api: 'torch.autocast(device_type, dtype=torch.bfloat16)',
			url: 'https://docs.pytorch.org/docs/stable/amp.html',
		},
		tensorflow: {
			api: "keras.config.set_dtype_policy('mixed_bfloat16')",
			url: 'https://keras.io/api/mixed_precision/',
		},
		note: 'bfloat16 keeps the float32 exponent range, so neither side needs a scaler; Keras compile() adds a LossScaleOptimizer only for mixed_float16.',
		article: 'mixed-precision-quantization',
	},
	{
		id: 'metrics',
		group: 'training',
		concept: 'Stateful training metrics',
		pytorch: null,
		tensorflow: { api: 'keras.metrics', url: 'https://keras.io/api/metrics/' },
		note: 'Core PyTorch has no stateful metric classes; accumulate the values yourself or use the separate TorchMetrics library.',
		article: 'code-examples',
	},
	{
		id: 'early-stopping',
		group: 'training',
		concept: 'Stop when validation stops improving',
		pytorch: null,
		tensorflow: { api: 'keras.callbacks.EarlyStopping', url: 'https://keras.io/api/callbacks/early_stopping/' },
		note: 'Write the patience check into your PyTorch loop, or use the EarlyStopping callback of a wrapper such as Lightning.',
	},
	{
		id: 'data-loader',
		group: 'data',
		concept: 'Batched, shuffled input pipeline',
		pytorch: {
			api: 'torch.utils.data.DataLoader',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.DataLoader',
		},
		tensorflow: { api: 'tf.data.Dataset', url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset' },
		note: 'DataLoader takes batch size, shuffling and workers as arguments; a tf.data pipeline chains methods such as .shuffle().batch().prefetch().',
		article: 'code-examples',
	},
	{
		id: 'dataset-class',
		group: 'data',
		concept: 'Custom dataset class',
		pytorch: {
			api: 'torch.utils.data.Dataset',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.Dataset',
		},
		tensorflow: {
			api: 'keras.utils.PyDataset',
			url: 'https://www.tensorflow.org/api_docs/python/tf/keras/utils/PyDataset',
		},
		note: 'A PyTorch Dataset returns one sample per index and the DataLoader batches them; a Keras PyDataset returns a whole batch per index.',
	},
	{
		id: 'in-memory-dataset',
		group: 'data',
		concept: 'Dataset from in-memory tensors',
		pytorch: {
			api: 'torch.utils.data.TensorDataset',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.TensorDataset',
		},
		tensorflow: {
			api: 'tf.data.Dataset.from_tensor_slices',
			url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#from_tensor_slices',
		},
		article: 'code-examples',
	},
	{
		id: 'generator-dataset',
		group: 'data',
		concept: 'Dataset from Python iteration',
		pytorch: {
			api: 'torch.utils.data.IterableDataset',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.IterableDataset',
		},
		tensorflow: {
			api: 'tf.data.Dataset.from_generator',
			url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#from_generator',
		},
		note: 'from_generator runs the generator in the Python interpreter, which limits parallelism; with several DataLoader workers, an IterableDataset must split the data itself or every worker yields the same items.',
	},
	{
		id: 'parallel-preprocessing',
		group: 'data',
		concept: 'Parallel preprocessing',
		pytorch: {
			api: 'DataLoader(num_workers=N)',
			url: 'https://docs.pytorch.org/docs/stable/data.html#multi-process-data-loading',
		},
		tensorflow: {
			api: 'dataset.map(fn, num_parallel_calls=tf.data.AUTOTUNE)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#map',
		},
		note: 'DataLoader workers are separate Python processes; tf.data traces the map function into a graph and runs it on its own threads.',
	},
	{
		id: 'prefetch',
		group: 'data',
		concept: 'Prepare the next batches while the model trains',
		pytorch: {
			api: 'DataLoader(prefetch_factor=N)',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.DataLoader',
		},
		tensorflow: {
			api: 'dataset.prefetch(tf.data.AUTOTUNE)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#prefetch',
		},
		note: 'prefetch_factor only applies when num_workers is greater than 0.',
		article: 'code-examples',
	},
	{
		id: 'shuffle',
		group: 'data',
		concept: 'Shuffle examples every epoch',
		pytorch: {
			api: 'DataLoader(shuffle=True)',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.DataLoader',
		},
		tensorflow: {
			api: 'dataset.shuffle(buffer_size)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#shuffle',
		},
		note: 'DataLoader permutes all indices; Dataset.shuffle samples from a fixed-size buffer, so a buffer smaller than the dataset shuffles only partially.',
		article: 'code-examples',
	},
	{
		id: 'padded-batch',
		group: 'data',
		concept: 'Batch variable-length examples',
		pytorch: {
			api: 'DataLoader(collate_fn=...)',
			url: 'https://docs.pytorch.org/docs/stable/data.html#working-with-collate-fn',
		},
		tensorflow: {
			api: 'dataset.padded_batch()',
			url: 'https://www.tensorflow.org/api_docs/python/tf/data/Dataset#padded_batch',
		},
		note: 'In PyTorch you write the collate_fn yourself, often with torch.nn.utils.rnn.pad_sequence; padded_batch pads each batch to its longest element.',
	},
	{
		id: 'split-dataset',
		group: 'data',
		concept: 'Split a dataset into parts',
		pytorch: {
			api: 'torch.utils.data.random_split',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.random_split',
		},
		tensorflow: { api: 'keras.utils.split_dataset', url: 'https://keras.io/api/utils/python_utils/' },
		note: 'With tf.data alone, Dataset.take() and Dataset.skip() split a dataset by position.',
	},
	{
		id: 'ready-made-datasets',
		group: 'data',
		concept: 'Ready-made public datasets',
		pytorch: { api: 'torchvision.datasets', url: 'https://docs.pytorch.org/vision/stable/datasets.html' },
		tensorflow: { api: 'tfds.load', url: 'https://www.tensorflow.org/datasets/api_docs/python/tfds/load' },
		note: 'TensorFlow Datasets is a separate package (tensorflow-datasets); torchvision.datasets covers image and video data.',
	},
	{
		id: 'augmentation',
		group: 'data',
		concept: 'Image augmentation',
		pytorch: { api: 'torchvision.transforms.v2', url: 'https://docs.pytorch.org/vision/stable/transforms.html' },
		tensorflow: {
			api: 'keras.layers.RandomFlip',
			url: 'https://www.tensorflow.org/api_docs/python/tf/keras/layers/RandomFlip',
		},
		note: 'Keras augmentation layers run inside the model or in a tf.data map and are inactive at inference; torchvision transforms usually run inside the Dataset.',
	},
	{
		id: 'save-model',
		group: 'saving',
		concept: 'Save a trained model',
		pytorch: {
			api: 'torch.save(model.state_dict(), path)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.save.html',
		},
		tensorflow: {
			api: "model.save('model.keras')",
			url: 'https://keras.io/api/models/model_saving_apis/model_saving_and_loading/',
		},
		note: 'A .keras file holds the architecture, weights and optimizer state; a state_dict holds only tensors, so you rebuild the model class in code before loading.',
		article: 'code-examples',
	},
	{
		id: 'load-model',
		group: 'saving',
		concept: 'Load a saved model',
		pytorch: {
			api: 'model.load_state_dict(torch.load(path))',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.load_state_dict',
		},
		tensorflow: {
			api: "keras.models.load_model('model.keras')",
			url: 'https://keras.io/api/models/model_saving_apis/model_saving_and_loading/',
		},
		note: 'Custom Keras layers must be registered with keras.saving.register_keras_serializable or passed in custom_objects before they can be loaded.',
		article: 'code-examples',
	},
	{
		id: 'weights-only',
		group: 'saving',
		concept: 'Save and load weights only',
		pytorch: {
			api: 'model.state_dict() / model.load_state_dict()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.state_dict',
		},
		tensorflow: {
			api: "model.save_weights('model.weights.h5')",
			url: 'https://keras.io/api/models/model_saving_apis/weights_saving_and_loading/',
		},
		note: 'Keras 3 requires weight file names to end in .weights.h5.',
	},
	{
		id: 'safe-loading',
		group: 'saving',
		concept: 'Load a file without running arbitrary code',
		pytorch: {
			api: 'torch.load(path, weights_only=True)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.load.html',
		},
		tensorflow: {
			api: 'keras.models.load_model(path, safe_mode=True)',
			url: 'https://keras.io/api/models/model_saving_apis/model_saving_and_loading/',
		},
		note: 'weights_only=True has been the torch.load default since PyTorch 2.6; safe_mode=True, the Keras default, refuses to deserialize lambda code.',
		article: 'code-examples',
	},
	{
		id: 'training-checkpoint',
		group: 'saving',
		concept: 'Checkpoint model and optimizer state',
		pytorch: {
			api: 'optimizer.state_dict() + torch.save',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.optim.Optimizer.state_dict.html',
		},
		tensorflow: {
			api: 'tf.train.Checkpoint',
			url: 'https://www.tensorflow.org/api_docs/python/tf/train/Checkpoint',
		},
		note: 'tf.train.CheckpointManager numbers checkpoints and keeps only the latest few; in PyTorch you save a dict of state_dicts and manage the files yourself.',
	},
	{
		id: 'distributed-checkpoint',
		group: 'saving',
		concept: 'Checkpoint a sharded model from every rank',
		pytorch: {
			api: 'torch.distributed.checkpoint.save / load',
			url: 'https://docs.pytorch.org/docs/stable/distributed.checkpoint.html',
		},
		tensorflow: null,
		note: 'The Keras distribution guide describes no per-rank format: saving a ModelParallel model gathers each sharded variable to one process before writing. DCP writes at least one file per rank and can reshard on load.',
		article: 'large-models',
	},
	{
		id: 'checkpoint-callback',
		group: 'saving',
		concept: 'Save checkpoints during training',
		pytorch: null,
		tensorflow: { api: 'keras.callbacks.ModelCheckpoint', url: 'https://keras.io/api/callbacks/model_checkpoint/' },
		note: 'Call torch.save yourself at the end of an epoch or when validation improves, or use the ModelCheckpoint callback of a wrapper such as Lightning.',
	},
	{
		id: 'load-exported',
		group: 'saving',
		concept: 'Load an exported graph back into Python',
		pytorch: {
			api: 'torch.export.load',
			url: 'https://docs.pytorch.org/docs/stable/user_guide/torch_compiler/export/api_reference.html',
		},
		tensorflow: {
			api: 'tf.saved_model.load',
			url: 'https://www.tensorflow.org/api_docs/python/tf/saved_model/load',
		},
		note: 'Both give you a callable graph without the original Python class; a loaded SavedModel is not a Keras model.',
		article: 'computational-graphs',
	},
	{
		id: 'move-to-device',
		group: 'devices',
		concept: 'Run a model on a chosen device',
		pytorch: {
			api: 'model.to(device)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.Module.html#torch.nn.Module.to',
		},
		tensorflow: { api: "with tf.device('/GPU:0'):", url: 'https://www.tensorflow.org/api_docs/python/tf/device' },
		note: 'TensorFlow places operations on the first visible GPU automatically, so tf.device only overrides placement; PyTorch keeps tensors on the CPU until you move them.',
		article: 'overview',
	},
	{
		id: 'gpu-available',
		group: 'devices',
		concept: 'Check whether a GPU is available',
		pytorch: {
			api: 'torch.cuda.is_available()',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.cuda.is_available.html',
		},
		tensorflow: {
			api: "tf.config.list_physical_devices('GPU')",
			url: 'https://www.tensorflow.org/api_docs/python/tf/config/list_physical_devices',
		},
		note: 'ROCm builds of PyTorch also answer through torch.cuda, because HIP reuses that API.',
		article: 'installation',
	},
	{
		id: 'apple-gpu',
		group: 'devices',
		concept: 'Check for an Apple silicon GPU',
		pytorch: {
			api: 'torch.backends.mps.is_available()',
			url: 'https://docs.pytorch.org/docs/stable/notes/mps.html',
		},
		tensorflow: null,
		note: "TensorFlow has no separate check: with Apple's tensorflow-metal plugin installed, the Apple GPU is listed by tf.config.list_physical_devices('GPU').",
		article: 'installation',
	},
	{
		id: 'visible-devices',
		group: 'devices',
		concept: 'Choose which GPUs a process uses',
		pytorch: {
			api: 'torch.cuda.set_device',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.cuda.set_device.html',
		},
		tensorflow: {
			api: 'tf.config.set_visible_devices',
			url: 'https://www.tensorflow.org/api_docs/python/tf/config/set_visible_devices',
		},
		note: 'set_device only picks the default GPU and the others stay visible; the CUDA_VISIBLE_DEVICES environment variable hides GPUs from either framework.',
		article: 'distributed-training',
	},
	{
		id: 'memory-growth',
		group: 'devices',
		concept: 'Allocate GPU memory on demand',
		pytorch: null,
		tensorflow: {
			api: 'tf.config.experimental.set_memory_growth',
			url: 'https://www.tensorflow.org/api_docs/python/tf/config/experimental/set_memory_growth',
		},
		note: "By default TensorFlow reserves most GPU memory up front, while PyTorch's caching allocator grows on demand; tune it with PYTORCH_CUDA_ALLOC_CONF or cap it with torch.cuda.set_per_process_memory_fraction.",
	},
	{
		id: 'peak-memory',
		group: 'devices',
		concept: 'Peak GPU memory used',
		pytorch: {
			api: 'torch.cuda.max_memory_allocated',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.cuda.max_memory_allocated.html',
		},
		tensorflow: {
			api: 'tf.config.experimental.get_memory_info',
			url: 'https://www.tensorflow.org/api_docs/python/tf/config/experimental/get_memory_info',
		},
		note: "get_memory_info('GPU:0') returns a dict with 'current' and 'peak' byte counts.",
	},
	{
		id: 'default-device',
		group: 'devices',
		concept: 'Set the default device for new tensors',
		pytorch: {
			api: 'torch.set_default_device',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.set_default_device.html',
		},
		tensorflow: null,
		note: 'TensorFlow already places new tensors and operations on the first visible GPU; wrap code in tf.device to choose another device.',
	},
	{
		id: 'log-placement',
		group: 'devices',
		concept: 'Log where each operation runs',
		pytorch: null,
		tensorflow: {
			api: 'tf.debugging.set_log_device_placement',
			url: 'https://www.tensorflow.org/api_docs/python/tf/debugging/set_log_device_placement',
		},
		note: 'PyTorch never moves tensors implicitly: check tensor.device, and mixing devices in one operation raises an error.',
	},
	{
		id: 'tpu',
		group: 'devices',
		concept: 'Train on Google TPUs',
		pytorch: { api: 'torch-tpu (device "tpu")', url: 'https://pytorch.org/get-started/locally/' },
		tensorflow: {
			api: 'tf.distribute.TPUStrategy',
			url: 'https://www.tensorflow.org/api_docs/python/tf/distribute/TPUStrategy',
		},
		note: 'TorchTPU is listed on the PyTorch get-started page as the separate torch-tpu package; the older PyTorch/XLA (torch_xla) route also exists.',
		article: 'distributed-training',
	},
	{
		id: 'jit-compile',
		group: 'compilation',
		concept: 'Compile a model or function for speed',
		pytorch: { api: 'torch.compile', url: 'https://docs.pytorch.org/docs/stable/generated/torch.compile.html' },
		tensorflow: {
			api: 'tf.function(jit_compile=True)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/function',
		},
		note: 'torch.compile falls back to eager Python at graph breaks; tf.function traces the whole function, and jit_compile=True also compiles it with XLA.',
		article: 'performance',
	},
	{
		id: 'torchscript',
		group: 'compilation',
		concept: 'Legacy graph capture',
		pytorch: {
			api: 'torch.jit.script / torch.jit.trace',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.jit.script.html',
		},
		tensorflow: { api: 'tf.function', url: 'https://www.tensorflow.org/api_docs/python/tf/function' },
		note: 'TorchScript is deprecated since PyTorch 2.10; move scripted or traced code to torch.export or torch.compile.',
		article: 'computational-graphs',
	},
	{
		id: 'aot-capture',
		group: 'compilation',
		concept: 'Capture a full graph ahead of time',
		pytorch: {
			api: 'torch.export.export',
			url: 'https://docs.pytorch.org/docs/stable/user_guide/torch_compiler/export/api_reference.html',
		},
		tensorflow: {
			api: 'tf.function(...).get_concrete_function()',
			url: 'https://www.tensorflow.org/api_docs/python/tf/function#get_concrete_function',
		},
		note: 'torch.export fails on code it cannot capture instead of breaking the graph, so the result is always one complete graph.',
		article: 'computational-graphs',
	},
	{
		id: 'dynamic-shapes',
		group: 'compilation',
		concept: 'Declare dynamic input dimensions',
		pytorch: {
			api: 'torch.export.Dim',
			url: 'https://docs.pytorch.org/docs/stable/user_guide/torch_compiler/export/api_reference.html',
		},
		tensorflow: {
			api: 'tf.TensorSpec(shape=[None, ...])',
			url: 'https://www.tensorflow.org/api_docs/python/tf/TensorSpec',
		},
		note: 'In TensorFlow, None in an input_signature marks a dimension as unknown; torch.export takes a dynamic_shapes mapping built from Dim objects.',
		article: 'computational-graphs',
	},
	{
		id: 'avoid-recompiles',
		group: 'compilation',
		concept: 'Avoid recompiling for every new shape',
		pytorch: {
			api: 'torch.compile(dynamic=True)',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.compile.html',
		},
		tensorflow: {
			api: 'tf.function(reduce_retracing=True)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/function',
		},
		note: 'By default torch.compile switches to dynamic shapes after it sees a second shape; reduce_retracing makes tf.function generalise input shapes sooner.',
		article: 'computational-graphs',
	},
	{
		id: 'disable-compilation',
		group: 'compilation',
		concept: 'Turn compilation off to debug',
		pytorch: {
			api: 'torch.compiler.set_stance("force_eager")',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.compiler.set_stance.html',
		},
		tensorflow: {
			api: 'tf.config.run_functions_eagerly(True)',
			url: 'https://www.tensorflow.org/api_docs/python/tf/config/run_functions_eagerly',
		},
		note: 'Both switch every compiled function to eager execution at once (set_stance needs PyTorch 2.6 or later); to skip compiling a single function, PyTorch has torch.compiler.disable.',
		article: 'debugging',
	},
	{
		id: 'graph-cond',
		group: 'compilation',
		concept: 'Data-dependent branch inside a graph',
		pytorch: { api: 'torch.cond', url: 'https://docs.pytorch.org/docs/stable/generated/torch.cond.html' },
		tensorflow: { api: 'tf.cond', url: 'https://www.tensorflow.org/api_docs/python/tf/cond' },
		note: "tf.function's AutoGraph turns a Python if on a tensor into tf.cond for you; in PyTorch you call torch.cond to keep both branches in one exported graph.",
	},
	{
		id: 'data-parallel',
		group: 'distributed',
		concept: 'Data parallelism with a full model copy per GPU',
		pytorch: {
			api: 'torch.nn.parallel.DistributedDataParallel',
			url: 'https://docs.pytorch.org/docs/stable/generated/torch.nn.parallel.DistributedDataParallel.html',
		},
		tensorflow: {
			api: 'tf.distribute.MirroredStrategy',
			url: 'https://www.tensorflow.org/api_docs/python/tf/distribute/MirroredStrategy',
		},
		note: 'DDP runs one process per GPU; MirroredStrategy drives all GPUs of one machine from a single process, and the model is built inside strategy.scope().',
		article: 'distributed-training',
	},
	{
		id: 'sharded-data-parallel',
		group: 'distributed',
		concept: 'Sharded data parallelism (FSDP2)',
		pytorch: {
			api: 'torch.distributed.fsdp.fully_shard',
			url: 'https://docs.pytorch.org/docs/stable/distributed.fsdp.fully_shard.html',
		},
		tensorflow: null,
		note: 'tf.distribute has no strategy that shards parameters, gradients and optimizer state across data-parallel workers the way FSDP2 does. The nearest idioms are ParameterServerStrategy with a variable_partitioner, which splits large variables across parameter servers, and the experimental tf.experimental.dtensor API, which shards variables over a device mesh.',
		article: 'distributed-training',
	},
	{
		id: 'multi-worker-launch',
		group: 'distributed',
		concept: 'Launch training on several processes or machines',
		pytorch: { api: 'torchrun', url: 'https://docs.pytorch.org/docs/stable/elastic/run.html' },
		tensorflow: {
			api: 'TF_CONFIG + tf.distribute.MultiWorkerMirroredStrategy',
			url: 'https://www.tensorflow.org/api_docs/python/tf/distribute/MultiWorkerMirroredStrategy',
		},
		note: 'torchrun starts the worker processes and can restart failed ones; in TensorFlow you or a cluster manager start each worker with its own TF_CONFIG, and keras.callbacks.BackupAndRestore lets fit() resume after a failure.',
		article: 'distributed-training',
	},
	{
		id: 'distributed-input',
		group: 'distributed',
		concept: 'Give each worker its share of the data',
		pytorch: {
			api: 'torch.utils.data.distributed.DistributedSampler',
			url: 'https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.distributed.DistributedSampler',
		},
		tensorflow: {
			api: 'strategy.experimental_distribute_dataset',
			url: 'https://www.tensorflow.org/api_docs/python/tf/distribute/Strategy#experimental_distribute_dataset',
		},
		note: 'Call sampler.set_epoch(epoch) every epoch so the shuffle changes; Keras fit() distributes a tf.data dataset for you.',
		article: 'distributed-training',
	},
	{
		id: 'all-reduce',
		group: 'distributed',
		concept: 'Combine a value across workers',
		pytorch: {
			api: 'torch.distributed.all_reduce',
			url: 'https://docs.pytorch.org/docs/stable/distributed.html#torch.distributed.all_reduce',
		},
		tensorflow: {
			api: 'ReplicaContext.all_reduce',
			url: 'https://www.tensorflow.org/api_docs/python/tf/distribute/ReplicaContext#all_reduce',
		},
		note: 'Outside the replica function, strategy.reduce combines per-replica values.',
	},
	{
		id: 'dtensor',
		group: 'distributed',
		concept: 'Tensors sharded over a device mesh',
		pytorch: {
			api: 'torch.distributed.tensor (DTensor)',
			url: 'https://docs.pytorch.org/docs/stable/distributed.tensor.html',
		},
		tensorflow: {
			api: 'tf.experimental.dtensor',
			url: 'https://www.tensorflow.org/api_docs/python/tf/experimental/dtensor',
		},
		note: "TensorFlow's DTensor is still under tf.experimental; PyTorch's DTensor underpins FSDP2 and tensor parallelism.",
		article: 'distributed-training',
	},
	{
		id: 'parameter-server',
		group: 'distributed',
		concept: 'Parameter-server training',
		pytorch: null,
		tensorflow: {
			api: 'tf.distribute.experimental.ParameterServerStrategy',
			url: 'https://www.tensorflow.org/api_docs/python/tf/distribute/experimental/ParameterServerStrategy',
		},
		note: 'PyTorch has no built-in parameter-server strategy; the usual idiom is synchronous data parallelism with DDP or FSDP2.',
		article: 'distributed-training',
	},
	{
		id: 'tensor-parallel',
		group: 'distributed',
		concept: 'Split the weight matrices of a layer across devices',
		pytorch: {
			api: 'torch.distributed.tensor.parallel.parallelize_module',
			url: 'https://docs.pytorch.org/docs/stable/distributed.tensor.parallel.html',
		},
		tensorflow: {
			api: 'keras.distribution.ModelParallel + LayoutMap',
			url: 'https://keras.io/guides/distribution/',
		},
		note: 'PyTorch marks its tensor-parallel APIs experimental; the Keras distribution API runs on the JAX backend (and, per its current guide, PyTorch), with TensorFlow support in development.',
		article: 'large-models',
	},
	{
		id: 'post-training-quantization',
		group: 'deployment',
		concept: 'Post-training weight quantization (int8, int4, float8)',
		pytorch: {
			api: 'torchao.quantization.quantize_(model, Int8WeightOnlyConfig())',
			url: 'https://docs.pytorch.org/ao/stable/',
		},
		tensorflow: {
			api: "model.quantize('int8')",
			url: 'https://keras.io/guides/quantization_overview/',
		},
		note: 'torchao is a separate package that replaces the deprecated torch.ao.quantization; for .tflite files, LiteRT Quantizer now quantizes after conversion.',
		article: 'mixed-precision-quantization',
	},
	{
		id: 'export-graph',
		group: 'deployment',
		concept: 'Export a model as a portable graph',
		pytorch: {
			api: 'torch.export',
			url: 'https://docs.pytorch.org/docs/stable/user_guide/torch_compiler/export.html',
		},
		tensorflow: {
			api: 'tf.saved_model.save',
			url: 'https://www.tensorflow.org/api_docs/python/tf/saved_model/save',
		},
		note: 'torch.export.save writes the ExportedProgram to a .pt2 file; for a Keras 3 model, model.export(path) writes a SavedModel.',
		article: 'deployment',
	},
	{
		id: 'server-artifact',
		group: 'deployment',
		concept: 'Serve a model outside Python',
		pytorch: {
			api: 'AOTInductor (torch._inductor.aoti_compile_and_package)',
			url: 'https://docs.pytorch.org/docs/stable/user_guide/torch_compiler/torch.compiler_aot_inductor.html',
		},
		tensorflow: { api: 'TensorFlow Serving', url: 'https://www.tensorflow.org/tfx/serving/docker' },
		note: "AOTInductor compiles an exported program into a .pt2 package that your own C++ process loads, while TF Serving is a ready-made gRPC and REST server for SavedModels; PyTorch's TorchServe is archived, so for a ready-made server look to third-party options such as NVIDIA Triton.",
		article: 'deployment',
	},
	{
		id: 'on-device-runtime',
		group: 'deployment',
		concept: 'On-device runtime for mobile and edge',
		pytorch: { api: 'ExecuTorch', url: 'https://docs.pytorch.org/executorch/stable/index.html' },
		tensorflow: { api: 'LiteRT', url: 'https://ai.google.dev/edge/litert' },
		note: 'LiteRT is the new name of TensorFlow Lite and still runs .tflite files; ExecuTorch replaces PyTorch Mobile, which is no longer actively supported.',
		article: 'deployment',
	},
	{
		id: 'onnx-export',
		group: 'deployment',
		concept: 'Export to ONNX',
		pytorch: { api: 'torch.onnx.export', url: 'https://docs.pytorch.org/docs/stable/onnx.html' },
		tensorflow: null,
		note: 'TensorFlow has no first-party ONNX exporter; the community tf2onnx converter (onnx/tensorflow-onnx) turns SavedModels and Keras models into ONNX.',
		article: 'deployment',
	},
	{
		id: 'tflite-conversion',
		group: 'deployment',
		concept: 'Convert a model to the .tflite format',
		pytorch: { api: 'litert-torch', url: 'https://ai.google.dev/edge/litert/models/convert_pytorch' },
		tensorflow: {
			api: 'tf.lite.TFLiteConverter',
			url: 'https://www.tensorflow.org/api_docs/python/tf/lite/TFLiteConverter',
		},
		note: 'litert-torch was formerly called ai-edge-torch; TensorFlow 2.20 deprecated the tf.lite module in favour of the standalone LiteRT packages.',
		article: 'deployment',
	},
	{
		id: 'browser-runtime',
		group: 'deployment',
		concept: 'Run a model in the browser',
		pytorch: { api: 'litert-torch + LiteRT.js', url: 'https://ai.google.dev/edge/litert/web/get_started' },
		tensorflow: { api: 'TensorFlow.js', url: 'https://www.tensorflow.org/js' },
		note: 'PyTorch has no browser runtime of its own: convert with litert-torch for Google\'s LiteRT.js, or export with torch.onnx.export for ONNX Runtime Web. TensorFlow models can also use LiteRT.js after conversion to .tflite.',
		article: 'deployment',
	},
	{
		id: 'summary-writer',
		group: 'logging',
		concept: 'Write TensorBoard logs',
		pytorch: {
			api: 'torch.utils.tensorboard.SummaryWriter',
			url: 'https://docs.pytorch.org/docs/stable/tensorboard.html',
		},
		tensorflow: {
			api: 'tf.summary.create_file_writer',
			url: 'https://www.tensorflow.org/api_docs/python/tf/summary/create_file_writer',
		},
		note: 'Viewing the logs needs the separate tensorboard package in both cases; TensorFlow 2.21 no longer installs it for you.',
		article: 'visualization',
	},
	{
		id: 'log-scalar',
		group: 'logging',
		concept: 'Log a scalar such as the loss',
		pytorch: {
			api: 'writer.add_scalar',
			url: 'https://docs.pytorch.org/docs/stable/tensorboard.html#torch.utils.tensorboard.writer.SummaryWriter.add_scalar',
		},
		tensorflow: { api: 'tf.summary.scalar', url: 'https://www.tensorflow.org/api_docs/python/tf/summary/scalar' },
		note: 'TensorFlow summary ops write to the default writer, so call them inside with writer.as_default(): and pass a step.',
		article: 'visualization',
	},
	{
		id: 'log-histogram',
		group: 'logging',
		concept: 'Log a histogram of values',
		pytorch: {
			api: 'writer.add_histogram',
			url: 'https://docs.pytorch.org/docs/stable/tensorboard.html#torch.utils.tensorboard.writer.SummaryWriter.add_histogram',
		},
		tensorflow: {
			api: 'tf.summary.histogram',
			url: 'https://www.tensorflow.org/api_docs/python/tf/summary/histogram',
		},
		article: 'visualization',
	},
	{
		id: 'log-image',
		group: 'logging',
		concept: 'Log images',
		pytorch: {
			api: 'writer.add_image',
			url: 'https://docs.pytorch.org/docs/stable/tensorboard.html#torch.utils.tensorboard.writer.SummaryWriter.add_image',
		},
		tensorflow: { api: 'tf.summary.image', url: 'https://www.tensorflow.org/api_docs/python/tf/summary/image' },
		note: 'add_image expects a single CHW image by default; tf.summary.image expects a batch of NHWC images.',
		article: 'visualization',
	},
	{
		id: 'log-text',
		group: 'logging',
		concept: 'Log text',
		pytorch: {
			api: 'writer.add_text',
			url: 'https://docs.pytorch.org/docs/stable/tensorboard.html#torch.utils.tensorboard.writer.SummaryWriter.add_text',
		},
		tensorflow: { api: 'tf.summary.text', url: 'https://www.tensorflow.org/api_docs/python/tf/summary/text' },
		article: 'visualization',
	},
	{
		id: 'log-graph',
		group: 'logging',
		concept: 'Log the model graph',
		pytorch: {
			api: 'writer.add_graph',
			url: 'https://docs.pytorch.org/docs/stable/tensorboard.html#torch.utils.tensorboard.writer.SummaryWriter.add_graph',
		},
		tensorflow: {
			api: 'tf.summary.trace_on(graph=True) + tf.summary.trace_export',
			url: 'https://www.tensorflow.org/api_docs/python/tf/summary/trace_on',
		},
		note: "Keras 3's TensorBoard callback does not write the graph: its write_graph argument is marked as not supported at this time.",
	},
	{
		id: 'profiler',
		group: 'logging',
		concept: 'Profile CPU and GPU time',
		pytorch: { api: 'torch.profiler.profile', url: 'https://docs.pytorch.org/docs/stable/profiler.html' },
		tensorflow: {
			api: 'tf.profiler.experimental.start / XProf',
			url: 'https://www.tensorflow.org/api_docs/python/tf/profiler/experimental/start',
		},
		note: "PyTorch's TensorBoard profiler plugin is deprecated, so open its trace.json in Perfetto or chrome://tracing; TensorFlow profiles are viewed in XProf.",
		article: 'visualization',
	},
	{
		id: 'profiler-region',
		group: 'logging',
		concept: 'Label a code region in the profile',
		pytorch: {
			api: 'torch.profiler.record_function',
			url: 'https://docs.pytorch.org/docs/stable/profiler.html#torch.profiler.record_function',
		},
		tensorflow: {
			api: 'tf.profiler.experimental.Trace',
			url: 'https://www.tensorflow.org/api_docs/python/tf/profiler/experimental/Trace',
		},
	},
	{
		id: 'tensorboard-callback',
		group: 'logging',
		concept: 'TensorBoard logging from the training loop',
		pytorch: null,
		tensorflow: { api: 'keras.callbacks.TensorBoard', url: 'https://keras.io/api/callbacks/tensorboard/' },
		note: 'Without fit(), call SummaryWriter methods inside your PyTorch loop, or let a wrapper such as Lightning log for you.',
	},
];
