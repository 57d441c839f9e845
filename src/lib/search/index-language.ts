/**
 * The language the whole index is built as. Not `zh`: that would run Pagefind's Chinese
 * segmenter over our bigrams (slow, and it splits them again). `und` (undetermined) has no
 * stemmer and no segmenter, so Pagefind keeps our words as they are. The browser loads it as
 * the only index, whatever `<html lang>` says.
 */
export const INDEX_LANGUAGE = 'und';
