import { readdirSync, readFileSync } from 'node:fs';
import { peakRssKb } from './bench-line.ts';

/** A process and all its descendants, from /proc/<pid>/stat parent links. */
export function descendants(rootPid: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(entry));
			children.set(ppid, list);
		} catch {
			// Gone already.
		}
	}
	const found = [rootPid];
	for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]) ?? []));
	return found;
}

/** Memory of a process tree, in kB: the most its processes held at once, and the largest peak of one of them. */
export interface TreeMemory {
	/** The largest sum of the processes' resident memory (VmRSS) seen at one sample. */
	treeKb: number;
	/** The largest peak resident memory (VmHWM) of one process, and its name. */
	processKb: number;
	processName: string;
}

/**
 * Samples the resident memory of the tree under `rootPid` every `everyMs` until `stop()` is
 * called, which returns the figures.
 */
export function sampleTree(rootPid: number, everyMs = 200): { stop(): TreeMemory } {
	const memory: TreeMemory = { treeKb: 0, processKb: 0, processName: 'none' };
	const sample = () => {
		let sum = 0;
		for (const pid of descendants(rootPid)) {
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				sum += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
				const peak = peakRssKb(status);
				if (peak > memory.processKb) {
					memory.processKb = peak;
					memory.processName = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
				}
			} catch {
				// The process ended between listing and reading.
			}
		}
		memory.treeKb = Math.max(memory.treeKb, sum);
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		stop: () => {
			clearInterval(timer);
			sample();
			return memory;
		},
	};
}

/**
 * The CPU seconds (user and system) spent so far by the tree under `rootPid`: each live process's
 * own, and what its children that ended spent (/proc/<pid>/stat fields 14 to 17).
 */
export function treeCpuSeconds(rootPid: number, ticksPerSecond = 100): number {
	let ticks = 0;
	for (const pid of descendants(rootPid)) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// After the name: state is field 3, so utime (14) to cstime (17) are at 11 to 14 here.
			ticks += fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
		} catch {
			// Gone: its time is in its parent's children's time once reaped.
		}
	}
	return ticks / ticksPerSecond;
}

/**
 * The CPU seconds (user and system) of this process's children that have ended and been waited
 * for, with everything their own waited-for descendants spent (/proc/self/stat cutime and
 * cstime). The difference around a child's run is that run's whole process tree, measured by the
 * kernel rather than sampled.
 */
export function reapedChildrenCpuSeconds(ticksPerSecond = 100): number {
	const stat = readFileSync('/proc/self/stat', 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// cutime (16) and cstime (17) are at 13 and 14 after the name.
	return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}

/** The one-minute load average of the machine (/proc/loadavg). */
export function loadAverage(): number {
	return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}
