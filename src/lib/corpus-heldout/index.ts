export { generateHeldoutPage, heldoutId, heldoutSeed, type HeldoutPage } from './generate-page.ts';
export { goldJson } from './gold-json.ts';
export type { GoldItem, GoldPage } from './types.ts';
export { goldProblems, squeeze } from './gold-problems.ts';
