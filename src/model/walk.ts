import type { Block, Document } from "./document.js";

/** Visits every block of the document, including those inside list items, table cells and table notes. */
export function forEachBlock(doc: Document, visit: (block: Block) => void): void {
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      visit(b);
      if (b.type === "list") b.items.forEach((item) => walk(item.blocks));
      if (b.type === "keep") walk(b.blocks);
      if (b.type === "table") {
        b.rows.forEach((row) => row.cells.forEach((cell) => walk(cell.blocks)));
        walk(b.note);
      }
    }
  };
  doc.sections.forEach((s) => walk(s.blocks));
}
