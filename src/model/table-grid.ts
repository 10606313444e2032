import type { Block, List, Table, TableCell } from "./document.js";

/** One grid position of a table: the model cell covering it, and where that cell starts. */
export interface Slot {
  cell: TableCell;
  r0: number;
  c0: number;
}

/**
 * Which model cell covers each grid position, spans included. Both writers lay out merged body
 * cells row by row from it (neither format repeats a merged cell's text on a new page by itself).
 */
export function layoutGrid(table: Table): Slot[][] {
  const columns = table.columns.length;
  const grid: Slot[][] = table.rows.map(() => new Array<Slot>(columns));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr][c + dc] = { cell, r0: r, c0: c };
      }
      c += cell.colSpan;
    }
  });
  return grid;
}

/** The k-th share of a merged cell that holds one list, so a long list runs down its rows. */
export function spreadList(blocks: readonly Block[], rows: number, k: number): Block[] | undefined {
  if (blocks.length !== 1 || blocks[0].type !== "list" || blocks[0].items.length < 2) return undefined;
  const list: List = blocks[0];
  const per = Math.ceil(list.items.length / rows);
  const items = list.items.slice(k * per, (k + 1) * per);
  // A share goes on counting from the one before it: the DOCX numbers each share by its start.
  return items.length > 0 ? [{ ...list, items, start: list.start + k * per }] : [];
}

/** What row `r` shows of a slot in its own flow: a merged cell only in its first row, or its share of a list. */
export function ownBlocks(slot: Slot, r: number): readonly Block[] {
  return slot.cell.rowSpan === 1 ? slot.cell.blocks : (spreadList(slot.cell.blocks, slot.cell.rowSpan, r - slot.r0) ?? (r === slot.r0 ? slot.cell.blocks : []));
}
