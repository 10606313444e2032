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
