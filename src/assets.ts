import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * rbdoc's own folder: where its fonts, templates and shipped instruments are. Found by walking up
 * to rbdoc's package.json, so it is the same whether the code runs from src/ through tsx or from
 * the bundle in dist/.
 */
export const ROOT_DIR = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "rbdoc") return dir;
    if (dirname(dir) === dir) return resolve(from, "..");
  }
}

/** The fonts shipped with rbdoc (fonts/README.md): the writers embed them, the charts draw with them. */
export const FONTS_DIR = join(ROOT_DIR, "fonts");
export const BUILTIN_TEMPLATES_DIR = join(ROOT_DIR, "templates");
export const BUILTIN_INSTRUMENTS_DIR = join(ROOT_DIR, "data", "instrumen");
export const RBDOC_VERSION = (JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { version: string }).version;

/**
 * The body face's line as both writers set it: TeX Gyre Bonum's ascent to descent is 1.337 em
 * (hhea 1069/−268; FINDINGS.md), and rbdoc's default line-height factor is 1.05. The DOCX states
 * its lines exactly in these terms, since Word and LibreOffice read the face's metrics differently
 * (LibreOffice takes the typo metrics, 1.0 em) and would otherwise paginate apart from the PDF.
 */
export const FACE_LINE = 1.337;
export const DEFAULT_LINE_HEIGHT = 1.05;
