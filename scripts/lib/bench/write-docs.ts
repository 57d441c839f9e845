import { readFileSync, writeFileSync } from 'node:fs';

/** One doc whose generated sections are written from results files. */
export interface DocJob {
	doc: string;
	sources: string[];
	/** The doc's text with its sections written from the parsed results files, in `sources` order. */
	write: (text: string, results: unknown[]) => string;
}

/**
 * Writes every job's doc from its results files and says so; on a missing or malformed file,
 * prints `command: reason (files). hint` and exits with 1, leaving the docs not yet written as they are.
 */
export function writeDocs(command: string, jobs: DocJob[], hint = ''): void {
	const sources = jobs.flatMap((job) => job.sources);
	try {
		for (const job of jobs) {
			const results = job.sources.map((source) => JSON.parse(readFileSync(source, 'utf8')) as unknown);
			writeFileSync(job.doc, job.write(readFileSync(job.doc, 'utf8'), results));
		}
		console.log(
			`${command}: wrote the figures of ${sources.join(', ')} into ${jobs.map((job) => job.doc).join(' and ')}`,
		);
	} catch (error) {
		console.error(`${command}: ${(error as Error).message} (${sources.join(', ')})${hint ? `. ${hint}` : ''}`);
		process.exit(1);
	}
}
