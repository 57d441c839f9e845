import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { peakRssKb } from '../../../src/lib/bench/bench-line.ts';
import { descendants, loadAverage, reapedChildrenCpuSeconds } from '../../../src/lib/bench/process-tree.ts';

/** What a measured command did: its exit code, wall time, kept output and its largest processes' memory. */
export interface MeasuredRun {
	code: number;
	seconds: number;
	/** CPU seconds (user and system) of the command and all its descendants, as the kernel counted them. */
	cpuSeconds: number;
	/** The machine's one-minute load average when the command started and when it ended. */
	loadAtStart: number;
	loadAtEnd: number;
	/** The output lines `onLine` did not drop, for parsing figures and for errors. */
	output: string;
	/** Peak resident memory (VmHWM) of the largest process of the tree, in kB. */
	peakKb: number;
	peakName: string;
	/** The three largest processes, `name N MB, …`. */
	peakList: string;
}

/**
 * Runs a command to its end, logging its output to a file and handing each line to `onLine`
 * (which returns false to leave a line out of `output`), while polling /proc for the peak
 * resident memory (VmHWM) of it and every descendant. Measures its tree's CPU time too, which
 * a busy shared machine inflates far less than the wall time (run one measured command at a time).
 */
export async function measuredRun(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv },
	logFile: string,
	onLine: (line: string) => boolean | void,
): Promise<MeasuredRun> {
	const started = performance.now();
	const loadAtStart = loadAverage();
	const cpuBefore = reapedChildrenCpuSeconds();
	const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
	const file = createWriteStream(logFile);
	let output = '';
	let partial = '';
	const take = (chunk: Buffer) => {
		file.write(chunk);
		const text = partial + chunk.toString('utf8');
		const lines = text.split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) if (onLine(line) !== false) output += `${line}\n`;
	};
	child.stdout.on('data', take);
	child.stderr.on('data', take);
	const peaks = new Map<number, { kb: number; name: string }>();
	const poll = () => {
		for (const pid of descendants(child.pid!)) {
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				const kb = peakRssKb(status);
				const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
				if (kb > (peaks.get(pid)?.kb ?? 0)) peaks.set(pid, { kb, name });
			} catch {
				// The process ended between listing and reading: its last poll stands.
			}
		}
	};
	const timer = setInterval(poll, 200);
	const code: number = await new Promise((ok) => child.on('close', (c) => ok(c ?? 1)));
	clearInterval(timer);
	// The child is reaped before 'close': its tree's CPU time is in this process's children's time now.
	const cpuSeconds = reapedChildrenCpuSeconds() - cpuBefore;
	file.end();
	if (partial) output += partial;
	const ranked = [...peaks.values()].sort((a, b) => b.kb - a.kb);
	const largest = ranked[0] ?? { kb: 0, name: 'none' };
	const peakList = ranked
		.slice(0, 3)
		.map((p) => `${p.name} ${Math.round(p.kb / 1024)} MB`)
		.join(', ');
	return {
		code,
		seconds: (performance.now() - started) / 1000,
		cpuSeconds,
		loadAtStart,
		loadAtEnd: loadAverage(),
		output,
		peakKb: largest.kb,
		peakName: largest.name,
		peakList,
	};
}
