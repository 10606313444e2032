import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

/**
 * PDF text and drawing read with pdfjs-dist, a library already in the tests: no system tool is
 * needed to check what a PDF says. Each page's text comes in content order, items joined by spaces.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes);
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      (content.items as TextItem[])
        .map((it) => it.str ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .trim(),
    );
  }
  await doc.destroy();
  return pages;
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join(" ");
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await open(bytes);
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

/** The fill colours a page paints with, as "#rrggbb": enough to tell that a chart was drawn. */
export async function pdfFillColours(bytes: Uint8Array, pageNumber: number): Promise<Set<string>> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await open(bytes);
  const ops = await (await doc.getPage(pageNumber)).getOperatorList();
  const colours = new Set<string>();
  ops.fnArray.forEach((fn, i) => {
    if (fn !== pdfjs.OPS.setFillRGBColor) return;
    const arg = ops.argsArray[i] as unknown;
    if (typeof arg === "string") colours.add(arg.toLowerCase());
    else if (Array.isArray(arg) && typeof arg[0] === "string") colours.add(String(arg[0]).toLowerCase());
    else if (Array.isArray(arg)) colours.add(`#${(arg as number[]).slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`);
  });
  await doc.destroy();
  return colours;
}

async function open(bytes: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
}

export interface TextBox {
  str: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Each page's text pieces as boxes in points, from the baseline down a fifth and up most of the size. */
export async function pdfTextBoxes(bytes: Uint8Array): Promise<TextBox[][]> {
  const doc = await open(bytes);
  const pages: TextBox[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      (content.items as TextItem[])
        // Turned text is a watermark, drawn across the page on purpose.
        .filter((it) => typeof it.str === "string" && it.str.trim() !== "" && !/^[\u200b\s]+$/.test(it.str) && Math.abs(it.transform[1]) < 1e-6)
        .map((it) => {
          const [, , , , x, y] = it.transform as number[];
          const size = Math.hypot(it.transform[2], it.transform[3]);
          return { str: it.str, x0: x, x1: x + it.width, y0: y - 0.2 * size, y1: y + 0.75 * size };
        }),
    );
  }
  await doc.destroy();
  return pages;
}

/**
 * Pairs of text pieces drawn over each other: their boxes share more than a point across and more
 * than a quarter of the smaller box's height. Text set in lines never does; a detached label that
 * outgrows its row does.
 */
export function overlappingText(pages: TextBox[][]): { page: number; a: string; b: string }[] {
  const out: { page: number; a: string; b: string }[] = [];
  pages.forEach((boxes, p) => {
    const sorted = [...boxes].sort((a, b) => a.y0 - b.y0);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length && sorted[j].y0 < a.y1; j++) {
        const b = sorted[j];
        const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (across > 1 && down > 0.25 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) out.push({ page: p + 1, a: a.str, b: b.str });
      }
    }
  });
  return out;
}

/**
 * The document information, the XMP packet (null if none) raw and as pdfjs parsed it, and the
 * top-level bookmark titles.
 */
export async function pdfDocumentInfo(
  bytes: Uint8Array,
): Promise<{ info: Record<string, unknown>; xmp: string | null; xmpValue: (name: string) => unknown; outline: string[] }> {
  const doc = await open(bytes);
  const { info, metadata } = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  await doc.destroy();
  return { info: info as Record<string, unknown>, xmp: metadata ? metadata.getRaw() : null, xmpValue: (name) => metadata?.get(name), outline };
}

/**
 * The objects of a PDF written without object streams (as pdfkit writes), by number: each one's
 * text up to its stream, read from the raw bytes.
 */
export function pdfRawObjects(bytes: Uint8Array): Map<number, string> {
  const raw = Buffer.from(bytes).toString("latin1");
  const objects = new Map<number, string>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)(?:\nstream\n|\nendobj)/g)) objects.set(Number(m[1]), m[2]);
  return objects;
}
