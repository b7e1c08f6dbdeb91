/**
 * Reasoning data for the decision guide (/choose/). Each criterion is one question the reader answers; each answer
 * gives both frameworks a score, explains why, links to the section of the site that covers it, and cites a source.
 *
 * Scores reflect sourced facts only (see docs/facts.md, checked 2026-11-30: PyTorch 2.14, TensorFlow 2.21,
 * Keras 3.15). Claims the fact sheet marks UNVERIFIED (for example "TensorFlow is faster in production" or "TensorFlow
 * has a bigger user base") are never scored. Where both frameworks serve an answer equally well it scores 0/0 and says so.
 */

/** A source for a claim: official docs, release notes or a repository, as listed in the fact sheet. */
export interface Citation {
	title: string;
	url: string;
}

/**
 * Where on the site a claim is explained: an article slug and the id of one of its headings (the id the site
 * generates: GitHub-style slug of the heading text — lowercase, punctuation removed except hyphens, spaces to hyphens,
 * e.g. "## Compiling with torch.compile" -> "compiling-with-torchcompile").
 */
export interface ArticleLink {
	slug: string;
	heading: string;
}

/** One answer to a criterion's question. */
export interface Option {
	/** Kebab-case, unique within the criterion. */
	id: string;
	/** Answer text shown to the reader. */
	label: string;
	/** Points this answer gives each framework, from -2 to 2 (0 = no difference). */
	score: { pytorch: number; tensorflow: number };
	/** One or two sentences: why this answer moves the recommendation (or not). */
	because: string;
	/** Where this is explained on the site. */
	link: ArticleLink;
	/** Every claim cites a source (official docs, release notes, repositories from facts.md). */
	source: Citation;
}

/** One question of the decision guide. */
export interface Criterion {
	/** Kebab-case, unique; used in the URL (?deploy=mobile). */
	id: string;
	question: string;
	/** Default weight 0-3; readers can adjust it. */
	weight: number;
	/** 2-5 options; the first one is the default answer (a neutral "not sure / doesn't matter" answer scoring 0/0). */
	options: Option[];
}

/** Sources cited below, with the titles and URLs the articles' frontmatter already uses. */
const SOURCES = {
	tf221Blog: {
		title: "Google Developers Blog: What's new in TensorFlow 2.21",
		url: 'https://developers.googleblog.com/whats-new-in-tensorflow-221/',
	},
	tf222Rc: {
		title: 'tensorflow/tensorflow PR #127444: TensorFlow 2.22 release candidate',
		url: 'https://github.com/tensorflow/tensorflow/pull/127444',
	},
	transformersPr: {
		title: 'huggingface/transformers PR #40760: remove TensorFlow and Flax',
		url: 'https://github.com/huggingface/transformers/pull/40760',
	},
	litertMigration: {
		title: 'LiteRT: migrate from TensorFlow Lite',
		url: 'https://ai.google.dev/edge/litert/migration',
	},
	litertTorch: {
		title: 'pytorch-fdn/ecosystem issue #84: litert-torch',
		url: 'https://github.com/pytorch-fdn/ecosystem/issues/84',
	},
	litertWeb: {
		title: 'LiteRT for Web with LiteRT.js',
		url: 'https://ai.google.dev/edge/litert/web',
	},
	tfServing: {
		title: 'TensorFlow Serving with Docker',
		url: 'https://www.tensorflow.org/tfx/serving/docker',
	},
	aotInductor: {
		title: 'PyTorch docs: AOTInductor',
		url: 'https://docs.pytorch.org/docs/2.12/user_guide/torch_compiler/torch.compiler_aot_inductor.html',
	},
	tfInstallToc: {
		title: 'TensorFlow docs: install guide table of contents (language bindings)',
		url: 'https://github.com/tensorflow/docs/blob/master/site/en/install/_toc.yaml',
	},
	tfFunction: {
		title: 'TensorFlow guide: Better performance with tf.function',
		url: 'https://github.com/tensorflow/docs/blob/master/site/en/guide/function.ipynb',
	},
	tfDistributed: {
		title: 'TensorFlow guide: Distributed training with TensorFlow',
		url: 'https://github.com/tensorflow/docs/blob/master/site/en/guide/distributed_training.ipynb',
	},
	torchTpu: {
		title: 'PyTorch get-started: TorchTPU',
		url: 'https://github.com/pytorch/pytorch.github.io/blob/site/_get_started/additional_platforms/torch_tpu.md',
	},
	fsdp2: {
		title: 'PyTorch docs: torch.distributed.fsdp.fully_shard (FSDP2)',
		url: 'https://docs.pytorch.org/docs/stable/distributed.fsdp.fully_shard.html',
	},
	pytorch211Blog: {
		title: 'PyTorch 2.11 release blog',
		url: 'https://pytorch.org/blog/pytorch-2-11-release-blog/',
	},
	pytorchLocally: {
		title: 'PyTorch: Start locally',
		url: 'https://pytorch.org/get-started/locally',
	},
	pytorchCompatibility: {
		title: 'PyTorch: version compatibility',
		url: 'https://pytorch.org/get-started/compatibility',
	},
	tfPip: {
		title: 'TensorFlow docs: Install TensorFlow with pip',
		url: 'https://github.com/tensorflow/docs/blob/master/site/en/install/pip.md',
	},
	kerasReadme: {
		title: 'Keras README',
		url: 'https://github.com/keras-team/keras/blob/master/README.md',
	},
	kerasNewsletter: {
		title: 'Keras newsletter, December 2023 (Keras 3 in TensorFlow 2.16)',
		url: 'https://discuss.ai.google.dev/t/keras-newsletter-december-1-2023/28008',
	},
	torchtext: {
		title: 'torchtext documentation',
		url: 'https://docs.pytorch.org/text/stable/',
	},
} as const satisfies Record<string, Citation>;

/** The decision guide's questions, in the order the page asks them. */
export const CRITERIA: readonly Criterion[] = [
	{
		id: 'deploy',
		question: 'Where will the trained model run?',
		weight: 2,
		options: [
			{
				id: 'not-sure',
				label: 'Not sure yet',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Both frameworks now have current routes to servers and to phones, so an open target favours neither. LiteRT even runs PyTorch models converted with litert-torch.',
				link: { slug: 'deployment', heading: 'how-the-deployment-picture-changed-since-2025' },
				source: SOURCES.litertTorch,
			},
			{
				id: 'server',
				label: 'On a server or behind a cloud API',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Both are fine here. TensorFlow Serving is a ready-made server with gRPC and REST endpoints; PyTorch exports with torch.export and AOTInductor to a .pt2 package for C++ inference and pairs with a general-purpose model server, since TorchServe is archived.',
				link: { slug: 'deployment', heading: 'serving-models-on-a-server' },
				source: SOURCES.tfServing,
			},
			{
				id: 'mobile',
				label: 'On phones or other edge devices',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Both are fine: LiteRT, the new name of TensorFlow Lite, runs .tflite models from TensorFlow and, through litert-torch, from PyTorch, and ExecuTorch has replaced PyTorch Mobile. Either way, plan for LiteRT or ExecuTorch rather than tf.lite or PyTorch Mobile.',
				link: { slug: 'deployment', heading: 'mobile-and-edge-devices-litert-and-executorch' },
				source: SOURCES.litertMigration,
			},
			{
				id: 'browser',
				label: 'In the web browser',
				score: { pytorch: 0, tensorflow: 1 },
				because:
					"Both can reach the browser: Google's LiteRT.js runs .tflite models converted from PyTorch with litert-torch, and ONNX Runtime Web runs ONNX exports. TensorFlow keeps a small edge because TensorFlow.js gives its models a direct route without a conversion step; that library's current level of maintenance is unconfirmed, so check its recent releases.",
				link: { slug: 'deployment', heading: 'browser-deployment-tensorflowjs-litertjs-and-onnx-runtime-web' },
				source: SOURCES.litertWeb,
			},
		],
	},
	{
		id: 'goal',
		question: 'Is the work mainly research or production?',
		weight: 1,
		options: [
			{
				id: 'not-sure',
				label: 'Both, or not sure',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Neither label decides it on its own: both frameworks run eagerly while you experiment and compile or export when you ship. Your deployment target and libraries matter more.',
				link: { slug: 'computational-graphs', heading: 'eager-execution-is-the-default-in-both-frameworks' },
				source: SOURCES.tfFunction,
			},
			{
				id: 'research',
				label: 'Research and new model architectures',
				score: { pytorch: 1, tensorflow: 0 },
				because:
					"Google's TensorFlow 2.21 announcement, as reported in secondary summaries, points new generative AI work to Keras 3, JAX and PyTorch, not to TensorFlow core. The popular claim that most papers ship PyTorch code first is unverified and is not counted.",
				link: { slug: 'choosing', heading: 'research-and-new-model-architectures' },
				source: SOURCES.tf221Blog,
			},
			{
				id: 'production',
				label: 'Production systems',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Both have supported production paths (TF Serving and LiteRT; torch.export with AOTInductor and ExecuTorch), and we found no neutral benchmark showing either is faster in production. This answer scores 0/0; the deployment question decides more.',
				link: { slug: 'performance', heading: 'no-neutral-benchmark-settles-the-question' },
				source: SOURCES.aotInductor,
			},
		],
	},
	{
		id: 'team',
		question: 'Which framework does your team already know?',
		weight: 2,
		options: [
			{
				id: 'neither',
				label: 'Neither, or we are starting fresh',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'There is no code or habit to protect, so the other answers decide. To keep your options open, Keras 3 runs the same model code on TensorFlow, JAX or PyTorch, chosen with KERAS_BACKEND.',
				link: { slug: 'ease-of-use', heading: 'running-keras-3-on-pytorch-with-keras_backend' },
				source: SOURCES.kerasReadme,
			},
			{
				id: 'pytorch',
				label: 'PyTorch',
				score: { pytorch: 2, tensorflow: 0 },
				because:
					"Reusing your team's PyTorch code and skills avoids a rewrite, and PyTorch is actively released, with a minor version every two months in 2026. The same reasoning favours TensorFlow for a TensorFlow team.",
				link: { slug: 'choosing', heading: 'start-from-your-constraints-not-the-brand' },
				source: SOURCES.pytorch211Blog,
			},
			{
				id: 'tensorflow-keras',
				label: 'TensorFlow or Keras',
				score: { pytorch: 0, tensorflow: 2 },
				because:
					'Existing skills carry over: since TensorFlow 2.16, tf.keras is Keras 3, and Keras 2 code keeps running through tf_keras. Keras 3 code can later switch to the PyTorch backend, so staying does not lock you in.',
				link: { slug: 'migration', heading: 'from-tfkeras-keras-2-to-keras-3' },
				source: SOURCES.kerasNewsletter,
			},
		],
	},
	{
		id: 'tpu',
		question: 'Will you train on Google Cloud TPUs?',
		weight: 1,
		options: [
			{
				id: 'no',
				label: 'No, or not sure',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Without TPUs this question changes nothing: both frameworks train on GPUs with built-in multi-device support.',
				link: { slug: 'distributed-training', heading: 'training-on-tpus-tpustrategy-and-torchtpu' },
				source: SOURCES.tfDistributed,
			},
			{
				id: 'yes',
				label: 'Yes, for a new project',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Both are workable: TensorFlow uses tf.distribute.TPUStrategy, and the PyTorch get-started page now lists TorchTPU (device "tpu", eager mode, torch.compile and FSDP2 on TPU v5e, v5p, v6e and v7x). Check that TorchTPU covers your workload, as the future of the older PyTorch/XLA route is unconfirmed.',
				link: { slug: 'distributed-training', heading: 'training-on-tpus-tpustrategy-and-torchtpu' },
				source: SOURCES.torchTpu,
			},
			{
				id: 'existing-tpustrategy',
				label: 'Yes, and we already train with TPUStrategy',
				score: { pytorch: 0, tensorflow: 1 },
				because:
					'Your TPUStrategy code keeps working with the same scope-and-fit pattern, while moving to PyTorch means porting it to TorchTPU. That is a switching cost, not evidence that TensorFlow is faster on TPUs.',
				link: { slug: 'choosing', heading: 'training-on-google-cloud-tpus-tpustrategy-or-torchtpu' },
				source: SOURCES.tfDistributed,
			},
		],
	},
	{
		id: 'libraries',
		question: 'Which libraries or existing model code will the project depend on?',
		weight: 3,
		options: [
			{
				id: 'none',
				label: 'Nothing specific, or not sure',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'No library ties you to either framework. Before you plan around one from an older tutorial, check its last release: torchtext, for example, has stopped development.',
				link: { slug: 'community-ecosystem', heading: 'why-ecosystem-lists-go-out-of-date' },
				source: SOURCES.torchtext,
			},
			{
				id: 'hf-transformers',
				label: 'Hugging Face Transformers',
				score: { pytorch: 2, tensorflow: 0 },
				because:
					'Transformers v5 removed TensorFlow and Flax support (pull request #40760, confirmed by a maintainer in 2026), so its current major version supports only PyTorch. TensorFlow code that uses its TF model classes stays on the 4.x line.',
				link: { slug: 'community-ecosystem', heading: 'hugging-face-transformers-is-pytorch-only-in-v5' },
				source: SOURCES.transformersPr,
			},
			{
				id: 'keras',
				label: 'Keras models (Keras 3 or tf.keras)',
				score: { pytorch: 0, tensorflow: 1 },
				because:
					'Keras code runs on TensorFlow as it is, and since TensorFlow 2.16 tf.keras is Keras 3. Code that uses only Keras APIs can also run on PyTorch by setting KERAS_BACKEND, so the lean toward TensorFlow is mild.',
				link: { slug: 'community-ecosystem', heading: 'keras-3-runs-on-both-frameworks-keras_backend' },
				source: SOURCES.kerasReadme,
			},
			{
				id: 'tensorflow-code',
				label: 'Code that calls TensorFlow APIs directly (tf.data, tf.GradientTape, tf.* ops)',
				score: { pytorch: 0, tensorflow: 2 },
				because:
					'Only code written against Keras APIs alone can switch backends; code that calls tf.* operations directly stays tied to TensorFlow. Keeping it on TensorFlow avoids a rewrite.',
				link: { slug: 'overview', heading: 'keras-3-sits-on-top-of-both' },
				source: SOURCES.kerasReadme,
			},
			{
				id: 'pytorch-libraries',
				label: 'PyTorch libraries or code (torchvision, Lightning, torch.* code)',
				score: { pytorch: 2, tensorflow: 0 },
				because:
					'These run only on PyTorch, and torchvision is still released in step with it (0.28 pairs with torch 2.13). Check the rest of your list: torchtext has stopped and torchaudio is in maintenance mode.',
				link: { slug: 'community-ecosystem', heading: 'pytorch-companion-libraries-in-2026' },
				source: SOURCES.pytorchCompatibility,
			},
		],
	},
	{
		id: 'scale',
		question: 'How far will training need to scale?',
		weight: 1,
		options: [
			{
				id: 'not-sure',
				label: 'Not sure yet',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'Both frameworks have built-in tools from one GPU up to many machines, so leaving this open costs nothing.',
				link: { slug: 'distributed-training', heading: 'data-parallelism-versus-sharding' },
				source: SOURCES.tfDistributed,
			},
			{
				id: 'single-gpu',
				label: 'One GPU',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'No distribution tooling is involved. Speed comes from compiling (torch.compile, or tf.function with XLA), and we found no neutral benchmark showing either framework is faster.',
				link: { slug: 'performance', heading: 'turning-on-torchcompile-and-tffunctionjit_compiletrue' },
				source: SOURCES.tfFunction,
			},
			{
				id: 'multi-gpu',
				label: 'Several GPUs in one machine',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					"Both are fine: TensorFlow's MirroredStrategy uses all visible GPUs with minimal changes to a Keras fit script, while PyTorch's DistributedDataParallel, started by torchrun, takes more setup but gives direct control.",
				link: { slug: 'distributed-training', heading: 'data-parallel-training-ddp-versus-mirroredstrategy' },
				source: SOURCES.tfDistributed,
			},
			{
				id: 'many-machines',
				label: 'Many machines, or models too large for one GPU',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					"Both have tools for this: PyTorch's FSDP2 (fully_shard) shards each parameter across ranks and torchrun can restart failed workers; TensorFlow has MultiWorkerMirroredStrategy and ParameterServerStrategy. No neutral benchmark shows that either scales better.",
				link: { slug: 'distributed-training', heading: 'does-one-framework-scale-better' },
				source: SOURCES.fsdp2,
			},
		],
	},
	{
		id: 'windows-gpu',
		question: 'Will you train on an NVIDIA GPU under native Windows?',
		weight: 2,
		options: [
			{
				id: 'no',
				label: 'No, or not sure (Linux, WSL2 or cloud)',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'On Linux both frameworks install a CUDA build with one pip command, so this question only matters for native Windows.',
				link: { slug: 'installation', heading: 'supported-python-versions-and-platforms' },
				source: SOURCES.pytorchLocally,
			},
			{
				id: 'native',
				label: 'Yes, native Windows without WSL2',
				score: { pytorch: 2, tensorflow: 0 },
				because:
					'PyTorch publishes native Windows wheels for CUDA 12.6, 13.0 and 13.2, picked with a CUDA index URL. Native TensorFlow on Windows has been CPU-only since 2.11, so a GPU needs WSL2 or the legacy TensorFlow 2.10 on Python 3.10 or older.',
				link: { slug: 'installation', heading: 'tensorflow-on-native-windows-cpu-only-after-210' },
				source: SOURCES.tfPip,
			},
			{
				id: 'wsl2',
				label: 'Windows, but WSL2 is fine',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					"Inside WSL2 (Windows 10 version 19044 or later) TensorFlow installs with tensorflow[and-cuda] exactly as on Linux, which closes TensorFlow's Windows GPU gap.",
				link: { slug: 'installation', heading: 'tensorflow-on-linux-and-wsl2-with-an-nvidia-gpu' },
				source: SOURCES.tfPip,
			},
		],
	},
	{
		id: 'outlook',
		question: 'How long will the project need to be maintained?',
		weight: 1,
		options: [
			{
				id: 'not-sure',
				label: 'A short project, or not sure',
				score: { pytorch: 0, tensorflow: 0 },
				because:
					'In the near term both are released: TensorFlow 2.21 is current and a 2.22 release candidate was cut in November 2026, while PyTorch ships a minor version every two months.',
				link: { slug: 'overview', heading: 'current-versions-in-late-2026' },
				source: SOURCES.tf222Rc,
			},
			{
				id: 'years',
				label: 'Several years',
				score: { pytorch: 1, tensorflow: 0 },
				because:
					"According to secondary summaries of Google's TensorFlow 2.21 announcement, TensorFlow core is moving toward security fixes, dependency updates and critical bug fixes: a change of focus, not an end of releases. Writing the model in backend-neutral Keras 3 is the other way to hedge.",
				link: { slug: 'choosing', heading: 'long-term-maintenance-outlook-for-tensorflow-and-pytorch' },
				source: SOURCES.tf221Blog,
			},
		],
	},
];
