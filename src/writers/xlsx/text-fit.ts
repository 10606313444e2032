/**
 * Sizing wrapped text, for rows and columns: Excel sizes rows only when it edits them, and
 * LibreOffice keeps a stored height (and grows none on opening), so rows are given their height.
 * A column width counts the digit "0" of the default face. Running text in Calibri averages about
 * 0.85 of that, so a line holds some 1.15 × width characters; in a wider face (DejaVu Sans, where
 * LibreOffice lacks Calibri and Carlito) nearer 1 × width.
 */
export const CALIBRI_CHARS_PER_UNIT = 1.15;
export const ANY_FACE_CHARS_PER_UNIT = 1;

export function estimateLines(text: string, width: number, charsPerUnit = CALIBRI_CHARS_PER_UNIT): number {
  const perLine = Math.max(1, Math.floor(width * charsPerUnit) - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** The width a column needs to show its longest line unwrapped, within `min` and `max`. */
export function widthFor(texts: Iterable<string>, min: number, max: number, charsPerUnit = CALIBRI_CHARS_PER_UNIT): number {
  let longest = 0;
  for (const t of texts) for (const line of t.split("\n")) longest = Math.max(longest, line.length);
  return Math.max(min, Math.min(max, Math.ceil((longest + 1) / charsPerUnit)));
}

/** A row's height in points for the given number of lines of 11-point text (Excel's 15 a line). */
export function rowHeight(lines: number): number {
  return Math.min(409, 15 * lines);
}
