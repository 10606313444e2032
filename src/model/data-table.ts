/**
 * A table of figures as typed values, beside the document: what a spreadsheet companion writes.
 * Numbers stay numbers, and a missing value is null, never 0.
 */
export interface DataTable {
  sheet: string;
  title: string;
  columns: { header: string; width: number; format?: "persen" | "angka" | "rupiah" }[];
  rows: (string | number | null)[][];
}
