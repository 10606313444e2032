import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const patched = new Set<string>();

/**
 * Changes a method of one of pdfmake's classes, once per process: the few places where rbdoc needs
 * pdfmake to behave otherwise (row-breaks.ts, justify.ts, blank-pages.ts, measure-cache.ts,
 * watermark.ts, pdfa.ts). Each patch wraps the
 * original method and is documented, with its reason, where it is written.
 */
export function patchPdfmake<T>(
  module: "TableProcessor" | "ElementWriter" | "LayoutBuilder" | "TextInlines" | "PDFDocument" | "Renderer",
  patch: (prototype: T) => void,
  /** Tells apart two patches of one module (measure-cache.ts and pdfa.ts both patch PDFDocument). */
  name: string = module,
): void {
  if (patched.has(name)) return;
  patched.add(name);
  patch((require(`pdfmake/js/${module}.js`) as { default: { prototype: T } }).default.prototype);
}
