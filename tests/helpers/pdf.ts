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

/** One set line of text: its pieces left to right, as pdfjs gives them (wide word gaps come as " " pieces). */
interface SetLine {
  page: number;
  y: number;
  items: { str: string; x0: number; x1: number }[];
}

/** A line end broken inside a word: the word's two parts, and where. */
export interface HyphenatedEnd {
  page: number;
  head: string;
  tail: string;
  word: string;
  /** The word's part after the hyphen opens the next page. */
  acrossPages: boolean;
}

export interface Typesetting {
  hyphenated: HyphenatedEnd[];
  /** Hyphens in words of fewer than seven letters. */
  short: HyphenatedEnd[];
  /** Hyphens in words that start with a capital. */
  capitalised: HyphenatedEnd[];
  /** Justified lines (lines that reach the text's right edge) with word gaps over `wide` points, and the gap. */
  wideGaps: { page: number; gap: number; line: string }[];
}

/**
 * What a reader sees of the justification and hyphenation: every line that ends in a word broken
 * with a hyphen, and every justified line whose word gap is wider than `wide` points. A line end
 * "prinsip-|prinsip" or "perundang-|undangan" is a word written with a hyphen, not a break: a
 * reduplication, or a pair the PDF also prints whole on one line or `hyphenatedWords` names (the
 * source's own words with a hyphen, "e-SLKS"), is not counted.
 */
export async function typesetting(bytes: Uint8Array, wide = 12, hyphenatedWords: Iterable<string> = []): Promise<Typesetting> {
  const doc = await open(bytes);
  const lines: SetLine[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const rows = new Map<number, SetLine>();
    for (const it of content.items as TextItem[]) {
      if (typeof it.str !== "string" || it.str === "" || Math.abs(it.transform[1]) > 1e-6) continue;
      const y = Math.round(it.transform[5] * 10) / 10;
      const row = rows.get(y) ?? { page: i, y, items: [] };
      row.items.push({ str: it.str, x0: it.transform[4], x1: it.transform[4] + it.width });
      rows.set(y, row);
    }
    const page = [...rows.values()].sort((a, b) => b.y - a.y);
    page.forEach((r) => r.items.sort((a, b) => a.x0 - b.x0));
    lines.push(page);
  }
  await doc.destroy();
  const all = lines.flat();
  const text = all.map((l) => l.items.map((i) => i.str).join("")).join("\n");
  const written = new Set([...(text.match(/\p{L}+-\p{L}+/gu) ?? []), ...hyphenatedWords].map((w) => w.toLowerCase()));
  const hyphenated: HyphenatedEnd[] = [];
  const wideGaps: Typesetting["wideGaps"] = [];
  lines.forEach((page, p) => {
    // The text's right edge: where most lines of three words or more end.
    const ends = new Map<number, number>();
    for (const l of page) if (l.items.map((i) => i.str).join("").trim().split(/\s+/).length >= 3) {
      const x = Math.round(l.items.at(-1)!.x1 * 2) / 2;
      ends.set(x, (ends.get(x) ?? 0) + 1);
    }
    const edge = [...ends].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
    const left = Math.min(...page.map((l) => l.items[0].x0));
    page.forEach((line, k) => {
      // The pieces of one column: a line's last piece and what follows it below, starting left of its end.
      for (let j = 0; j < line.items.length; j++) {
        const item = line.items[j];
        const head = /(\p{L}+)-$/u.exec(item.str.trimEnd())?.[1];
        if (!head || item.str.endsWith(" ")) continue;
        const start = line.items.slice(0, j + 1).reverse().find((x, n, arr) => n === arr.length - 1 || arr[n + 1].x1 < x.x0 - 30) ?? item;
        const below = page.slice(k + 1).find((l) => line.y - l.y < 30 && l.items.some((x) => x.x0 >= start.x0 - 40 && x.x0 < item.x1 && x.str.trim() !== ""));
        let next = below?.items.find((x) => x.x0 >= start.x0 - 40 && x.x0 < item.x1 && x.str.trim() !== "");
        const last = page.filter((l) => l.y > 60).at(-1) === line;
        let acrossPages = false;
        if (!next && last && lines[p + 1]) {
          next = lines[p + 1].find((l) => l.items.some((x) => x.str.trim() !== ""))?.items.find((x) => x.str.trim() !== "");
          acrossPages = next !== undefined;
        }
        // A piece of the same line (a table's next column) is not a continuation.
        const tail = next ? /^\p{L}+/u.exec(next.str.trimStart())?.[0] : undefined;
        if (!tail) continue;
        if (head.toLowerCase() === tail.toLowerCase() || written.has(`${head}-${tail}`.toLowerCase())) continue;
        hyphenated.push({ page: p + 1, head, tail, word: head + tail, acrossPages });
      }
      // A line of prose starts within a list's indents of the text's left edge; a table's last column does not.
      if (edge === undefined || Math.abs(line.items.at(-1)!.x1 - edge) > 0.5 || line.items[0].x0 > left + 80) return;
      // A table of contents sets its page numbers at the edge across a wide gap.
      if (/^\s*[\divxlc]+\s*$/.test(line.items.at(-1)!.str)) return;
      const gaps: number[] = [];
      line.items.forEach((it, j) => {
        if (j === 0 || j === line.items.length - 1 || it.str.trim() !== "") return;
        // The gap after a list marker is the marker's column, not a word space.
        if (j === 1 && /^\s*(\d+|[a-z]|[ivx]+)[.)]\s*$|^\s*[•\-–]\s*$/i.test(line.items[0].str)) return;
        gaps.push(line.items[j + 1].x0 - line.items[j - 1].x1);
      });
      // pdfmake's justified line spreads its spare width evenly: unequal gaps are a table's columns.
      if (gaps.length === 0 || Math.max(...gaps) - Math.min(...gaps) > 0.5 || !/\p{L}{2}/u.test(line.items.map((i) => i.str).join(""))) return;
      if (gaps[0] > wide) wideGaps.push({ page: p + 1, gap: Math.max(...gaps), line: line.items.map((i) => i.str).join("") });
    });
  });
  return {
    hyphenated,
    short: hyphenated.filter((h) => h.word.length < 7),
    capitalised: hyphenated.filter((h) => /^\p{Lu}/u.test(h.word)),
    wideGaps,
  };
}
