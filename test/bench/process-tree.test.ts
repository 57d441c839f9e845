import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { loadAverage, reapedChildrenCpuSeconds } from '../../src/lib/bench/process-tree.ts';

test('counts the CPU time a finished child and its own child spent, however long they waited', () => {
	// A child that starts a grandchild busy for 0.3 CPU seconds, then itself spins 0.3 CPU seconds.
	const spin = `const t=process.cpuUsage();while(process.cpuUsage(t).user+process.cpuUsage(t).system<3e5);`;
	const script = `require('node:child_process').spawnSync(process.execPath,['-e',${JSON.stringify(spin)}]);${spin}`;
	const before = reapedChildrenCpuSeconds();
	const child = spawnSync(process.execPath, ['-e', script]);
	expect(child.status).toBe(0);
	const spent = reapedChildrenCpuSeconds() - before;
	expect(spent).toBeGreaterThanOrEqual(0.55);
	expect(spent).toBeLessThan(5);
});

test('reads the load average as a number', () => {
	expect(loadAverage()).toBeGreaterThanOrEqual(0);
});
