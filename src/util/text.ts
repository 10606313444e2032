/** Rounded to `digits` decimals, for figures handed to charts and spreadsheets. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
