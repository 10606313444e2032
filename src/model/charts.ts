import type { Chart } from "./document.js";

/** A chart's drawing, which the chart stage must have made before any writer runs. */
export function drawingOf(chart: Chart): NonNullable<Chart["drawing"]> {
  if (!chart.drawing) throw new Error(`grafik '${chart.spec}' belum digambar sebelum ditulis`);
  return chart.drawing;
}
