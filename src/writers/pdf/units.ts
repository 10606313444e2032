/** pdfmake measures in points. */
export const pt = (mm: number): number => (mm * 72) / 25.4;
