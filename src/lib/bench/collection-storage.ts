/**
 * Which content-store layout Astro should use for an archive of a given size (docs/scale.md).
 *
 * Astro's single `data-store.json` is read back as one string, and Node refuses strings over
 * 2^29 - 24 (about 512 MiB): the store is about 1.7 times the Markdown (body plus rendered HTML),
 * so it breaks near 300 MiB of content. The chunked store has no such ceiling but Astro 7.3
 * writes it about three times slower (it measures every character's UTF-8 length on its own),
 * so small archives keep the single file.
 */

/** Content size (bytes of Markdown and YAML) above which the chunked store is used: half the ceiling. */
export const CHUNKED_ABOVE_BYTES = 150 * 1024 * 1024;

/** Astro's `experimental.collectionStorage` value for an archive of `contentBytes`; `override` (`chunked` or `single-file`) wins. */
export function collectionStorage(contentBytes: number, override?: string): 'single-file' | 'chunked' {
	if (override === 'chunked' || override === 'single-file') return override;
	return contentBytes > CHUNKED_ABOVE_BYTES ? 'chunked' : 'single-file';
}
