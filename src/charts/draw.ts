import { resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { FONTS_DIR } from "../assets.js";
import { textWidthOf, wrapLines } from "../typography/measure.js";
import type { Block, Chart, Document } from "../model/document.js";
import { drawInParts, textArea } from "./split.js";

/**
 * The chart stage, between the document model and the writers: each chart's Vega-Lite
 * specification (a template, so a user can override it) is compiled and drawn to SVG in-process,
 * and the SVG to PNG with resvg. Writers only place the drawing.
 */

/** The document's typeface first (Word and LibreOffice have Bookman Old Style or find it by name), then the shipped free Bookman. */
export const CHART_FONT = "Bookman Old Style, TeX Gyre Bonum, serif";
const FONT_FILES = ["regular", "bold", "italic", "bolditalic"].map((s) => resolve(FONTS_DIR, `texgyrebonum-${s}.otf`));

/**
 * Drawing defaults; a chart template's own `config` overrides them. No background: the page's
 * white shows through, and so does the DOCX's "CONTOH" watermark, which Word and LibreOffice
 * draw behind the text (an opaque chart would hide it on the pages with most figures).
 */
const BASE_CONFIG = {
  font: CHART_FONT,
  background: null,
  view: { stroke: null },
  // Indonesian number practice for every number Vega formats (axes, legends): "3,8", "1.250".
  locale: { number: { decimal: ",", thousands: ".", grouping: [3], currency: ["Rp", ""] } },
  axis: { labelFontSize: 10, titleFontSize: 10, grid: true, gridColor: "#e0e0e0" },
  // No gridlines along categories (bars, cells): they would run through the middle of each bar
  // and through the values written on it.
  axisBand: { grid: false },
  legend: { labelFontSize: 10, titleFontSize: 10, orient: "bottom" },
  title: { fontSize: 11 },
};

/**
 * Vega measures text for its layout (the room for axis labels, where `labelLimit` cuts one) and,
 * with no canvas installed, guesses 0.8 em a character, far wider than Bookman: labels were cut
 * with room to spare and charts left blank margins. It measures in the body face instead, as resvg
 * and the PDF draw it (vega-scenegraph calls a replaced `textMetrics.width` for every measure, as
 * vl-convert does). A text with a limit is as wide as what is left of it.
 */
interface TextItem {
  fontSize?: number;
  fontStyle?: string;
  fontWeight?: string | number;
  limit?: number;
}
(vega as unknown as { textMetrics: { width(item: TextItem, text: unknown): number } }).textMetrics.width = (item, text) => {
  const size = item.fontSize ?? 11;
  const words = text == null ? "" : String(text).trim();
  const width = words === "" || size <= 0 ? 0 : textWidthOf(words, size, item.fontStyle === "italic", item.fontWeight === "bold" || Number(item.fontWeight) >= 600);
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
};

/**
 * `wrapLabel(text, width, fontSize, maxLines)` for a chart template's label expressions: the text
 * set in lines of `width` px at that size in the body face, at most `maxLines` (default 2), the last
 * ending in "…" if cut. Vega draws the list as lines: `"labelExpr": "wrapLabel(datum.label, 180, 10)"`.
 */
vega.expressionFunction("wrapLabel", (text: unknown, width: number, fontSize: number, maxLines = 2) => wrapLines(String(text ?? ""), width, maxLines, fontSize));

export class ChartError extends Error {}

/** Draws every chart of the document; `specOf` renders the named chart-spec template to JSON text. */
export async function drawCharts(doc: Document, specOf: (name: string) => string): Promise<void> {
  for (const section of doc.sections) {
    const area = textArea(section.page);
    // A chart taller than the text area becomes several figures (drawInParts) in its block list.
    const walk = async (blocks: Block[]): Promise<void> => {
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i];
        if (b.type === "chart") {
          const parts = await drawInParts(b, blocks[i - 1], specOf(b.spec), area, (text) => drawChart(b.spec, text));
          if (parts) {
            blocks.splice(i - 1, 2, ...parts);
            i += parts.length - 2;
          }
        } else if (b.type === "keep") await walk(b.blocks);
        else if (b.type === "list") for (const item of b.items) await walk(item.blocks);
        else if (b.type === "table") {
          for (const row of b.rows) for (const cell of row.cells) await walk(cell.blocks);
          await walk(b.note);
        }
      }
    };
    await walk(section.blocks);
  }
}

export async function drawChart(name: string, specText: string): Promise<NonNullable<Chart["drawing"]>> {
  let spec: TopLevelSpec;
  try {
    spec = JSON.parse(specText) as TopLevelSpec;
  } catch (error) {
    throw new ChartError(`spesifikasi grafik '${name}' bukan JSON yang sah: ${(error as Error).message}`);
  }
  let svg: string;
  try {
    const withConfig = { ...spec, config: mergeConfig(BASE_CONFIG, (spec as { config?: Record<string, unknown> }).config ?? {}) } as TopLevelSpec;
    const view = new vega.View(vega.parse(settleAxes(compile(withConfig).spec)), { renderer: "none" });
    svg = await view.toSVG();
    view.finalize();
  } catch (error) {
    throw new ChartError(`grafik '${name}' tidak dapat digambar: ${(error as Error).message}`);
  }
  const image = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 3 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "TeX Gyre Bonum" },
  }).render();
  const width = Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)?.[1] ?? image.width / 3);
  const height = Number(/<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1] ?? image.height / 3);
  return { svg, png: new Uint8Array(image.asPng()), width, height };
}

/**
 * A number axis labels its ticks as Vega does, with as many decimals as the step between ticks
 * needs ("3,2 3,4 3,6", "1.200 1.400"), except on a scale whose domain has no width (a flat series:
 * 3 and 3), where that rule gives "3,000000": there the tick reads as the value itself ("3").
 * Axes a template gives a format of its own keep it.
 */
vega.expressionFunction("tickFormatFor", (domain: unknown[]) => (domain.length > 0 && domain[0] === domain[domain.length - 1] ? ",~f" : null));

interface VegaAxis {
  scale: string;
  orient?: string;
  format?: unknown;
  labelOffset?: unknown;
  labelLineHeight?: number;
  labelFontSize?: number;
  encode?: { labels?: { update?: { text?: { signal?: string } } } };
}
interface VegaNode {
  scales?: { name: string; type?: string }[];
  axes?: VegaAxis[];
  marks?: (VegaNode & { type?: string })[];
  config?: { axis?: { labelFontSize?: number } };
}

/**
 * Settles what the compiled specification leaves to chance on its axes: number formats (above),
 * and a label set in lines by wrapLabel beside a vertical axis stands centred on its tick, as a
 * one-line label does (Vega hangs the further lines below the tick).
 */
function settleAxes<T extends object>(spec: T): T {
  const root = spec as VegaNode;
  const visit = (node: VegaNode, outer: ReadonlyMap<string, string>) => {
    const types = new Map(outer);
    for (const s of node.scales ?? []) types.set(s.name, s.type ?? "linear");
    for (const a of node.axes ?? []) {
      if (a.format === undefined && types.get(a.scale) === "linear") a.format = { signal: `tickFormatFor(domain(${JSON.stringify(a.scale)}))` };
      const text = a.encode?.labels?.update?.text?.signal;
      if (text?.startsWith("wrapLabel(") && (a.orient === "left" || a.orient === "right") && a.labelOffset === undefined) {
        const line = a.labelLineHeight ?? (a.labelFontSize ?? root.config?.axis?.labelFontSize ?? 10) + 2;
        a.labelOffset = { signal: `(1 - length(${text})) * ${line / 2}` };
      }
    }
    for (const m of node.marks ?? []) if (m.type === "group") visit(m, types);
  };
  visit(root, new Map());
  return spec;
}

function mergeConfig(base: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(own)) {
    const b = base[k];
    out[k] = b && typeof b === "object" && v && typeof v === "object" && !Array.isArray(v) ? mergeConfig(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}
