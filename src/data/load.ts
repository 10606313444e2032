import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { text, type Diagnostic } from "../diagnostics/diagnostic.js";
import { LIMITS } from "./limits.js";
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
  /** The folder itself is missing, not a folder, or empty: nothing else is worth saying. */
  unusable?: boolean;
  /** Root keys written in a file that was refused as a whole: present, so not reported missing. */
  brokenKeys: Set<string>;
}

export function loadDataDir(dataDir: string): LoadedData {
  const sources = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  // No prototype: a data file's "__proto__" or "constructor" key is just an unknown key.
  const value: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  const folderProblem = !existsSync(dataDir)
    ? text("folder data tidak ditemukan", "data folder not found")
    : !statSync(dataDir).isDirectory()
      ? text("ini bukan folder; sebutkan folder data road map", "this is not a folder; name a road-map data folder")
      : dataFilesIn(dataDir).length === 0 && !existsSync(join(dataDir, AREA_FOLDER))
        ? text("folder data kosong: tidak ada berkas .yaml atau .json (contoh: data/probolinggo-2020-2024)", "the data folder is empty: no .yaml or .json files (see data/probolinggo-2020-2024)")
        : undefined;
  if (folderProblem) {
    diagnostics.push({ severity: "error", file: dataDir, path: [], message: folderProblem });
    return { dataDir, value, sources, diagnostics, unusable: true, brokenKeys: new Set() };
  }

  const rootKeyOwner = new Map<string, string>();
  const brokenKeys = new Set<string>();
  for (const name of dataFilesIn(dataDir)) {
    const file = parseFile(join(dataDir, name), diagnostics);
    if (!file) continue;
    const contents = file.document.contents;
    if (!isMap(contents)) {
      diagnostics.push(positioned(file, 0, text("berkas harus berisi pemetaan kunci: nilai", "file must hold a mapping of key: value")));
      continue;
    }
    const data = toPlain(file, diagnostics) as Record<string, unknown> | undefined;
    if (!data) {
      for (const pair of contents.items) brokenKeys.add(String((pair.key as { value?: unknown } | null)?.value ?? pair.key));
      continue;
    }
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

  return { dataDir, value, sources, diagnostics, brokenKeys };
}

/** YAML that parses can still fail to become data (an alias to nothing, say): report, do not throw. */
export function toPlain(file: SourceFile, diagnostics: Diagnostic[]): unknown {
  let value: unknown;
  try {
    value = file.document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const deep = error instanceof RangeError;
    diagnostics.push(
      positioned(
        file,
        0,
        deep
          ? text(`data bersarang terlalu dalam (batas ${LIMITS.depth} tingkat)`, `data nested too deeply (limit ${LIMITS.depth} levels)`)
          : text(`YAML tidak sah: ${(error as Error).message}`, `invalid YAML: ${(error as Error).message}`),
      ),
    );
    return undefined;
  }
  const problem = inspectValue(value, 0);
  if (problem) {
    diagnostics.push({ severity: "error", ...sourcesOf(file).locate(problem.path), path: problem.path, message: problem.message });
    return undefined;
  }
  for (const split of splitNumbers(file.document.contents)) {
    diagnostics.push(positioned(file, split.offset, split.message));
    // The field YAML made of the decimals is not reported again as unknown; the number stands as
    // written ("254,5"), so the other checks see what was meant while this error blocks the output.
    const parent = split.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);
    if (parent && typeof parent === "object") {
      const fields = parent as Record<string, unknown>;
      delete fields[split.decimals];
      fields[String(split.path.at(-1))] = split.whole;
    }
  }
  return value;
}

/**
 * `{tahun: 2021, nilai: 254,5}`: inside a flow mapping the comma separates fields, so YAML reads
 * `nilai: 254` and a field `5` with no value. Found in the document, where the order of the fields
 * is still known: a field named by digits alone, without a value, right after a whole number.
 */
function splitNumbers(node: unknown, path: (string | number)[] = []): { path: (string | number)[]; decimals: string; whole: string; offset: number; message: Diagnostic["message"] }[] {
  const found: ReturnType<typeof splitNumbers> = [];
  if (isSeq(node)) node.items.forEach((item, i) => found.push(...splitNumbers(item, [...path, i])));
  if (!isMap(node)) return found;
  node.items.forEach((pair, i) => {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const prev = i > 0 ? node.items[i - 1] : undefined;
    const number = prev && isScalar(prev.value) && prev.value.type === "PLAIN" ? prev.value : undefined;
    const value = pair.value as unknown;
    const empty = value === null || value === undefined || (isScalar(value) && value.value === null);
    if (node.flow && number && isScalar(pair.key) && pair.key.type === "PLAIN" && /^\d+$/.test(String(pair.key.source)) && empty && /^-?\d+$/.test(String(number.source)) && isScalar(prev!.key)) {
      const name = String(prev!.key.value);
      const whole = `${number.source},${pair.key.source}`;
      const dotted = `${number.source}.${pair.key.source}`;
      found.push({
        path: [...path, name],
        decimals: String(pair.key.source),
        whole,
        offset: number.range?.[0] ?? 0,
        message: text(
          `angka '${whole}' ditulis dengan koma di dalam { }: di sana koma memisahkan kolom, sehingga YAML membaca ${name}: ${number.source} dan kolom '${pair.key.source}'. Di YAML angka ditulis dengan titik (${name}: ${dotted}), atau tulis sebagai teks (${name}: "${whole}")`,
          `the number '${whole}' is written with a comma inside { }: there a comma separates fields, so YAML reads ${name}: ${number.source} and a field '${pair.key.source}'. In YAML a number takes a dot (${name}: ${dotted}), or write it as text (${name}: "${whole}")`,
        ),
      });
      return;
    }
    found.push(...splitNumbers(pair.value, [...path, String(key)]));
  });
  return found;
}

/**
 * What a schema cannot say about a value: nesting depth, text length, characters that are not
 * text, numbers that are not finite (YAML's .nan and .inf). The first problem is enough to stop
 * the file.
 */
function inspectValue(value: unknown, depth: number, path: (string | number)[] = []): { path: (string | number)[]; message: Diagnostic["message"] } | undefined {
  if (depth > LIMITS.depth) return { path, message: text(`data bersarang terlalu dalam (batas ${LIMITS.depth} tingkat)`, `data nested too deeply (limit ${LIMITS.depth} levels)`) };
  if (typeof value === "string") {
    if (value.length > LIMITS.textLength) return { path, message: text(`teks terlalu panjang: ${value.length} karakter (batas ${LIMITS.textLength})`, `text too long: ${value.length} characters (limit ${LIMITS.textLength})`) };
    const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/.exec(value);
    if (bad) {
      const code = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      return { path, message: text(`karakter kendali ${code} di dalam teks (hanya tab dan baris baru yang boleh)`, `control character ${code} in text (only tab and newline are allowed)`) };
    }
    return undefined;
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    return { path, message: text(`angka tidak terhingga atau bukan angka (${String(value)}); tulis angka biasa atau "n.a"`, `a number that is infinite or not a number (${String(value)}); write a plain number or "n.a"`) };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = inspectValue(value[i], depth + 1, [...path, i]);
      if (p) return p;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = inspectValue(v, depth + 1, [...path, k]);
      if (p) return p;
    }
  }
  return undefined;
}

export function dataFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => DATA_EXTENSIONS.test(name))
    .sort();
}

/**
 * Reads a data file as the untrusted input it is: a regular file inside its folder, within the size
 * limit, strictly UTF-8. Every problem becomes a diagnostic naming the file, never an exception.
 */
export function readDataFile(path: string, diagnostics: Diagnostic[]): string | undefined {
  const displayPath = relative(process.cwd(), path) || path;
  const fail = (message: Diagnostic["message"], line?: number, column?: number) => {
    diagnostics.push({ severity: "error", file: displayPath, line, column, path: [], message });
    return undefined;
  };
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    return fail(osErrorText(error as NodeJS.ErrnoException));
  }
  if (!stat.isFile()) return fail(text("bukan berkas biasa (folder, pipa atau perangkat)", "not a regular file (a folder, pipe or device)"));
  if (stat.size > LIMITS.dataFileBytes) {
    return fail(text(`berkas terlalu besar: ${(stat.size / 1048576).toFixed(1)} MB (batas ${LIMITS.dataFileBytes / 1048576} MB per berkas data)`, `file too large: ${(stat.size / 1048576).toFixed(1)} MB (limit ${LIMITS.dataFileBytes / 1048576} MB per data file)`));
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(osErrorText(error as NodeJS.ErrnoException));
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = at - (before.lastIndexOf(0x0a) + 1) + 1;
    return fail(text(`bukan teks UTF-8: urutan byte tidak sah pada byte ke-${at + 1} (simpan ulang berkas sebagai UTF-8)`, `not UTF-8 text: invalid byte sequence at byte ${at + 1} (save the file again as UTF-8)`), line, column);
  }
}

/** A plain sentence for what the operating system said, naming what to do. */
export function osErrorText(error: NodeJS.ErrnoException): Diagnostic["message"] {
  switch (error.code) {
    case "ENOENT":
      return text("berkas tidak ditemukan (tautan simbolik yang putus?)", "file not found (a broken symbolic link?)");
    case "EACCES":
    case "EPERM":
      return text("tidak ada izin membaca berkas ini; periksa hak aksesnya", "no permission to read this file; check its permissions");
    case "ELOOP":
      return text("tautan simbolik berputar-putar", "symbolic links loop");
    case "EISDIR":
      return text("ini folder, bukan berkas", "this is a folder, not a file");
    case "EMFILE":
    case "ENFILE":
      return text("terlalu banyak berkas terbuka; tutup program lain lalu coba lagi", "too many open files; close other programs and try again");
    default:
      return text(`berkas tidak dapat dibaca (${error.code ?? error.message})`, `the file cannot be read (${error.code ?? error.message})`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 && b >= 0xc2 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}

export function parseFile(path: string, diagnostics: Diagnostic[]): SourceFile | undefined {
  const lines = new LineCounter();
  const displayPath = relative(process.cwd(), path) || path;
  const source = readDataFile(path, diagnostics);
  if (source === undefined) return undefined;
  let document: SourceFile["document"];
  try {
    document = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    diagnostics.push({ severity: "error", file: displayPath, path: [], message: text(`data bersarang terlalu dalam (batas ${LIMITS.depth} tingkat)`, `data nested too deeply (limit ${LIMITS.depth} levels)`) });
    return undefined;
  }
  const file: SourceFile = { displayPath, document, lines };
  for (const error of document.errors) {
    const pos = lines.linePos(error.pos[0]);
    diagnostics.push({
      severity: "error",
      file: displayPath,
      line: pos.line,
      column: pos.col,
      path: [],
      message: /call stack/i.test(error.message)
        ? text(`data bersarang terlalu dalam (batas ${LIMITS.depth} tingkat)`, `data nested too deeply (limit ${LIMITS.depth} levels)`)
        : text(`YAML tidak sah: ${yamlErrorText(error.code, error.message)}`, `invalid YAML: ${error.message}`),
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
