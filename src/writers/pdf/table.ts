import { type Block, type Table } from "../../model/document.js";
import { blocksText } from "../../model/text.js";
import { fittedColumnWidths, layoutGrid, ownBlocks, spreadList, type Slot } from "../../model/table-grid.js";
import { estimatedHeight, fitToLines, isShortTable, lineCount } from "../../typography/measure.js";
import { DEFAULT_LINE_HEIGHT, FACE_LINE } from "../../assets.js";
import { anchorLine, type LayoutContext, type PdfNode } from "./node.js";
import { pt } from "./units.js";

type BlockRenderer = (blocks: readonly Block[], ctx: LayoutContext) => PdfNode[];


const LINE_WIDTH = 0.5;
const CONTINUED_COLOR = "#606060";


/** The marker put on every body row so the next pass knows which page each row landed on. */
export function rowAnchor(tableId: string, row: number): string {
  return `row:${tableId}:${row}`;
}

/** The anchor of a row's first own cell, whose last page is where the row ends. */
export function rowCellAnchor(tableId: string, row: number): string {
  return `${rowAnchor(tableId, row)}:cell`;
}

/**
 * A model table as a pdfmake table. Merged body cells are not given to pdfmake as row spans: its
 * spans lose their text and bottom border across a page break (pdfmake #928). Instead the group's
 * text stands in its first row, inner lines of the group are left out, and a row that opens a new
 * page repeats the group's text in grey and closes the border above it. A merged list is spread
 * over the group's rows so it can flow from page to page.
 *
 * A row is never split across pages: one that does not fit moves whole to the next page. Only a
 * table with a row that could be taller than a page lets its rows split, since pdfmake cuts off
 * an unbreakable row that overflows a page. A short table moves whole.
 */
export function tableNode(table: Table, ctx: LayoutContext, render: BlockRenderer): PdfNode {
  const grid = layoutGrid(table);
  const padding = pt(table.cellPadding);
  const columnWidths = contentWidths(table, ctx.textWidth, padding, ctx.fontSize);
  const starts = ctx.rowPages.get(table.id);
  const ends = ctx.rowPages.get(`${table.id}:end`);
  const startsPage = (r: number) => starts !== undefined && ends !== undefined && r > table.headerRows && r < starts.length && starts[r] > ends[r - 1];
  const splits = (r: number) => starts !== undefined && ends !== undefined && starts[r] !== ends[r];
  // The first row that starts on a page carries the label, even below the tail of a row that broke.
  const firstOnPage = (r: number) => starts !== undefined && r > table.headerRows && r < starts.length && starts[r] !== starts[r - 1];
  const fontSize = table.fontSize ?? ctx.fontSize;
  const slotWidth = (slot: Slot) =>
    columnWidths.slice(slot.c0, slot.c0 + slot.cell.colSpan).reduce((a, b) => a + b, 0) + (slot.cell.colSpan - 1) * (2 * padding + LINE_WIDTH);
  /**
   * A row taller than a page splits, and the group's text would stand only on its first part.
   * From where the row started in the previous pass, the group's cell is filled down to that
   * page's foot, so a grey repeat of the group's text opens the row's part on the next page.
   */
  const fragmentLabel = (slot: Slot, r: number, own: readonly Block[]) => {
    const top = ctx.rowTops?.get(rowAnchor(table.id, r));
    if (!top || !breakableRows.includes(r)) return undefined;
    const line = FACE_LINE * fontSize * DEFAULT_LINE_HEIGHT;
    const left = (1 - top.down) * top.height - estimatedHeight(own, slotWidth(slot), fontSize) - 2 * line;
    if (left <= 0) return undefined;
    const text = fitToLines(blocksText(slot.cell.blocks), slotWidth(slot), 3, fontSize, true);
    return (border: boolean[]) => {
      const cell = cellNode(slot, own, { border });
      return { ...cell, stack: [...(cell.stack as PdfNode[]), { text: "", margin: [0, left, 0, 0] }, { text, fontSize, color: CONTINUED_COLOR, italics: true, unbreakable: true }] };
    };
  };
  // Lines the row's own content takes: the repeated group text is cut to fit them.
  const rowLines = (r: number) =>
    Math.max(1, ...grid[r].filter((slot, c) => slot.c0 === c).map((slot) => lineCount(ownBlocks(slot, r), slotWidth(slot), fontSize)));

  const cellNode = (slot: Slot, blocks: readonly Block[], extra: PdfNode = {}): PdfNode => {
    const width = slotWidth(slot);
    const inner: LayoutContext = { ...ctx, prose: undefined, textWidth: width, fontSize };
    const content = render(blocks, inner);
    return {
      stack: content.length > 0 ? content : [{ text: " ", fontSize }],
      ...(slot.cell.fill ? { fillColor: slot.cell.fill } : {}),
      // pdfmake centres a cell in its row only when asked; the model says where it sits. Not for a
      // cell spanning rows, which pdfmake then draws over the row below.
      ...(slot.cell.valign !== "top" && slot.cell.rowSpan === 1 ? { verticalAlignment: slot.cell.valign } : {}),
      ...(slot.cell.colSpan > 1 ? { colSpan: slot.cell.colSpan } : {}),
      ...extra,
    };
  };

  // A row's cells, built afresh at each call: pdfmake writes into the nodes it lays out.
  const rowNodes = (r: number): PdfNode[] => {
    let anchored = r < table.headerRows;
    return grid[r].map((slot, c): PdfNode => {
      if (slot.c0 !== c) return {};
      if (r < table.headerRows) {
        if (slot.r0 !== r) return {};
        return cellNode(slot, slot.cell.blocks, slot.cell.rowSpan > 1 ? { rowSpan: slot.cell.rowSpan } : {});
      }
      if (slot.cell.rowSpan === 1) {
        if (anchored) return cellNode(slot, slot.cell.blocks);
        anchored = true;
        // pdfmake corrects the page of a moved row only for text lines that carry an id, so the
        // row's start is a one-point line of its own; the cell's id tells where the row ends.
        const cell = cellNode(slot, slot.cell.blocks, { id: rowCellAnchor(table.id, r) });
        return { ...cell, stack: [anchorLine(rowAnchor(table.id, r)), ...(cell.stack as PdfNode[])] };
      }
      const k = r - slot.r0;
      const last = slot.r0 + slot.cell.rowSpan - 1;
      const border = [true, k === 0 || startsPage(r), true, r === last || startsPage(r + 1) || splits(r)];
      const spread = spreadList(slot.cell.blocks, slot.cell.rowSpan, k);
      if (spread) return cellNode(slot, spread, { border });
      const onFragment = fragmentLabel(slot, r, k === 0 ? slot.cell.blocks : []);
      if (onFragment) return onFragment(border);
      if (k === 0) return cellNode(slot, slot.cell.blocks, { border });
      if (firstOnPage(r)) {
        // Drawn detached, so repeating the group's text never changes a row's height, and with it
        // the pages every other row landed on in the previous pass. It is cut to the lines the
        // row's own content takes, so it never runs into the row below.
        const text = fitToLines(blocksText(slot.cell.blocks), slotWidth(slot), rowLines(r), fontSize, true);
        const label: PdfNode = { text, fontSize, color: CONTINUED_COLOR, italics: true, alignment: slot.cell.align === "justify" ? "left" : slot.cell.align, relativePosition: { x: 0, y: 0 } };
        return { ...cellNode(slot, [], { border }), stack: [label, { text: " ", fontSize }] };
      }
      return cellNode(slot, [], { border });
    });
  };

  const tableWidth = columnWidths.reduce((a, b) => a + b, 0) + columnWidths.length * 2 * padding + (columnWidths.length + 1) * LINE_WIDTH;
  const side = Math.max(0, (ctx.textWidth - tableWidth) / 2);
  const lines = table.borders === "all" ? LINE_WIDTH : 0;
  const bodyRows = table.rows.length - table.headerRows;
  const rowHeight = (r: number) =>
    2 * padding + Math.max(0, ...grid[r].filter((slot, c) => slot.c0 === c).map((slot) => estimatedHeight(ownBlocks(slot, r), slotWidth(slot), fontSize)));
  const estimates = table.rows.map((_, r) => rowHeight(r));
  const heights = estimates.slice(table.headerRows);
  // Rows that could be taller than a page below the repeated header may split (row-breaks.ts);
  // every other row moves whole to the next page when it does not fit.
  const room = ctx.pageHeight - estimates.slice(0, table.headerRows).reduce((a, b) => a + b, 0);
  const breakableRows = heights.flatMap((h, i) => (h > room ? [i + table.headerRows] : []));
  const short = isShortTable(table, tableWidth, ctx.fontSize, ctx.pageHeight);
  const headers = () => table.rows.slice(0, table.headerRows).map((_, r) => rowNodes(r));
  const pdfTable = (rows: number[], options: { headerRows: number; topLine: boolean; last: boolean }): PdfNode => ({
    table: {
      widths: columnWidths,
      headerRows: options.headerRows,
      ...(options.headerRows > 0 && rows.length > 0 ? { keepWithHeaderRows: short ? rows.length : 1 } : {}),
      dontBreakRows: !(options.headerRows === 0 && breakableRows.includes(rows[0])),
      breakableRows: breakableRows.flatMap((r) => (rows.includes(r) ? [options.headerRows + rows.indexOf(r)] : [])),
      body: [...(options.headerRows > 0 ? headers() : []), ...rows.map(rowNodes)],
    },
    ...(short && options.headerRows === 0 ? { unbreakable: true } : {}),
    fontSize,
    layout: {
      hLineWidth: (i: number) => (i === 0 && !options.topLine ? 0 : lines),
      vLineWidth: () => lines,
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => padding,
      paddingBottom: () => padding,
    },
    margin: [side, 0, side, options.last ? pt(1) : 0],
  });
  const body = table.rows.map((_, r) => r).slice(table.headerRows);
  const whole = (last: boolean) => pdfTable(body, { headerRows: table.headerRows, topLine: true, last });
  if (table.note.length === 0) return whole(true);

  // The note stays with the table's last row. A short table and its note move as one; a long
  // one ends in a block of its last row and the note, which takes the header along when the
  // previous pass found that row opening a page.
  const note: PdfNode = { stack: render(table.note, { ...ctx, textWidth: tableWidth, fontSize }), margin: [side, 0, side, pt(1)] };
  const last = table.rows.length - 1;
  if (short || bodyRows < 2 || breakableRows.includes(last)) return { stack: [whole(false), note], unbreakable: !breakableRows.includes(last) };
  const alone = startsPage(last);
  return {
    stack: [
      pdfTable(body.slice(0, -1), { headerRows: table.headerRows, topLine: true, last: false }),
      { stack: [pdfTable([last], { headerRows: alone ? table.headerRows : 0, topLine: alone, last: false }), note], unbreakable: true },
    ],
  };
}

function contentWidths(table: Table, textWidth: number, padding: number, fontSize: number): number[] {
  const n = table.columns.length;
  const available = (textWidth * table.width) / 100 - n * 2 * padding - (n + 1) * LINE_WIDTH;
  return fittedColumnWidths(table, available, table.fontSize ?? fontSize);
}
