import { expect, test } from 'vitest';
import { CHUNKED_ABOVE_BYTES, collectionStorage } from '../../src/lib/bench/collection-storage.ts';

test('keeps the faster single-file store for an archive far from Node’s string ceiling', () => {
	expect(collectionStorage(40 * 1024 * 1024)).toBe('single-file');
	expect(collectionStorage(CHUNKED_ABOVE_BYTES)).toBe('single-file');
});

test('switches to the chunked store before the single file would outgrow a Node string', () => {
	expect(collectionStorage(CHUNKED_ABOVE_BYTES + 1)).toBe('chunked');
	// The store is about 1.7 times the content; Node's ceiling is 2^29 - 24 bytes read as UTF-8.
	expect(CHUNKED_ABOVE_BYTES * 1.7).toBeLessThan(2 ** 29 - 24);
});

test('lets COLLECTION_STORAGE force either layout, and ignores other values', () => {
	expect(collectionStorage(0, 'chunked')).toBe('chunked');
	expect(collectionStorage(10 ** 9, 'single-file')).toBe('single-file');
	expect(collectionStorage(10 ** 9, 'yes')).toBe('chunked');
});
