/**
 * Indexes shards in a process of its own (one per core, started by search-index.ts with `fork`),
 * so that shards index in parallel and the memory of reading, tokenising and Pagefind's service
 * is not added to the Astro build's own, and is all given back when indexing ends. Receives
 * `{ shard }` messages (IndexShardOptions), answers each with `{ result }` or `{ error }`, and
 * exits on `{ done: true }`.
 */
import { indexShard, type IndexShardOptions } from './index-site.ts';

process.on('message', async (message: { shard?: IndexShardOptions; done?: boolean }) => {
	if (message.done || !message.shard) {
		process.disconnect();
		return;
	}
	try {
		process.send!({ result: await indexShard(message.shard) });
	} catch (error) {
		process.send!({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
	}
});
