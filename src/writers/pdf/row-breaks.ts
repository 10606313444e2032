import { patchPdfmake } from "./patch.js";

/**
 * pdfmake keeps rows whole only for a table as a whole (`dontBreakRows`), and cuts off any row
 * that is then taller than a page (FINDINGS.md). rbdoc wants both: rows that fit a page never
 * split, and the rare row taller than a page flows on. So the table processor reads the flag per
 * row: a table lists its breakable body rows in `breakableRows`, and every other row is kept
 * whole. pdfmake consults the flag from the start of a row to its end, so changing it at the
 * start of each row is consistent; the header rows and a headerless first row keep the table's
 * own setting, which pdfmake uses to open and close its header block.
 *
 * Tested by the writer tests that find no row split across pages and a tall row printed whole.
 */
interface TableProcessor {
  tableNode: { table: { breakableRows?: readonly number[] } };
  rowsWithoutPageBreak: number;
  dontBreakRows: boolean;
  beginRow(rowIndex: number, writer: unknown): void;
}

export function keepRowsWhole(): void {
  patchPdfmake<TableProcessor>("TableProcessor", (processor) => {
    const beginRow = processor.beginRow;
    processor.beginRow = function (this: TableProcessor, rowIndex: number, writer: unknown) {
      const breakable = this.tableNode.table.breakableRows;
      if (breakable && rowIndex >= Math.max(1, this.rowsWithoutPageBreak)) this.dontBreakRows = !breakable.includes(rowIndex);
      beginRow.call(this, rowIndex, writer);
    };
  });
}
