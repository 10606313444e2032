/**
 * Counts, from a PDF, what a reader sees of its justification: lines ending in a word broken with
 * a hyphen (in short words, in capitalised words, across a page turn) and word gaps over 12 pt in
 * justified lines. `npx tsx scripts/typesetting.ts file.pdf [--list]`
 */
import { readFileSync } from "node:fs";
import { typesetting } from "../tests/helpers/pdf.js";

const file = process.argv[2];
const t = await typesetting(new Uint8Array(readFileSync(file)));
const words = (hs: { word: string; head: string; tail: string }[]) => hs.map((h) => `${h.head}-${h.tail}`).join(", ");
console.log(`hyphenated line ends: ${t.hyphenated.length}`);
console.log(`  in words under 7 letters: ${t.short.length}${t.short.length ? ` (${words(t.short)})` : ""}`);
console.log(`  in capitalised words: ${t.capitalised.length}`);
console.log(`  across a page turn: ${t.hyphenated.filter((h) => h.acrossPages).length}`);
console.log(`justified lines with word gaps over 12 pt: ${t.wideGaps.length}${t.wideGaps.length ? ` (widest ${Math.max(...t.wideGaps.map((g) => g.gap)).toFixed(1)} pt)` : ""}`);
if (process.argv.includes("--list")) {
  console.log(`capitalised: ${words(t.capitalised)}`);
  for (const h of t.hyphenated.filter((x) => x.acrossPages)) console.log(`page turn p${h.page}: ${h.head}-${h.tail}`);
  for (const g of t.wideGaps) console.log(`p${g.page} ${g.gap.toFixed(1)} pt: ${g.line}`);
}
