/**
 * Install guides for PyTorch 2.14 and TensorFlow 2.21: the single source of truth for the install selector and the
 * per-OS guides. Every (OS, framework, accelerator) combination appears exactly once in COMBINATIONS, either with the
 * commands that install it or with the reason it does not exist.
 *
 * Facts follow docs/facts.md §12 (checked 2026-11-30, errata E1, E2, E6 and E16 applied). Text in notes and failures uses `backticks` for inline
 * code, Markdown style, so a renderer can turn it into <code>.
 */

import { FRAMEWORKS, OSES } from '../lib/choices';

/** The operating systems and frameworks are synced choices: they live in the registry (src/lib/choices.ts). */
export { FRAMEWORKS, OSES };

export const ACCELERATORS = [
	{ id: 'cpu', label: 'CPU only' },
	{ id: 'cuda', label: 'NVIDIA CUDA' },
	{ id: 'rocm', label: 'AMD ROCm' },
	{ id: 'apple', label: 'Apple silicon GPU (MPS / Metal)' },
] as const;

/** An operating system the guides cover. 'wsl2' is a Linux distribution running under Windows Subsystem for Linux 2. */
export type OsId = (typeof OSES)[number]['id'];
/** A framework the guides cover. */
export type FrameworkId = (typeof FRAMEWORKS)[number]['id'];
/** The hardware the framework should compute on. */
export type AcceleratorId = (typeof ACCELERATORS)[number]['id'];

/** A shell command a reader runs, with the output to expect when it is a check. */
export interface Step {
	command: string;
	expect?: string;
}

/** One framework x OS x accelerator. Either it exists (packages etc.) or it does not (reason + instead). */
export type Combination =
	| {
			os: OsId;
			framework: FrameworkId;
			accelerator: AcceleratorId;
			supported: true;
			/**
			 * Arguments after "install", e.g. ['torch', 'torchvision', '--index-url', 'https://download.pytorch.org/whl/cu126']
			 * or ["'tensorflow[and-cuda]'"]. pip and uv commands are derived from these (see installCommand).
			 */
			packages: string[];
			/** Extra install steps before or after the package install (e.g. the optional tensorflow-metal plugin as a second step), as full commands. */
			extra?: Step[];
			/** One-line check command and the output to expect on a working install (concrete example output). */
			verify: Step;
			/** Short notes shown with the commands (variants such as other CUDA versions, caveats). */
			notes: string[];
			/** URLs of the official pages these commands come from. */
			sources: string[];
	  }
	| {
			os: OsId;
			framework: FrameworkId;
			accelerator: AcceleratorId;
			supported: false;
			/** One or two sentences: why this combination does not exist. */
			reason: string;
			/** What to do instead (e.g. use WSL2, the CPU build, MPS), one or two sentences. */
			instead: string;
			sources: string[];
	  };

/** A combination that installs. */
export type SupportedCombination = Extract<Combination, { supported: true }>;
/** A combination that does not exist, with what to do instead. */
export type UnsupportedCombination = Extract<Combination, { supported: false }>;
/** The installer a reader picked. */
export type InstallTool = 'pip' | 'uv';

// ---------------------------------------------------------------------------------------------------------------
// Sources (all from the Sources list of facts.md, plus uv's PyTorch guide for the uv form of the commands)
// ---------------------------------------------------------------------------------------------------------------

const PT_LOCALLY = 'https://pytorch.org/get-started/locally/';
const PT_COMPAT = 'https://pytorch.org/get-started/compatibility';
const PT_HIP = 'https://docs.pytorch.org/docs/2.13/notes/hip.html';
/** The 2.14 row of the Release Compatibility Matrix (ROCm 7.14), added by pytorch/pytorch PR #194367. */
const PT_RELEASE_MATRIX = 'https://github.com/pytorch/pytorch/blob/main/RELEASE.md#release-compatibility-matrix';
const PT_RELEASE_MATRIX_PR = 'https://github.com/pytorch/pytorch/pull/194367';
/** PyPI promotion strips the local version tag from the wheel metadata only; torch.__version__ keeps it (E2). */
const PT_PYPI_TAG = 'https://github.com/pytorch/pytorch/issues/141094';
/** AMD's own TensorFlow-for-ROCm builds (wheels on repo.radeon.com, rocm/tensorflow Docker images). */
const AMD_TF_ROCM = 'https://rocm.docs.amd.com/projects/ai-ecosystem/en/latest/frameworks/tensorflow/install.html';
const PT_APPLE = 'https://developer.apple.com/metal/pytorch/';
const PT_INTEL_MAC = 'https://github.com/pytorch/pytorch/issues/114602';
const UV_PYTORCH = 'https://docs.astral.sh/uv/guides/integration/pytorch/';
const TF_PIP = 'https://www.tensorflow.org/install/pip';
const TF_PIP_MD = 'https://github.com/tensorflow/docs/blob/master/site/en/install/pip.md';
const TF_SOURCE_MD = 'https://github.com/tensorflow/docs/blob/master/site/en/install/source.md';
const TF_RELEASE = 'https://github.com/tensorflow/tensorflow/releases/tag/v2.21.0';
const TF_TENSORBOARD_PR = 'https://github.com/tensorflow/tensorflow/pull/110709';
const TF_METAL = 'https://developer.apple.com/metal/tensorflow-plugin/';
const TF_METAL_ISSUE = 'https://github.com/tensorflow/tensorflow/issues/84167';

// ---------------------------------------------------------------------------------------------------------------
// Shared commands and text
// ---------------------------------------------------------------------------------------------------------------

type Python = 'python3' | 'python';

const PT_INDEX = 'https://download.pytorch.org/whl';

const torchCheck = (py: Python): string =>
	`${py} -c "import torch; print(torch.__version__, torch.cuda.is_available())"`;
const tfGpuCheck = (py: Python): string =>
	`${py} -c "import tensorflow as tf; print(tf.config.list_physical_devices('GPU'))"`;
const tfCpuCheck = (py: Python): string =>
	`${py} -c "import tensorflow as tf; print(tf.reduce_sum(tf.random.normal([1000, 1000])))"`;

const TF_GPU_EXPECT = "[PhysicalDevice(name='/physical_device:GPU:0', device_type='GPU')]";
const TF_CPU_EXPECT = 'tf.Tensor(-1182.2546, shape=(), dtype=float32)';

const TF_RANDOM_NOTE =
	'The check sums random numbers, so the value changes on every run; any printed `tf.Tensor` means TensorFlow works.';
const tensorboardNote = (py: Python): string =>
	`TensorFlow 2.21 no longer installs TensorBoard; add it with \`${py} -m pip install tensorboard\` if you use it.`;
const TF_CUDA_TESTED_NOTE =
	'TensorFlow 2.20 and 2.21 were tested with CUDA 12.5 and cuDNN 9.3; some lines of the pip guide still name older versions.';
const TF_QUOTE_NOTE = 'Keep the quotes around `tensorflow[and-cuda]`: zsh otherwise reads the square brackets as a filename pattern.';
const PT_CUDA_VARIANTS_NOTE = `For CUDA 12.6 (older drivers) or CUDA 13.2, add \`--index-url ${PT_INDEX}/cu126\` or \`--index-url ${PT_INDEX}/cu132\`; those builds report versions such as \`2.14.1+cu126\`.`;
const PT_UV_AUTO_NOTE =
	"uv's PyTorch guide describes `uv pip install torch torchvision --torch-backend=auto`, which picks the CUDA index that suits the installed NVIDIA driver. It was a preview feature and we could not confirm its status in late 2026, so rely on the pip commands shown here.";
/** The ROCm version of the PyTorch 2.14 wheels, as in the index URL and the version tag. */
const PT_ROCM = 'rocm7.14';
const PT_ROCM_LABEL = 'ROCm 7.14';
const TF_AMD_INSTEAD = `Use TensorFlow's CPU build; or AMD's own TensorFlow-for-ROCm builds (wheels and Docker images that AMD publishes, not the TensorFlow project; see AMD's install page); or PyTorch, which publishes official ${PT_ROCM_LABEL} wheels for Linux.`;
const WSL_DRIVER_NOTE =
	'Install the NVIDIA driver on Windows only; WSL2 passes the GPU through. Do not install a Linux NVIDIA driver inside WSL; `nvidia-smi` in the WSL shell should list the GPU.';

const APPLE_ONLY_REASON =
	'Apple silicon GPUs exist only in Macs, and the Apple GPU backends (PyTorch MPS, the tensorflow-metal plugin) exist only on macOS.';

// ---------------------------------------------------------------------------------------------------------------
// Combinations: 4 OSes x 2 frameworks x 4 accelerators = 32 entries
// ---------------------------------------------------------------------------------------------------------------

const DIRECT: readonly Combination[] = [
	{
		os: 'linux',
		framework: 'pytorch',
		accelerator: 'cpu',
		supported: true,
		packages: ['torch', 'torchvision', '--index-url', `${PT_INDEX}/cpu`],
		verify: { command: torchCheck('python3'), expect: '2.14.1+cpu False' },
		notes: [
			'The CPU index gives a much smaller download than the default PyPI build, which pulls in the CUDA libraries.',
			'The default CUDA build also runs on the CPU; pick this one to save space or on machines without an NVIDIA GPU.',
			'The version ends in `+cpu`, and `False` is expected: this build has no GPU support.',
		],
		sources: [PT_LOCALLY, PT_COMPAT],
	},
	{
		os: 'linux',
		framework: 'pytorch',
		accelerator: 'cuda',
		supported: true,
		packages: ['torch', 'torchvision'],
		verify: { command: torchCheck('python3'), expect: '2.14.1+cu130 True' },
		notes: [
			'This is the default build on PyPI, made with CUDA 13.0. Its version still ends in `+cu130`: PyPI publishing removes the tag from the package metadata only, so `torch.__version__` keeps it.',
			PT_CUDA_VARIANTS_NOTE,
			'The wheels bring their own CUDA libraries; you need only an NVIDIA driver new enough for the chosen CUDA version (`nvidia-smi` shows the highest CUDA version it supports).',
			PT_UV_AUTO_NOTE,
		],
		sources: [PT_LOCALLY, PT_COMPAT, PT_PYPI_TAG, UV_PYTORCH],
	},
	{
		os: 'linux',
		framework: 'pytorch',
		accelerator: 'rocm',
		supported: true,
		packages: ['torch', 'torchvision', '--index-url', `${PT_INDEX}/${PT_ROCM}`],
		verify: { command: torchCheck('python3'), expect: `2.14.1+${PT_ROCM} True` },
		notes: [
			'ROCm builds reuse the `torch.cuda` API: AMD GPUs appear as device `"cuda"`, so the CUDA check applies.',
			`PyTorch 2.14 moved to ${PT_ROCM_LABEL}: PyTorch 2.13 used the \`rocm7.2\` index, which has no 2.14 wheels we could confirm.`,
			`Your GPU and its Linux driver must be supported by ${PT_ROCM_LABEL}; check AMD's ROCm compatibility list.`,
		],
		sources: [PT_LOCALLY, PT_RELEASE_MATRIX, PT_RELEASE_MATRIX_PR, PT_HIP],
	},
	{
		os: 'linux',
		framework: 'pytorch',
		accelerator: 'apple',
		supported: false,
		reason: APPLE_ONLY_REASON,
		instead: 'On Linux, choose NVIDIA CUDA, AMD ROCm or CPU only. To use an Apple GPU, install PyTorch on a Mac with Apple silicon.',
		sources: [PT_LOCALLY, PT_APPLE],
	},
	{
		os: 'linux',
		framework: 'tensorflow',
		accelerator: 'cpu',
		supported: true,
		packages: ['tensorflow'],
		verify: { command: tfCpuCheck('python3'), expect: TF_CPU_EXPECT },
		notes: [
			TF_RANDOM_NOTE,
			"On this install, `tf.config.list_physical_devices('GPU')` prints `[]`.",
			'TensorFlow may print informational log lines first (for example about oneDNN); they are not errors.',
			tensorboardNote('python3'),
		],
		sources: [TF_PIP, TF_PIP_MD, TF_RELEASE, TF_TENSORBOARD_PR],
	},
	{
		os: 'linux',
		framework: 'tensorflow',
		accelerator: 'cuda',
		supported: true,
		packages: ["'tensorflow[and-cuda]'"],
		verify: { command: tfGpuCheck('python3'), expect: TF_GPU_EXPECT },
		notes: [
			TF_QUOTE_NOTE,
			'The `and-cuda` extra installs the CUDA and cuDNN libraries as pip packages; you need only the NVIDIA driver (check with `nvidia-smi`).',
			'The check prints one entry per GPU; `[]` means TensorFlow found no GPU.',
			TF_CUDA_TESTED_NOTE,
			tensorboardNote('python3'),
		],
		sources: [TF_PIP, TF_PIP_MD, TF_SOURCE_MD, TF_RELEASE, TF_TENSORBOARD_PR],
	},
	{
		os: 'linux',
		framework: 'tensorflow',
		accelerator: 'rocm',
		supported: false,
		reason:
			"TensorFlow's official pip install page offers builds for NVIDIA CUDA and for the CPU only; it lists no ROCm build for AMD GPUs.",
		instead: TF_AMD_INSTEAD,
		sources: [TF_PIP, TF_PIP_MD, AMD_TF_ROCM, PT_LOCALLY],
	},
	{
		os: 'linux',
		framework: 'tensorflow',
		accelerator: 'apple',
		supported: false,
		reason: APPLE_ONLY_REASON,
		instead:
			"On Linux, choose NVIDIA CUDA or CPU only. To use an Apple GPU, install TensorFlow on a Mac with Apple silicon and add Apple's tensorflow-metal plugin.",
		sources: [TF_PIP, TF_METAL],
	},
	{
		os: 'macos',
		framework: 'pytorch',
		accelerator: 'cpu',
		supported: true,
		packages: ['torch', 'torchvision'],
		verify: { command: 'python3 -c "import torch; print(torch.__version__)"', expect: '2.14.1' },
		notes: [
			'This is the same wheel as the Apple silicon GPU option: it runs on the CPU and also includes the MPS backend.',
			'Apple silicon is required: the last PyTorch wheels for Intel Macs were 2.2.x.',
		],
		sources: [PT_LOCALLY, PT_COMPAT, PT_INTEL_MAC],
	},
	{
		os: 'macos',
		framework: 'pytorch',
		accelerator: 'cuda',
		supported: false,
		reason:
			'PyTorch publishes no CUDA builds for macOS, and Macs with Apple silicon have no NVIDIA GPU. The macOS wheel uses the Apple GPU through MPS instead.',
		instead:
			'Pick "Apple silicon GPU" to train on the Mac\'s GPU with MPS, or use a Linux or Windows machine with an NVIDIA GPU for CUDA.',
		sources: [PT_LOCALLY, PT_APPLE],
	},
	{
		os: 'macos',
		framework: 'pytorch',
		accelerator: 'rocm',
		supported: false,
		reason:
			'The PyTorch install selector offers ROCm wheels only for Linux, and current macOS wheels are built for Apple silicon, which has no AMD GPU.',
		instead: `Use MPS on a Mac with Apple silicon, or the ${PT_ROCM_LABEL} wheels on a Linux machine with a supported AMD GPU.`,
		sources: [PT_LOCALLY, PT_INTEL_MAC],
	},
	{
		os: 'macos',
		framework: 'pytorch',
		accelerator: 'apple',
		supported: true,
		packages: ['torch', 'torchvision'],
		verify: { command: 'python3 -c "import torch; print(torch.backends.mps.is_available())"', expect: 'True' },
		notes: [
			'MPS is part of the standard macOS wheel; no extra package or index URL is needed.',
			"Apple's requirements for MPS: a Mac with Apple silicon, macOS 14 or later, Python 3.10 or later.",
			'In code, use `torch.device("mps")`; `torch.cuda.is_available()` is always `False` on macOS.',
			'Intel Macs are not supported: the last x86 macOS wheels were for PyTorch 2.2.',
		],
		sources: [PT_LOCALLY, PT_APPLE, PT_INTEL_MAC],
	},
	{
		os: 'macos',
		framework: 'tensorflow',
		accelerator: 'cpu',
		supported: true,
		packages: ['tensorflow'],
		verify: { command: tfCpuCheck('python3'), expect: TF_CPU_EXPECT },
		notes: [
			'Apple silicon is required for current versions: TensorFlow 2.16 was the last release for Intel Macs.',
			"TensorFlow's own macOS build runs on the CPU only; the Apple GPU needs Apple's optional tensorflow-metal plugin (see the Apple silicon GPU option).",
			TF_RANDOM_NOTE,
			tensorboardNote('python3'),
		],
		sources: [TF_PIP, TF_PIP_MD, TF_RELEASE, TF_TENSORBOARD_PR],
	},
	{
		os: 'macos',
		framework: 'tensorflow',
		accelerator: 'cuda',
		supported: false,
		reason:
			"TensorFlow publishes no CUDA build for macOS (its pip guide says there is no official GPU support on macOS), and Macs with Apple silicon have no NVIDIA GPU.",
		instead:
			"Use the CPU build, try Apple's optional tensorflow-metal plugin for the Apple GPU, or use Linux or WSL2 with an NVIDIA GPU and `tensorflow[and-cuda]`.",
		sources: [TF_PIP, TF_PIP_MD, TF_METAL],
	},
	{
		os: 'macos',
		framework: 'tensorflow',
		accelerator: 'rocm',
		supported: false,
		reason:
			"TensorFlow's official pip install page lists no ROCm build for any platform, and Macs with Apple silicon have no AMD GPU.",
		instead: "Use the CPU build, or try Apple's tensorflow-metal plugin for the Apple GPU.",
		sources: [TF_PIP, TF_PIP_MD],
	},
	{
		os: 'macos',
		framework: 'tensorflow',
		accelerator: 'apple',
		supported: true,
		packages: ['tensorflow'],
		extra: [{ command: 'python3 -m pip install tensorflow-metal' }],
		verify: { command: tfGpuCheck('python3'), expect: TF_GPU_EXPECT },
		notes: [
			"tensorflow-metal is Apple's plugin, maintained by Apple rather than the TensorFlow team; the second step is optional.",
			'We could not verify that tensorflow-metal works with TensorFlow 2.21, and breakage was reported with TensorFlow 2.18. Install and check TensorFlow alone first, then add the plugin and run the check again.',
			'Without the plugin the check prints `[]` and TensorFlow runs on the CPU.',
			'Apple silicon only: TensorFlow 2.16 was the last release for Intel Macs.',
			tensorboardNote('python3'),
		],
		sources: [TF_METAL, TF_METAL_ISSUE, TF_PIP, TF_RELEASE],
	},
	{
		os: 'windows',
		framework: 'pytorch',
		accelerator: 'cpu',
		supported: true,
		packages: ['torch', 'torchvision'],
		verify: { command: torchCheck('python'), expect: '2.14.1 False' },
		notes: [
			'On Windows, the plain PyPI install is the CPU-only build, so `False` is expected.',
			'The version may also print with a build tag, as `2.14.1+cpu`; we could not confirm which form the 2.14 wheel prints, and both mean a working CPU install.',
		],
		sources: [PT_LOCALLY, PT_COMPAT, PT_PYPI_TAG],
	},
	{
		os: 'windows',
		framework: 'pytorch',
		accelerator: 'cuda',
		supported: true,
		packages: ['torch', 'torchvision', '--index-url', `${PT_INDEX}/cu130`],
		verify: { command: torchCheck('python'), expect: '2.14.1+cu130 True' },
		notes: [
			'The CUDA builds for Windows come only from the PyTorch indexes; without `--index-url` you get the CPU-only build.',
			`For CUDA 12.6 or 13.2, use \`${PT_INDEX}/cu126\` or \`${PT_INDEX}/cu132\` as the index URL instead.`,
			'If a CPU build is already installed, run `pip3 uninstall torch torchvision` first; otherwise pip reports the requirement as already satisfied and keeps the CPU build.',
			'You need a current NVIDIA driver for Windows; `nvidia-smi` in PowerShell should list the GPU.',
			PT_UV_AUTO_NOTE,
		],
		sources: [PT_LOCALLY, PT_COMPAT, UV_PYTORCH],
	},
	{
		os: 'windows',
		framework: 'pytorch',
		accelerator: 'rocm',
		supported: false,
		reason: 'The PyTorch install selector offers ROCm wheels only for Linux; it has no ROCm option for Windows.',
		instead:
			`Use the CPU build on Windows, or install PyTorch from the ${PT_ROCM_LABEL} index on a native Linux system with a supported AMD GPU.`,
		sources: [PT_LOCALLY],
	},
	{
		os: 'windows',
		framework: 'pytorch',
		accelerator: 'apple',
		supported: false,
		reason: APPLE_ONLY_REASON,
		instead: 'On Windows, choose NVIDIA CUDA or CPU only. To use an Apple GPU, install PyTorch on a Mac with Apple silicon.',
		sources: [PT_LOCALLY, PT_APPLE],
	},
	{
		os: 'windows',
		framework: 'tensorflow',
		accelerator: 'cpu',
		supported: true,
		packages: ['tensorflow'],
		verify: { command: tfCpuCheck('python'), expect: TF_CPU_EXPECT },
		notes: [
			'Native Windows builds of TensorFlow have been CPU-only since 2.11; for an NVIDIA GPU, use WSL2.',
			"TensorFlow's pip guide asks for the Microsoft Visual C++ Redistributable and Windows long path support (see the prerequisites).",
			TF_RANDOM_NOTE,
			tensorboardNote('python'),
		],
		sources: [TF_PIP, TF_PIP_MD, TF_RELEASE, TF_TENSORBOARD_PR],
	},
	{
		os: 'windows',
		framework: 'tensorflow',
		accelerator: 'cuda',
		supported: false,
		reason:
			'TensorFlow 2.10 was the last release with GPU support on native Windows; from 2.11 on, native Windows builds run on the CPU only.',
		instead:
			'Install TensorFlow inside WSL2 with `tensorflow[and-cuda]` (pick "Windows (WSL2)"). Only for old projects that cannot move: the legacy path is `"tensorflow<2.11"` on Python 3.10 or older, with `conda install -c conda-forge cudatoolkit=11.2 cudnn=8.1.0`.',
		sources: [TF_PIP, TF_PIP_MD, TF_SOURCE_MD],
	},
	{
		os: 'windows',
		framework: 'tensorflow',
		accelerator: 'rocm',
		supported: false,
		reason:
			"TensorFlow's official pip install page lists no ROCm build, and native Windows builds have been CPU-only since TensorFlow 2.11.",
		instead: `Use TensorFlow's CPU build. For an AMD GPU, use a native Linux system: AMD publishes its own TensorFlow-for-ROCm builds there, and PyTorch has official ${PT_ROCM_LABEL} wheels.`,
		sources: [TF_PIP, TF_PIP_MD, AMD_TF_ROCM, PT_LOCALLY],
	},
	{
		os: 'windows',
		framework: 'tensorflow',
		accelerator: 'apple',
		supported: false,
		reason: APPLE_ONLY_REASON,
		instead:
			"On Windows, use the CPU build, or WSL2 with an NVIDIA GPU. To use an Apple GPU, install TensorFlow on a Mac with Apple silicon and add Apple's tensorflow-metal plugin.",
		sources: [TF_PIP, TF_METAL],
	},
	{
		os: 'wsl2',
		framework: 'pytorch',
		accelerator: 'rocm',
		supported: false,
		reason: 'The PyTorch install selector offers ROCm wheels for Linux; this guide does not cover ROCm under WSL2.',
		instead:
			`For an AMD GPU, use a native Linux installation with the ${PT_ROCM_LABEL} index; inside WSL2, the CPU build works.`,
		sources: [PT_LOCALLY],
	},
	{
		os: 'wsl2',
		framework: 'pytorch',
		accelerator: 'apple',
		supported: false,
		reason: APPLE_ONLY_REASON,
		instead: 'In WSL2, choose NVIDIA CUDA or CPU only. To use an Apple GPU, install PyTorch on a Mac with Apple silicon.',
		sources: [PT_LOCALLY, PT_APPLE],
	},
	{
		os: 'wsl2',
		framework: 'tensorflow',
		accelerator: 'rocm',
		supported: false,
		reason:
			"TensorFlow's official pip install page offers builds for NVIDIA CUDA and for the CPU only; it lists no ROCm build for AMD GPUs.",
		instead: `Use TensorFlow's CPU build. For an AMD GPU, use a native Linux system: AMD publishes its own TensorFlow-for-ROCm builds there, and PyTorch has official ${PT_ROCM_LABEL} wheels.`,
		sources: [TF_PIP, TF_PIP_MD, AMD_TF_ROCM, PT_LOCALLY],
	},
	{
		os: 'wsl2',
		framework: 'tensorflow',
		accelerator: 'apple',
		supported: false,
		reason: APPLE_ONLY_REASON,
		instead:
			"In WSL2, choose NVIDIA CUDA or CPU only. To use an Apple GPU, install TensorFlow on a Mac with Apple silicon and add Apple's tensorflow-metal plugin.",
		sources: [TF_PIP, TF_METAL],
	},
];

/**
 * WSL2 runs the Linux wheels: its supported entries are the Linux ones with
 * notes of their own, derived here so the commands cannot drift apart.
 */
const WSL2_NOTES: Record<string, string[]> = {
	'pytorch/cpu': [
		'The PyTorch selector has no WSL2 option; inside WSL2, use the Linux commands.',
		'The CPU index gives a much smaller download than the default PyPI build, which pulls in the CUDA libraries.',
		'The version ends in `+cpu`, and `False` is expected: this build has no GPU support.',
	],
	'pytorch/cuda': [
		'The PyTorch selector has no WSL2 option; inside WSL2, use the Linux commands. The default PyPI build uses CUDA 13.0 and reports `+cu130` in its version.',
		PT_CUDA_VARIANTS_NOTE,
		WSL_DRIVER_NOTE,
		PT_UV_AUTO_NOTE,
	],
	'tensorflow/cpu': [
		'Inside WSL2, the commands are the same as on Linux.',
		TF_RANDOM_NOTE,
		"On this install, `tf.config.list_physical_devices('GPU')` prints `[]`.",
		tensorboardNote('python3'),
	],
	'tensorflow/cuda': [
		'This is the supported way to use an NVIDIA GPU with TensorFlow on Windows. It needs Windows 10 19044 (21H2) or later.',
		WSL_DRIVER_NOTE,
		TF_QUOTE_NOTE,
		TF_CUDA_TESTED_NOTE,
		tensorboardNote('python3'),
	],
};

function fromLinux(key: string, notes: string[]): Combination {
	const linux = DIRECT.find((c) => c.os === 'linux' && `${c.framework}/${c.accelerator}` === key);
	if (!linux?.supported) throw new Error(`install data: no supported Linux entry for ${key}`);
	return { ...linux, os: 'wsl2', notes };
}

export const COMBINATIONS: readonly Combination[] = [...DIRECT, ...Object.entries(WSL2_NOTES).map(([key, notes]) => fromLinux(key, notes))];

// ---------------------------------------------------------------------------------------------------------------
// Per-OS guides
// ---------------------------------------------------------------------------------------------------------------

/** Per-OS guide content that is not per-combination. */
export interface OsGuide {
	os: OsId;
	/** Prerequisites: supported Python versions for each framework on this OS, drivers (NVIDIA driver / ROCm / macOS 14+), shell used. */
	prerequisites: string[];
	/** Creating and activating a virtual environment with pip (python -m venv) on this OS: the commands. */
	venv: { pip: string[]; uv: string[] };
	/** The three most common failures on this OS, with their fix, per framework. */
	failures: Record<FrameworkId, { problem: string; fix: string }[]>;
	/** Upgrading and uninstalling commands (pip form), per framework. */
	upgrade: Record<FrameworkId, string[]>;
	uninstall: Record<FrameworkId, string[]>;
	/** Anything the browser cannot detect that matters here (WSL2 vs Windows; Apple silicon vs Intel Mac). */
	detectionNote?: string;
	/** Shell language for code blocks on this OS: 'bash' or 'powershell'. */
	shell: 'bash' | 'powershell';
}

const POSIX_VENV = {
	pip: ['python3 -m venv .venv', 'source .venv/bin/activate'],
	uv: ['uv venv', 'source .venv/bin/activate'],
};

const EXTERNALLY_MANAGED = {
	problem: 'pip stops with `error: externally-managed-environment`.',
	fix: 'Recent Debian and Ubuntu releases block pip from changing the system Python (PEP 668). Create and activate a virtual environment, then install inside it.',
};

const PT_CPU_WHEEL_ON_GPU = {
	problem: '`torch.cuda.is_available()` prints `False` although `nvidia-smi` lists the GPU.',
	fix: `A version ending in \`+cpu\` means the CPU index was used: run \`pip3 uninstall torch torchvision\`, then reinstall from PyPI (CUDA 13.0) or the cu126 / cu132 index.`,
};

const TF_UPGRADE_PIP = 'python3 -m pip install --upgrade pip';

/** Linux and WSL2 uninstall the same way. */
const LINUX_UNINSTALL: OsGuide['uninstall'] = {
	pytorch: ['pip3 uninstall torch torchvision', 'deactivate && rm -rf .venv  # or delete the whole environment, including the CUDA libraries pip pulled in'],
	tensorflow: ['python3 -m pip uninstall tensorflow', 'deactivate && rm -rf .venv  # or delete the whole environment, including the CUDA libraries pip pulled in'],
};

export const OS_GUIDES: readonly OsGuide[] = [
	{
		os: 'linux',
		shell: 'bash',
		prerequisites: [
			'PyTorch 2.14: Python 3.10–3.14 (Linux also has experimental Python 3.15 and 3.15t wheels since PyTorch 2.13).',
			'TensorFlow 2.21: Python 3.10–3.13. Its Linux wheels are `manylinux_2_27`, so they need glibc 2.27 or newer and a recent pip.',
			'NVIDIA GPU: an NVIDIA driver on the system; `nvidia-smi` should list the GPU. The pip packages bring their own CUDA libraries, so no separate CUDA Toolkit is needed.',
			`AMD GPU: for PyTorch, a GPU and Linux driver supported by ${PT_ROCM_LABEL}. TensorFlow's own builds have no ROCm support; AMD publishes separate TensorFlow-for-ROCm builds.`,
			'On Debian and Ubuntu, `python3 -m venv` needs the python3-venv package: `sudo apt install python3-venv`.',
			'Shell: bash or zsh. In zsh, quote arguments that contain square brackets.',
		],
		venv: POSIX_VENV,
		failures: {
			pytorch: [
				{
					problem: '`torch.cuda.is_available()` prints `False` on a machine with an NVIDIA GPU.',
					fix: 'A version ending in `+cpu` means the CPU index was used: run `pip3 uninstall torch torchvision` and reinstall without it. If `nvidia-smi` fails or shows an older CUDA version than the build, update the NVIDIA driver or use the cu126 index.',
				},
				{
					problem: '`torch.cuda.is_available()` prints `False` on a machine with an AMD GPU.',
					fix: `Only the ROCm build sees AMD GPUs: uninstall torch and torchvision, reinstall with \`--index-url ${PT_INDEX}/${PT_ROCM}\` (the version should end in \`+${PT_ROCM}\`), and check that the GPU is supported by ${PT_ROCM_LABEL}.`,
				},
				EXTERNALLY_MANAGED,
			],
			tensorflow: [
				{
					problem: '`zsh: no matches found: tensorflow[and-cuda]`.',
					fix: "zsh reads the brackets as a filename pattern. Quote the argument: `python3 -m pip install 'tensorflow[and-cuda]'`.",
				},
				{
					problem:
						"`tf.config.list_physical_devices('GPU')` prints `[]`, often after warnings such as `Could not load dynamic library 'libcudart.so…'`.",
					fix: "Install `'tensorflow[and-cuda]'`, which pulls in the CUDA and cuDNN libraries, rather than plain `tensorflow`, and make sure `nvidia-smi` works with an up-to-date NVIDIA driver.",
				},
				{
					problem: '`ERROR: No matching distribution found for tensorflow`.',
					fix: 'TensorFlow 2.21 has wheels for Python 3.10–3.13 only, and its Linux wheels need glibc 2.27 or newer. Check `python3 --version`, upgrade pip with `python3 -m pip install --upgrade pip`, and recreate the environment with a supported Python if needed.',
				},
			],
		},
		upgrade: {
			pytorch: [
				'pip3 install --upgrade torch torchvision  # default build (CUDA 13.0)',
				`pip3 install --upgrade torch torchvision --index-url ${PT_INDEX}/cu126  # other builds: repeat your index (cu126, cu132, ${PT_ROCM} or cpu)`,
			],
			tensorflow: [
				TF_UPGRADE_PIP,
				"python3 -m pip install --upgrade 'tensorflow[and-cuda]'  # or plain tensorflow for the CPU build",
			],
		},
		uninstall: LINUX_UNINSTALL,
		detectionNote:
			"The browser cannot see your GPU. Run `lspci | grep -iE 'vga|3d'` to see whether it is NVIDIA or AMD, and `nvidia-smi` to confirm an NVIDIA driver works.",
	},
	{
		os: 'macos',
		shell: 'bash',
		prerequisites: [
			'A Mac with Apple silicon. Intel Macs no longer get current builds: the last were PyTorch 2.2.x and TensorFlow 2.16.',
			'PyTorch 2.14: Python 3.10–3.14. For the MPS GPU backend, Apple lists macOS 14 or later.',
			'TensorFlow 2.21: Python 3.10–3.13. The Apple GPU needs the optional tensorflow-metal plugin, whose support for 2.21 is unverified.',
			'Use a native arm64 Python, not one running under Rosetta: `python3 -c "import platform; print(platform.machine())"` should print `arm64`.',
			'No GPU driver to install: MPS and Metal are part of macOS.',
			'Shell: zsh (the macOS default) or bash. The commands work in both.',
		],
		venv: POSIX_VENV,
		failures: {
			pytorch: [
				{
					problem: 'pip installs an old torch 2.2.x, or reports `No matching distribution found for torch`.',
					fix: 'Current wheels are for Apple silicon only. Check that `platform.machine()` prints `arm64` and that Python is 3.10–3.14; an `x86_64` Python (an Intel Mac, or Python under Rosetta) cannot install current PyTorch.',
				},
				{
					problem: '`torch.backends.mps.is_available()` prints `False`.',
					fix: 'MPS needs Apple silicon and, per Apple, macOS 14 or later. Update macOS and make sure the Python in your environment is the native arm64 build.',
				},
				{
					problem: '`AssertionError: Torch not compiled with CUDA enabled`.',
					fix: 'The code asks for a `cuda` device, which no macOS build has. Use `"mps"` instead, for example `device = "mps" if torch.backends.mps.is_available() else "cpu"`.',
				},
			],
			tensorflow: [
				{
					problem: 'pip installs TensorFlow 2.16 or older, or reports `No matching distribution found for tensorflow`.',
					fix: 'TensorFlow 2.21 needs Python 3.10–3.13 on Apple silicon; 2.16 was the last release for Intel Macs. Check `python3 --version` and that `platform.machine()` prints `arm64`, not `x86_64`.',
				},
				{
					problem: "`tf.config.list_physical_devices('GPU')` prints `[]`.",
					fix: "TensorFlow's own macOS build has no GPU support, so this is expected without a plugin. The Apple GPU appears only with Apple's optional `tensorflow-metal` plugin.",
				},
				{
					problem: 'TensorFlow fails to import or crashes after `tensorflow-metal` is installed.',
					fix: 'The plugin must match the TensorFlow version; breakage was reported with TensorFlow 2.18 and support for 2.21 is unverified. Run `python3 -m pip uninstall tensorflow-metal` to return to the working CPU setup.',
				},
			],
		},
		upgrade: {
			pytorch: ['pip3 install --upgrade torch torchvision'],
			tensorflow: [
				TF_UPGRADE_PIP,
				'python3 -m pip install --upgrade tensorflow',
				'python3 -m pip install --upgrade tensorflow-metal  # only if you use the plugin; run the check again afterwards',
			],
		},
		uninstall: {
			pytorch: ['pip3 uninstall torch torchvision', 'deactivate && rm -rf .venv  # or delete the whole environment'],
			tensorflow: [
				'python3 -m pip uninstall tensorflow-metal tensorflow',
				'deactivate && rm -rf .venv  # or delete the whole environment',
			],
		},
		detectionNote:
			'Browsers report every Mac as "Intel Mac OS X", so this page cannot tell Apple silicon from Intel. Run `uname -m` in Terminal: `arm64` is Apple silicon; `x86_64` is an Intel Mac (or a shell under Rosetta), which current PyTorch and TensorFlow do not support.',
	},
	{
		os: 'windows',
		shell: 'powershell',
		prerequisites: [
			'64-bit Python. PyTorch 2.14: Python 3.10–3.14. TensorFlow 2.21: Python 3.10–3.13.',
			'NVIDIA GPU (PyTorch only): a current NVIDIA driver for Windows; `nvidia-smi` should list the GPU. Native TensorFlow runs on the CPU only.',
			"TensorFlow: the Microsoft Visual C++ Redistributable and Windows long path support, as TensorFlow's pip guide asks.",
			'AMD GPUs: the PyTorch selector offers no ROCm build for Windows.',
			'Shell: PowerShell. The interpreter is usually `python`, not `python3`.',
		],
		venv: {
			pip: ['python -m venv .venv', '.venv\\Scripts\\Activate.ps1'],
			uv: ['uv venv', '.venv\\Scripts\\Activate.ps1'],
		},
		failures: {
			pytorch: [
				{
					problem: '`torch.cuda.is_available()` prints `False` on a PC with an NVIDIA GPU.',
					fix: `The plain \`pip3 install torch torchvision\` is the CPU-only build on Windows. Run \`pip3 uninstall torch torchvision\`, then reinstall with \`--index-url ${PT_INDEX}/cu130\` (or cu126 / cu132).`,
				},
				{
					problem: '`ERROR: No matching distribution found for torch`.',
					fix: 'PyTorch 2.14 has Windows wheels for 64-bit Python 3.10–3.14 only. Check with `python -c "import sys; print(sys.version)"` (it should say `64 bit`), then install a supported 64-bit Python and recreate the environment.',
				},
				{
					problem: '`Activate.ps1 cannot be loaded because running scripts is disabled on this system`.',
					fix: 'Allow local scripts for your user with `Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser`, as the Python venv documentation describes, then activate again.',
				},
			],
			tensorflow: [
				{
					problem: "`tf.config.list_physical_devices('GPU')` prints `[]` on a PC with an NVIDIA GPU.",
					fix: "This is expected: native Windows TensorFlow has been CPU-only since 2.11. For the GPU, install TensorFlow inside WSL2 with `'tensorflow[and-cuda]'`.",
				},
				{
					problem: '`ERROR: No matching distribution found for tensorflow`.',
					fix: 'TensorFlow 2.21 needs 64-bit Python 3.10–3.13; newer or 32-bit Pythons have no wheels. Install a supported 64-bit Python and recreate the environment.',
				},
				{
					problem:
						'The install stops with `OSError: [Errno 2] No such file or directory` and a hint that Windows Long Path support is not enabled.',
					fix: "Enable long paths in Windows, as TensorFlow's pip guide asks (the `LongPathsEnabled` setting), then run the install again.",
				},
			],
		},
		upgrade: {
			pytorch: [
				`pip3 install --upgrade torch torchvision --index-url ${PT_INDEX}/cu130  # repeat your index (cu126, cu130 or cu132); leave it out for the CPU build`,
			],
			tensorflow: ['python -m pip install --upgrade pip', 'python -m pip install --upgrade tensorflow'],
		},
		uninstall: {
			pytorch: [
				'pip3 uninstall torch torchvision',
				'deactivate; Remove-Item -Recurse -Force .venv  # or delete the whole environment',
			],
			tensorflow: [
				'python -m pip uninstall tensorflow',
				'deactivate; Remove-Item -Recurse -Force .venv  # or delete the whole environment',
			],
		},
		detectionNote:
			'The browser cannot tell whether you will run the commands in PowerShell or in a WSL2 Linux shell. If you work in a WSL terminal, pick "Windows (WSL2)": TensorFlow GPU support on Windows exists only there.',
	},
	{
		os: 'wsl2',
		shell: 'bash',
		prerequisites: [
			'Windows 10 build 19044 (21H2) or later with WSL 2 and a Linux distribution such as Ubuntu; TensorFlow lists this as the minimum for GPU use.',
			'NVIDIA GPU: install the NVIDIA driver for Windows only; WSL2 passes the GPU through. Do not install a Linux NVIDIA driver inside WSL. Check with `nvidia-smi` in the WSL shell.',
			'PyTorch 2.14: Python 3.10–3.14. TensorFlow 2.21: Python 3.10–3.13. Use the Linux commands inside WSL2.',
			'AMD GPUs: this guide does not cover ROCm under WSL2.',
			'On Ubuntu, `python3 -m venv` needs the python3-venv package: `sudo apt install python3-venv`.',
			'Shell: bash inside the WSL distribution.',
		],
		venv: POSIX_VENV,
		failures: {
			pytorch: [
				{
					problem: '`nvidia-smi` is not found inside WSL2, or `torch.cuda.is_available()` prints `False`.',
					fix: 'Install or update the NVIDIA driver on Windows, not inside WSL; WSL2 uses the Windows driver. Then run `wsl --shutdown` in PowerShell, reopen WSL and check `nvidia-smi` again.',
				},
				PT_CPU_WHEEL_ON_GPU,
				EXTERNALLY_MANAGED,
			],
			tensorflow: [
				{
					problem: "`tf.config.list_physical_devices('GPU')` prints `[]`.",
					fix: "Check that `nvidia-smi` works inside WSL2 (it needs the NVIDIA driver on Windows) and that you installed `'tensorflow[and-cuda]'`, not plain `tensorflow`.",
				},
				{
					problem: 'The GPU is missing because the distribution runs under WSL 1 or Windows is too old.',
					fix: 'GPU access needs WSL 2 on Windows 10 19044 (21H2) or later. `wsl -l -v` in PowerShell shows each distribution\'s version; convert with `wsl --set-version <distribution> 2`.',
				},
				EXTERNALLY_MANAGED,
			],
		},
		upgrade: {
			pytorch: [
				'pip3 install --upgrade torch torchvision  # default build (CUDA 13.0)',
				`pip3 install --upgrade torch torchvision --index-url ${PT_INDEX}/cu126  # other builds: repeat your index (cu126, cu132 or cpu)`,
			],
			tensorflow: [
				TF_UPGRADE_PIP,
				"python3 -m pip install --upgrade 'tensorflow[and-cuda]'  # or plain tensorflow for the CPU build",
			],
		},
		uninstall: LINUX_UNINSTALL,
		detectionNote:
			'Browsers report WSL2 users as Windows, so pick this option yourself if you run the commands in a WSL terminal. `wsl -l -v` in PowerShell should show VERSION 2 for your distribution.',
	},
];

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

/** The combination for one selection. Throws if the table is incomplete (a test checks it is not). */
export function findCombination(os: OsId, framework: FrameworkId, accelerator: AcceleratorId): Combination {
	const found = COMBINATIONS.find((c) => c.os === os && c.framework === framework && c.accelerator === accelerator);
	if (!found) throw new Error(`No install combination for ${os} / ${framework} / ${accelerator}`);
	return found;
}

/** The guide for one OS. */
export function osGuide(os: OsId): OsGuide {
	const guide = OS_GUIDES.find((g) => g.os === os);
	if (!guide) throw new Error(`No install guide for ${os}`);
	return guide;
}

/** The interpreter name used in commands on this OS: `python` on native Windows, `python3` elsewhere. */
export function pythonFor(os: OsId): Python {
	return os === 'windows' ? 'python' : 'python3';
}

/**
 * The full install command for a supported combination. pip follows each project's own form (`pip3 install` on the
 * PyTorch selector, `python3 -m pip install` in TensorFlow's guide); uv uses `uv pip install`, which accepts the same
 * arguments, including `--index-url` (uv's PyTorch guide: "replace pip3 with uv pip").
 */
export function installCommand(combination: SupportedCombination, tool: InstallTool): string {
	const args = combination.packages.join(' ');
	if (tool === 'uv') return `uv pip install ${args}`;
	if (combination.framework === 'pytorch') return `pip3 install ${args}`;
	return `${pythonFor(combination.os)} -m pip install ${args}`;
}

/**
 * Rewrites a pip-form command (extra steps, upgrade, uninstall) for an environment made with `uv venv`, which has no pip
 * of its own: `pip3 …` and `python3 -m pip …` become `uv pip …`. Other commands are returned unchanged.
 */
export function pipToUv(command: string): string {
	return command.replace(/^(?:pip3?|python3? -m pip) /, 'uv pip ');
}
