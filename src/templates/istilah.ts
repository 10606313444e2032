import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import { TemplateError } from "./errors.js";

/** The terms file beside the templates: keys to words, with `{placeholders}` for values. */
export const TERMS_FILE = "istilah.yaml";

/** A value a term's placeholder takes. */
export type TermValue = string | number;

/**
 * The words documents print that code, not a template, puts in a cell or a row: a workbook's sheet
 * names and headers, a form's instructions, "belum dilaporkan". Keys are dotted paths
 * ("evaluasi.jalur.sesuai"); `{name}` in a text is replaced by the value given under that name.
 */
export interface Terms {
  /** The text of `key` with its placeholders filled; an unknown key or a value not given is a programming error. */
  text(key: string, values?: Readonly<Record<string, TermValue | undefined>>): string;
  has(key: string): boolean;
  keys(): string[];
}

interface Entry {
  text: string;
  placeholders: Set<string>;
  /** Where the text was written: "templates/istilah.yaml:12:5". */
  origin: string;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
}

/**
 * The shipped terms, with a user's file laid over them key by key. The shipped file says which
 * keys exist and which placeholders each takes: a user's key that is not among them, a value that
 * is not text, a placeholder the key does not give or one of its placeholders left out is refused
 * at its file:line:column.
 */
export function loadTerms(builtin: { path: string; source: string }, override?: { path: string; source: string }): Terms {
  const entries = readTerms(builtin.path, builtin.source);
  if (override) {
    for (const [key, entry] of readTerms(override.path, override.source)) {
      const base = entries.get(key);
      if (!base) throw new TemplateError(`${entry.origin}: istilah '${key}' tidak dikenal (istilah yang ada tercantum dalam ${builtin.path})`);
      const unknown = [...entry.placeholders].filter((p) => !base.placeholders.has(p));
      if (unknown.length > 0) throw new TemplateError(`${entry.origin}: istilah '${key}' tidak mengenal ${unknown.map((p) => `{${p}}`).join(", ")}; yang tersedia: ${describe(base.placeholders)}`);
      const missing = [...base.placeholders].filter((p) => !entry.placeholders.has(p));
      if (missing.length > 0) throw new TemplateError(`${entry.origin}: istilah '${key}' harus memuat ${missing.map((p) => `{${p}}`).join(", ")}`);
      entries.set(key, entry);
    }
  }
  return {
    has: (key) => entries.has(key),
    keys: () => [...entries.keys()],
    text(key, values = {}) {
      const entry = entries.get(key);
      if (!entry) throw new TemplateError(`istilah '${key}' tidak ada dalam ${TERMS_FILE}`);
      return entry.text.replace(PLACEHOLDER, (whole, name: string) => {
        if (!entry.placeholders.has(name)) return whole;
        const value = values[name];
        if (value === undefined) throw new TemplateError(`${entry.origin}: istilah '${key}' memerlukan nilai {${name}}`);
        return String(value);
      });
    },
  };
}

function describe(placeholders: ReadonlySet<string>): string {
  return placeholders.size === 0 ? "tidak ada" : [...placeholders].map((p) => `{${p}}`).join(", ");
}

/** A terms file: a map of maps, its leaves texts, flattened to dotted keys. */
function readTerms(path: string, source: string): Map<string, Entry> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (node: unknown) => {
    const range = (node as Node | null | undefined)?.range;
    const pos = range ? lines.linePos(range[0]) : undefined;
    return pos ? `${path}:${pos.line}:${pos.col}` : path;
  };
  const problem = doc.errors[0];
  if (problem) {
    const pos = lines.linePos(problem.pos[0]);
    throw new TemplateError(`${path}:${pos.line}:${pos.col}: ${problem.message.split("\n")[0]}`);
  }
  const out = new Map<string, Entry>();
  if (doc.contents === null) return out;
  const walk = (node: unknown, prefix: string): void => {
    if (!isMap(node)) throw new TemplateError(`${at(node)}: ${prefix ? `istilah '${prefix}' berupa` : "isi berkas istilah berupa"} peta kunci: teks, bukan ${isScalar(node) ? "teks" : "daftar"}`);
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || (typeof pair.key.value !== "string" && typeof pair.key.value !== "number")) throw new TemplateError(`${at(isPair(pair) ? pair.key : node)}: kunci istilah berupa teks`);
      const key = prefix ? `${prefix}.${String(pair.key.value)}` : String(pair.key.value);
      const value = pair.value;
      if (out.has(key)) throw new TemplateError(`${at(pair.key)}: istilah '${key}' ditulis dua kali`);
      if (isScalar(value) && typeof value.value === "string") out.set(key, { text: value.value, placeholders: placeholdersOf(value.value), origin: at(value) });
      else if (isMap(value)) walk(value, key);
      else throw new TemplateError(`${at(value ?? pair.key)}: istilah '${key}' berupa teks (tulis dalam tanda petik bila berupa angka)`);
    }
  };
  walk(doc.contents, "");
  return out;
}
