import type { Block, List, Table, TableCell } from "../../model/document.js";
import type { LayoutContext, PdfNode } from "./node.js";
import { pt } from "./units.js";

type BlockRenderer = (blocks: readonly Block[], ctx: LayoutContext) => PdfNode[];

interface Slot {
  cell: TableCell;
  r0: number;
  c0: number;
}

const LINE_WIDTH = 0.5;
const CONTINUED_COLOR = "#606060";

/** The marker put on every body row so the next pass knows which page each row landed on. */
export function rowAnchor(tableId: string, row: number): string {
  return `row:${tableId}:${row}`;
}

/**
 * A model table as a pdfmake table. Merged body cells are not given to pdfmake as row spans: its
 * spans lose their text and bottom border across a page break (pdfmake #928). Instead the group's
 * text stands in its first row, inner lines of the group are left out, and a row that opens a new
 * page repeats the group's text in grey and closes the border above it. A merged list is spread
 * over the group's rows so it can flow from page to page.
 */
export function tableNode(table: Table, ctx: LayoutContext, render: BlockRenderer): PdfNode {
  const grid = layoutGrid(table);
  const padding = pt(table.cellPadding);
  const columnWidths = contentWidths(table, ctx.textWidth, padding);
  const starts = ctx.rowPages.get(table.id);
  const ends = ctx.rowPages.get(`${table.id}:end`);
  const startsPage = (r: number) => starts !== undefined && ends !== undefined && r > table.headerRows && r < starts.length && starts[r] > ends[r - 1];
  const splits = (r: number) => starts !== undefined && ends !== undefined && starts[r] !== ends[r];
  // The first row that starts on a page carries the label, even below the tail of a row that broke.
  const firstOnPage = (r: number) => starts !== undefined && r > table.headerRows && r < starts.length && starts[r] !== starts[r - 1];
  const fontSize = table.fontSize ?? ctx.fontSize;

  const cellNode = (slot: Slot, blocks: readonly Block[], extra: PdfNode = {}): PdfNode => {
    const width = columnWidths.slice(slot.c0, slot.c0 + slot.cell.colSpan).reduce((a, b) => a + b, 0) + (slot.cell.colSpan - 1) * (2 * padding + LINE_WIDTH);
    const inner: LayoutContext = { ...ctx, textWidth: width, fontSize };
    const content = render(blocks, inner);
    return {
      stack: content.length > 0 ? content : [{ text: " ", fontSize }],
      ...(slot.cell.fill ? { fillColor: slot.cell.fill } : {}),
      ...(slot.cell.colSpan > 1 ? { colSpan: slot.cell.colSpan } : {}),
      ...extra,
    };
  };

  const body = table.rows.map((_, r) => {
    let anchored = r < table.headerRows;
    return grid[r].map((slot, c): PdfNode => {
      if (slot.c0 !== c) return {};
      if (r < table.headerRows) {
        if (slot.r0 !== r) return {};
        return cellNode(slot, slot.cell.blocks, slot.cell.rowSpan > 1 ? { rowSpan: slot.cell.rowSpan } : {});
      }
      if (slot.cell.rowSpan === 1) {
        const extra: PdfNode = anchored ? {} : { id: rowAnchor(table.id, r) };
        anchored = true;
        return cellNode(slot, slot.cell.blocks, extra);
      }
      const k = r - slot.r0;
      const last = slot.r0 + slot.cell.rowSpan - 1;
      const border = [true, k === 0 || startsPage(r), true, r === last || startsPage(r + 1) || splits(r)];
      const spread = spreadList(slot.cell.blocks, slot.cell.rowSpan, k);
      if (spread) return cellNode(slot, spread, { border });
      if (k === 0) return cellNode(slot, slot.cell.blocks, { border });
      if (firstOnPage(r)) {
        // Drawn detached, so repeating the group's text never changes a row's height, and with it
        // the pages every other row landed on in the previous pass.
        const label = cellNode(slot, slot.cell.blocks, { color: CONTINUED_COLOR, italics: true, relativePosition: { x: 0, y: 0 } });
        return { ...cellNode(slot, [], { border }), stack: [label, { text: " ", fontSize }] };
      }
      return cellNode(slot, [], { border });
    });
  });

  const tableWidth = columnWidths.reduce((a, b) => a + b, 0) + columnWidths.length * 2 * padding + (columnWidths.length + 1) * LINE_WIDTH;
  const side = Math.max(0, (ctx.textWidth - tableWidth) / 2);
  const lines = table.borders === "all" ? LINE_WIDTH : 0;
  return {
    table: {
      widths: columnWidths,
      headerRows: table.headerRows,
      body,
    },
    fontSize,
    layout: {
      hLineWidth: () => lines,
      vLineWidth: () => lines,
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => padding,
      paddingBottom: () => padding,
    },
    margin: [side, 0, side, pt(1)],
  };
}

/** Which model cell covers each grid position, spans included. */
function layoutGrid(table: Table): Slot[][] {
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

function contentWidths(table: Table, textWidth: number, padding: number): number[] {
  const n = table.columns.length;
  const available = (textWidth * table.width) / 100 - n * 2 * padding - (n + 1) * LINE_WIDTH;
  const total = table.columns.reduce((a, b) => a + b, 0);
  return table.columns.map((w) => (available * w) / total);
}

/** The k-th share of a merged cell that holds one list, so a long list runs down its rows. */
function spreadList(blocks: readonly Block[], rows: number, k: number): Block[] | undefined {
  if (blocks.length !== 1 || blocks[0].type !== "list" || blocks[0].items.length < 2) return undefined;
  const list: List = blocks[0];
  const per = Math.ceil(list.items.length / rows);
  const items = list.items.slice(k * per, (k + 1) * per);
  return items.length > 0 ? [{ ...list, items }] : [];
}
