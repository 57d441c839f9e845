import { readFileSync } from 'node:fs';
import { openPdf, readPdfPage } from '../src/lib/pdf-import/read-pdf.ts';
import { toLayoutLines } from '../src/lib/pdf-import/layout-lines.ts';
import { toLayoutBlocks } from '../src/lib/pdf-import/layout-blocks.ts';
import { readingOrder } from '../src/lib/pdf-import/reading-order.ts';
import { blockRole, blockText, bodySize } from '../src/lib/pdf-import/block-role.ts';
const f = process.argv[2];
if (/heldout/.test(f)) process.exit(2);
const doc = await openPdf(readFileSync(f), f);
const c = await readPdfPage(doc, 1);
const found = toLayoutBlocks(toLayoutLines(c.runs));
const body = bodySize(found);
const rules = new Set([...c.rules, ...c.pictures]);
const order = readingOrder([...found, ...rules] as any[]);
console.log('body', body, 'page', c.width, c.height);
for (const b of order) {
  const r = (n: number) => Math.round(n);
  if (rules.has(b)) { console.log(`  ${c.pictures.includes(b) ? 'PIC ' : 'RULE'} [${r(b.x)},${r(b.y)} ${r(b.width)}x${r(b.height)}]`); continue; }
  console.log(`${blockRole(b, body).padEnd(10)} ${b.size.toFixed(1)}${b.bold ? 'B' : ' '} [${r(b.x)},${r(b.y)} ${r(b.width)}x${r(b.height)}] ${b.lines.length}L ${blockText(b).slice(0, 40)}`);
}
