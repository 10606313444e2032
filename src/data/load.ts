import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, LineCounter, parseDocument } from "yaml";
import { text, type Diagnostic } from "../diagnostics/diagnostic.js";
import { SourceMap, type SourceFile } from "./source-map.js";

/**
 * The road map on disk: top-level files each hold some of the root keys, `areas/` holds one area
 * per file and `lampiran/` one part of the annex per file. Files are taken in name order, so a
 * numeric prefix (01-, 02-, ...) sets the order of areas and chapters.
 */
export const AREA_FOLDER = "areas";
export const PROSE_FOLDER = "lampiran";
const DATA_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface LoadedData {
  dataDir: string;
  value: Record<string, unknown>;
  sources: SourceMap;
  diagnostics: Diagnostic[];
}

export function loadDataDir(dataDir: string): LoadedData {
  const sources = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  const value: Record<string, unknown> = {};

  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    diagnostics.push({
      severity: "error",
      file: dataDir,
      path: [],
      message: text("folder data tidak ditemukan", "data folder not found"),
    });
    return { dataDir, value, sources, diagnostics };
  }

  const rootKeyOwner = new Map<string, string>();
  for (const name of dataFilesIn(dataDir)) {
    const file = parseFile(join(dataDir, name), diagnostics);
    if (!file) continue;
    const contents = file.document.contents;
    if (!isMap(contents)) {
      diagnostics.push(positioned(file, 0, text("berkas harus berisi pemetaan kunci: nilai", "file must hold a mapping of key: value")));
      continue;
    }
    const data = toPlain(file, diagnostics) as Record<string, unknown> | undefined;
    if (!data) continue;
    for (const [key, v] of Object.entries(data)) {
      if (key === "$schema") continue;
      const owner = rootKeyOwner.get(key);
      if (owner) {
        const pos = sourcesOf(file).locate([key]);
        diagnostics.push({
          severity: "error",
          ...pos,
          path: [key],
          message: text(`kunci '${key}' sudah ada di ${owner}`, `key '${key}' is already defined in ${owner}`),
        });
        continue;
      }
      rootKeyOwner.set(key, file.displayPath);
      value[key] = v;
      sources.add([key], file, [key]);
    }
  }

  for (const [folder, key] of [
    [AREA_FOLDER, "area_perubahan"],
    [PROSE_FOLDER, "lampiran"],
  ] as const) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    const items: unknown[] = [];
    for (const name of dataFilesIn(dir)) {
      const file = parseFile(join(dir, name), diagnostics);
      if (!file) continue;
      const data = toPlain(file, diagnostics);
      if (data && typeof data === "object" && !Array.isArray(data)) delete (data as Record<string, unknown>).$schema;
      sources.add([key, items.length], file);
      items.push(data);
    }
    if (rootKeyOwner.has(key)) {
      diagnostics.push({
        severity: "error",
        file: rootKeyOwner.get(key),
        path: [key],
        message: text(`'${key}' diisi dari folder ${folder}/, bukan di sini`, `'${key}' comes from the ${folder}/ folder, not from here`),
      });
    }
    value[key] = items;
  }

  return { dataDir, value, sources, diagnostics };
}

/** YAML that parses can still fail to become data (an alias to nothing, say): report, do not throw. */
export function toPlain(file: SourceFile, diagnostics: Diagnostic[]): unknown {
  try {
    return file.document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    diagnostics.push(positioned(file, 0, text(`YAML tidak sah: ${(error as Error).message}`, `invalid YAML: ${(error as Error).message}`)));
    return undefined;
  }
}

export function dataFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => DATA_EXTENSIONS.test(name) && statSync(join(dir, name)).isFile())
    .sort();
}

export function parseFile(path: string, diagnostics: Diagnostic[]): SourceFile | undefined {
  const lines = new LineCounter();
  const displayPath = relative(process.cwd(), path) || path;
  const document = parseDocument(readFileSync(path, "utf8"), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const file: SourceFile = { displayPath, document, lines };
  for (const error of document.errors) {
    const pos = lines.linePos(error.pos[0]);
    diagnostics.push({
      severity: "error",
      file: displayPath,
      line: pos.line,
      column: pos.col,
      path: [],
      message: text(`YAML tidak sah: ${yamlErrorText(error.code, error.message)}`, `invalid YAML: ${error.message}`),
    });
  }
  return document.errors.length > 0 ? undefined : file;
}

function yamlErrorText(code: string, fallback: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: "kunci yang sama ditulis dua kali",
    BAD_INDENT: "indentasi tidak tepat",
    MISSING_CHAR: "tanda penutup hilang",
    UNEXPECTED_TOKEN: "tanda yang tidak diharapkan",
    MULTILINE_IMPLICIT_KEY: "kunci tidak boleh melintasi beberapa baris (indentasi?)",
    BLOCK_AS_IMPLICIT_KEY: "indentasi tidak tepat",
  };
  return known[code] ?? fallback.split("\n")[0];
}

function sourcesOf(file: SourceFile): SourceMap {
  const map = new SourceMap();
  map.add([], file);
  return map;
}

function positioned(file: SourceFile, offset: number, message: Diagnostic["message"]): Diagnostic {
  const pos = file.lines.linePos(offset);
  return { severity: "error", file: file.displayPath, line: pos.line, column: pos.col, path: [], message };
}
