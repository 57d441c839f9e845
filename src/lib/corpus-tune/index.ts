/** The tune corpus generator: pages composed, dumped as text, laid out as HTML, checked. */
export { composeTunePage, pageTypes, type PageType } from './compose-tune-page.ts';
export { dumpTuneText, wrap } from './dump-tune-text.ts';
export { renderTuneHtml } from './render-tune-html.ts';
export { missingParagraphs } from './check-tune-page.ts';
export { normalizePdfDates } from './normalize-pdf.ts';
export type { TunePage, TuneItem } from './tune-model.ts';
