/** Word measures lengths in twentieths of a point, font sizes in half points. */
export const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const DOCX_FONT = "Bookman Old Style";
export const mm = (points: number): number => (points * 25.4) / 72;
