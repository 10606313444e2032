import type { Block, Caption, Chart, PageSetup } from "../model/document.js";

/**
 * A chart taller than its page's text area is split into parts, each an ordinary figure: its own
 * drawing of some of the panels (a faceted Vega-Lite chart: whole rows of panels) and a copy of
 * the caption before it, with the template's part pattern ("({n} dari {dari})") added. Writers and
 * the layout then see figures that fit a page, each caption kept with its drawing. A chart with no
 * part pattern, no caption before it, or that is not faceted over inline values is left whole.
 *
 * The parts keep the whole chart's scale: a part is as wide on the page as its share of the
 * whole chart's drawing, so a last part of one panel is not blown up to the text width.
 */

type Drawing = NonNullable<Chart["drawing"]>;
type Draw = (specText: string) => Promise<Drawing>;

/**
 * Room the caption takes above the drawing on the same page (mm): two lines of a 12 pt caption
 * with its spacing, and the drawing's own margins, on the high side.
 */
const CAPTION_ROOM = 20;

/** The text area of a section's pages, in mm. */
export function textArea(page: PageSetup): { width: number; height: number } {
  const [w, h] = page.orientation === "landscape" ? [page.height, page.width] : [page.width, page.height];
  return { width: w - page.margins.left - page.margins.right, height: h - page.margins.top - page.margins.bottom };
}

interface FacetedSpec {
  data?: { values?: Record<string, unknown>[] };
  facet?: { field?: string; sort?: { field?: string; op?: string } };
  columns?: number;
}

/** The panels' facet values in the order the chart draws them. */
function panelOrder(spec: FacetedSpec): string[] | undefined {
  const field = spec.facet?.field;
  const values = spec.data?.values;
  if (!field || !Array.isArray(values)) return undefined;
  const first = new Map<string, number>();
  const key = new Map<string, number>();
  const by = spec.facet?.sort?.field;
  values.forEach((v, i) => {
    const panel = String(v[field]);
    if (!first.has(panel)) first.set(panel, i);
    if (by !== undefined && typeof v[by] === "number") key.set(panel, Math.min(key.get(panel) ?? Infinity, v[by] as number));
  });
  const panels = [...first.keys()];
  return by === undefined ? panels : panels.sort((a, b) => (key.get(a) ?? Infinity) - (key.get(b) ?? Infinity) || first.get(a)! - first.get(b)!);
}

/**
 * The blocks that stand for `caption` + `chart` once drawn: undefined when the whole chart fits
 * (chart.drawing is then set), else caption-chart pairs, one per part.
 */
export async function drawInParts(chart: Chart, caption: Block | undefined, specText: string, area: { width: number; height: number }, draw: Draw): Promise<Block[] | undefined> {
  const whole = await draw(specText);
  chart.drawing = whole;
  if (chart.parts === undefined || caption?.type !== "caption") return undefined;
  const mmPerUnit = (area.width * chart.width) / 100 / whole.width;
  const room = area.height - CAPTION_ROOM;
  if (whole.height * mmPerUnit <= room) return undefined;
  const spec = JSON.parse(specText) as FacetedSpec;
  const panels = panelOrder(spec);
  const columns = spec.columns ?? 0;
  if (!panels || columns < 1) return undefined;
  const field = spec.facet!.field!;
  const drawPanels = (some: string[]) => {
    const keep = new Set(some);
    return draw(JSON.stringify({ ...spec, data: { ...spec.data, values: spec.data!.values!.filter((v) => keep.has(String(v[field]))) } }));
  };
  // As many rows as fit, counting from the whole chart's share a row and trying fewer until one fits.
  const rows = Math.ceil(panels.length / columns);
  let perPart = Math.max(1, Math.floor((rows * room) / (whole.height * mmPerUnit))) * columns;
  let first = await drawPanels(panels.slice(0, perPart));
  while (first.height * mmPerUnit > room && perPart > columns) {
    perPart -= columns;
    first = await drawPanels(panels.slice(0, perPart));
  }
  const drawings = [first];
  for (let from = perPart; from < panels.length; from += perPart) drawings.push(await drawPanels(panels.slice(from, from + perPart)));
  if (drawings.length === 1) return undefined;
  return drawings.flatMap((drawing, k): Block[] => [
    partCaption(caption, chart.parts!, k, drawings.length),
    { ...chart, width: (chart.width * drawing.width) / whole.width, drawing },
  ]);
}

function partCaption(caption: Caption, pattern: string, k: number, count: number): Caption {
  const suffix = pattern.replace(/\{n\}/g, String(k + 1)).replace(/\{dari\}/g, String(count));
  return { ...caption, ...(k === 0 ? {} : { id: `${caption.id}-${k + 1}`, continued: true }), content: [...caption.content, { type: "text", text: ` ${suffix}` }] };
}
