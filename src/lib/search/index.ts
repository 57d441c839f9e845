// The search's shared code: the same normalisation and tokenisation run when the index is built
// (src/integrations/index-site.ts) and when a reader types a query (src/pages/search/).
export { normalize, normalizeChars } from './search-form.ts';
export { queryTerms, runs } from './tokenize.ts';
export {
	holdsTerms,
	runLookups,
	runSearch,
	shardMergeFilter,
	type PagefindApi,
	type PagefindResult,
	type SearchRun,
} from './run-search.ts';
export { TEXT_FILE, textUrl } from './index-record.ts';
export { fetchResultText, resultText, TEXT_HEAD_BYTES, type ResultText } from './result-text.ts';
export {
	bucketOf,
	isSingleCharacter,
	queryFilters,
	queryTokens,
	textTokens,
	tokenFilters,
	TOKEN_BUCKETS,
	type TokenField,
} from './token-filters.ts';
export { findHits, type Hit } from './find-hits.ts';
export { excerptParts, type ExcerptPart } from './hit-excerpt.ts';
export { searchState, searchParams, STATE_KEYS, type SearchState } from './search-state.ts';
export { dayOf, monthOf, monthsBetween, searchedSince } from './date-range.ts';
export { parseQuery, runWords, type QueryWord, type SearchQuery } from './query-words.ts';
export { compactText, wordPieces, wordTokens } from './match-words.ts';
export { scoreText, type Match } from './score.ts';
export { startSearch, type RankedResult, type SearchSession, type SessionOptions } from './search-session.ts';
export { searchFilters, shardsInRange, type SearchFilters } from './search-filters.ts';
export { PARTIAL_NOTICE, searchStatus, type FoundSoFar } from './search-status.ts';
