/** "Indeks Pelayanan Publik dengan …": a label cut to fit a chart axis. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Rounded to `digits` decimals, for figures handed to charts and spreadsheets. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
