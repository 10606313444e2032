import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const patched = new Set<string>();

/**
 * Changes a method of one of pdfmake's classes, once per process: the few places where rbdoc needs
 * pdfmake to behave otherwise (row-breaks.ts, justify.ts, blank-pages.ts, measure-cache.ts). Each patch wraps the
 * original method and is documented, with its reason, where it is written.
 */
export function patchPdfmake<T>(module: "TableProcessor" | "ElementWriter" | "LayoutBuilder" | "TextInlines" | "PDFDocument", patch: (prototype: T) => void): void {
  if (patched.has(module)) return;
  patched.add(module);
  patch((require(`pdfmake/js/${module}.js`) as { default: { prototype: T } }).default.prototype);
}
