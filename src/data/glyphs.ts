import { createRequire } from "node:module";
import { resolve } from "node:path";
import { text } from "../diagnostics/diagnostic.js";
import { FONTS_DIR } from "../assets.js";
import type { Problem } from "./cross-references.js";

interface Font {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const require = createRequire(import.meta.url);

/** The documents' fonts: the body face and the symbol fallback (fonts/README.md). */
const FONT_FILES = ["texgyrebonum-regular.otf", "DejaVuSans-check.ttf"];
let fonts: Font[] | undefined;

/**
 * Characters no font of the documents can draw print as blanks. Each one is named once, with the
 * first place it is used, so the author can replace it or ship a font that has it.
 */
export function checkGlyphs(value: unknown): Problem[] {
  const firstUse = new Map<string, (string | number)[]>();
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === "string") {
      for (const ch of v) if (ch.codePointAt(0)! > 0x7e && !firstUse.has(ch) && ch !== "\n" && ch !== "\t") firstUse.set(ch, path);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  if (firstUse.size === 0) return [];
  fonts ??= FONT_FILES.map((f) => (require("fontkit") as { openSync(path: string): Font }).openSync(resolve(FONTS_DIR, f)));
  // One warning per place: the characters missing there, named with their code points.
  const missing = new Map<string, { path: (string | number)[]; chars: string[] }>();
  for (const [ch, path] of firstUse) {
    if (fonts.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!))) continue;
    const key = JSON.stringify(path);
    const entry = missing.get(key) ?? { path, chars: [] };
    entry.chars.push(ch);
    missing.set(key, entry);
  }
  const problems: Problem[] = [];
  for (const { path, chars } of missing.values()) {
    const list = chars.map((ch) => `'${ch}' (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
    problems.push({
      severity: "warning",
      path,
      message: text(`karakter ${list} tidak ada di huruf dokumen dan akan tercetak kosong`, `character(s) ${list} are not in the document's fonts and will print blank`),
    });
  }
  return problems;
}
