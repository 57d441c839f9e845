// The importer's public surface. The stages, in pipeline order, each in its own file:
// decode -> normalize -> lines -> blocks -> paragraphs (column repair) -> classify -> assemble
// -> render-item / edition-manifest / import-record; parse-page and import-page compose them.
export { decode, encodingChoice, type Decoded, type Encoding, type EncodingChoice } from './decode.ts';
export { normalize, JUNK, type Normalized } from './normalize-dump.ts';
export { toLines, type Line } from './lines.ts';
export { toBlocks, type Block, type FurnitureLine } from './blocks.ts';
export { joinColumnBreaks, splitParagraphs, joinLines, columnWidthsOf } from './paragraphs.ts';
export { classify, type Unit } from './classify.ts';
export { assemble, PLACEHOLDER_HEADLINE, type ParsedItem, type ItemKind } from './assemble-items.ts';
export { bestAssignment, type Layout } from './assign-headings.ts';
export { parsePage, type ParsedPage } from './parse-page.ts';
export { importPage, type PageImport, type PageOptions } from './import-page.ts';
export { renderItem, type ItemPlace } from './render-item.ts';
export { renderBody } from './render-body.ts';
export { slugify, uniqueSlugs } from './slug.ts';
export { updateManifest, readPageFields, PAGE_FIELDS, type PageEntry, type PageFields } from './edition-manifest.ts';
export { planManifest, type ManifestPlan, type FieldAction } from './plan-manifest.ts';
export { planFiles, nextRecord, sha256, type ImportRecord, type FileAction } from './import-record.ts';
export { checkConservation, DECORATION } from './conservation.ts';
export { detectByline, type Byline } from './detect-byline.ts';
export { detectCredit, splitTrailingCredit, type Credit } from './detect-credit.ts';
export { isNumberedIntertitle } from './detect-intertitle.ts';
export { detectDateline, type Dateline } from './detect-dateline.ts';
export { detectFurniture, type Furniture } from './detect-furniture.ts';
export { detectLabel } from './detect-label.ts';
export { readNames } from './detect-names.ts';
export { ImportError, isImportError, isFsError, type ImportErrorCode } from './errors.ts';
export { main, EXIT, type ImportIo } from './cli.ts';
export { tempName, TEMP_FILE } from './import-io.ts';
export type { Warning } from './warnings.ts';
