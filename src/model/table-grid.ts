import type { Block, List, Table, TableCell } from "./document.js";
import { pt, textWidthOf } from "../typography/measure.js";

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

/**
 * A number or a year is one token that never breaks: "2025", "1.480", "≥", "3,5", "10,85%",
 * "(2023)". A word with a letter in it may be hyphenated; these may not.
 */
const NUMBER_TOKEN = /^[^\p{L}]*\d[^\p{L}]*$/u;

/**
 * Per column, in points, the width its widest number token takes (bold where set bold), from the
 * paragraphs of the cells that span that column alone; 0 when it has none.
 */
export function numberFloors(table: Table, fontSize: number): number[] {
  const floors = new Array<number>(table.columns.length).fill(0);
  const grid = layoutGrid(table);
  grid.forEach((row, r) =>
    row.forEach((slot, c) => {
      if (slot && slot.r0 === r && slot.c0 === c && slot.cell.colSpan === 1) floors[c] = Math.max(floors[c], widestNumber(slot.cell.blocks, fontSize, 0));
    }),
  );
  return floors;
}

/** The widest number token of paragraphs and list items, in points, with its indent (`inset`, mm). */
function widestNumber(blocks: readonly Block[], fontSize: number, inset: number): number {
  let widest = 0;
  for (const b of blocks) {
    if (b.type === "list") for (const item of b.items) widest = Math.max(widest, widestNumber(item.blocks, b.fontSize ?? fontSize, inset + b.indent + b.markerWidth));
    if (b.type !== "paragraph") continue;
    const size = b.style.fontSize ?? fontSize;
    for (const run of b.content) {
      if (run.type !== "text") continue;
      // Words part at spaces, not at a no-break space.
      for (const token of run.text.split(/[ \t\n\r\f]+/)) {
        if (NUMBER_TOKEN.test(token)) widest = Math.max(widest, textWidthOf(token, size, run.italic ?? false, run.bold ?? false) + pt(inset + b.style.indent));
      }
    }
  }
  return widest;
}

/**
 * The columns' text widths in points, sharing `available` (the table's width less padding and
 * rules) in the columns' proportions, except that no column is narrower than its widest number
 * token: such a column is set to that width and the others share the rest, as long as the
 * floors fit. Both writers take their widths from here, so a year head never breaks "202/5".
 */
export function fittedColumnWidths(table: Table, available: number, fontSize: number): number[] {
  const floors = numberFloors(table, fontSize).map((f) => (f > 0 ? f + FLOOR_SLACK : 0));
  const total = table.columns.reduce((a, b) => a + b, 0);
  const proportional = table.columns.map((w) => (available * w) / total);
  const fixed = new Set<number>();
  for (;;) {
    const fixedWidth = [...fixed].reduce((s, i) => s + floors[i], 0);
    // The floors alone are wider than the table: nothing better than the columns' own proportions.
    if (fixedWidth > available) return proportional;
    if (fixed.size === floors.length) return floors.map((f) => (f * available) / fixedWidth);
    const freeTotal = table.columns.reduce((s, w, i) => (fixed.has(i) ? s : s + w), 0);
    const widths = table.columns.map((w, i) => (fixed.has(i) ? floors[i] : ((available - fixedWidth) * w) / freeTotal));
    const short = widths.flatMap((w, i) => (!fixed.has(i) && w < floors[i] ? [i] : []));
    if (short.length === 0) return widths;
    short.forEach((i) => fixed.add(i));
  }
}

/** A little room over a token's measured width, for the writers' own rounding. */
const FLOOR_SLACK = 0.5;
