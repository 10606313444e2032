import { pt, textWidthOf } from "../typography/measure.js";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { resolveInside } from "../util/confine.js";
import { BUILTIN_TEMPLATES_DIR } from "../assets.js";
import Handlebars from "handlebars";
import { formatDate } from "../domain/format.js";
import { TemplateError } from "./errors.js";
import { escapeMarkup, richTextToMarkup, richTextToPlain } from "./rich-text.js";
import { loadTerms, TERMS_FILE, type Terms, type TermValue } from "./istilah.js";


/** The templates shipped with rbdoc; a user folder given with --templates overrides them file by file. */
export const BUILTIN_TEMPLATES = BUILTIN_TEMPLATES_DIR;

export interface TemplateSet {
  render(name: string, context: unknown): string;
  /** Where each template came from, for error messages. */
  origin(name: string): string;
  /**
   * The words code puts in cells and rows (`templates/istilah.yaml`, a user's own laid over it key
   * by key); templates reach the same words with `{{istilah "kunci" nilai=…}}`.
   */
  terms: Terms;
}


export function loadTemplates(overrideDir?: string): TemplateSet {
  const files = new Map<string, string>();
  const builtinTerms: { path?: string } = {};
  collect(BUILTIN_TEMPLATES, files, builtinTerms);
  const userTerms: { path?: string } = {};
  if (overrideDir) {
    if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
      throw new TemplateError(`folder templat '${overrideDir}' tidak ditemukan`);
    }
    collect(resolve(overrideDir), files, userTerms);
  }
  if (!builtinTerms.path) throw new TemplateError(`berkas istilah ${join(BUILTIN_TEMPLATES, TERMS_FILE)} tidak ditemukan`);
  const terms = loadTerms(
    { path: builtinTerms.path, source: readTemplate(builtinTerms.path) },
    userTerms.path ? { path: userTerms.path, source: readTemplate(userTerms.path) } : undefined,
  );
  const hb = Handlebars.create();
  registerHelpers(hb, terms);
  for (const [name, path] of files) {
    if (!name.startsWith("partials/")) continue;
    const source = readTemplate(path);
    // Parsed here, under its own file name, so a syntax error names the partial and its line.
    try {
      hb.parse(source);
    } catch (error) {
      throw new TemplateError(`templat ${path}: ${(error as Error).message.split("\n")[0]}`);
    }
    hb.registerPartial(name.slice("partials/".length), source);
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    terms,
    origin: (name) => files.get(name) ?? name,
    render(name, context) {
      const path = files.get(name);
      if (!path) throw new TemplateError(`templat '${name}' tidak ditemukan`);
      let template = compiled.get(name);
      if (!template) {
        template = hb.compile(readTemplate(path), { strict: false, noEscape: false });
        compiled.set(name, template);
      }
      try {
        return template(context);
      } catch (error) {
        throw new TemplateError(`templat ${path}: ${(error as Error).message}`);
      }
    },
  };
}

/**
 * Names are paths relative to the templates folder without ".hbs": "perwali", "partials/blok".
 * A templates folder is untrusted like data: a link that leads out of it, or in a loop, is refused.
 */
function collect(root: string, into: Map<string, string>, terms: { path?: string }, dir = root): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    throw new TemplateError(`folder templat ${dir} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code})`);
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    const found = resolveInside(root, relative(root, path));
    if (!found.ok) {
      const why = {
        outside: `menunjuk ke luar folder templat; rbdoc hanya membaca berkas di dalamnya`,
        loop: "tautan simbolik berputar-putar",
        missing: "tautan simbolik putus",
        "not-a-file": "bukan berkas biasa",
        unreadable: "tidak dapat dibaca",
      }[found.reason];
      throw new TemplateError(`templat ${path}: ${why}`);
    }
    if (found.directory) collect(root, into, terms, path);
    else if (dir === root && entry === TERMS_FILE) terms.path = path;
    else if (entry.endsWith(".hbs")) into.set(relative(root, path).replace(/\\/g, "/").replace(/\.hbs$/, ""), path);
  }
}

function readTemplate(path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    throw new TemplateError(`templat ${path}: ${error instanceof TypeError ? "bukan teks UTF-8" : `tidak dapat dibaca (${(error as NodeJS.ErrnoException).code})`}`);
  }
}

function registerHelpers(hb: typeof Handlebars, terms: Terms): void {
  // A term of istilah.yaml, its placeholders filled from the hash: {{istilah "evaluasi.komponen_belum_lengkap" dinilai=3 daun=5}}.
  hb.registerHelper("istilah", (key: unknown, options: Handlebars.HelperOptions) => {
    if (typeof key !== "string") throw new TemplateError(`{{istilah}} memerlukan kunci berupa teks, bukan ${String(key)}`);
    return terms.text(key, options.hash as Record<string, TermValue>);
  });
  hb.registerHelper("rich", (text: unknown) => new hb.SafeString(richTextToMarkup(String(text ?? ""))));
  hb.registerHelper("plain", (text: unknown) => new hb.SafeString(escapeMarkup(richTextToPlain(String(text ?? "")))));
  hb.registerHelper("date", (iso: unknown) => formatDate(String(iso)));
  hb.registerHelper("upper", (text: unknown) => String(text ?? "").toLocaleUpperCase("id"));
  hb.registerHelper("jabatanLines", (text: unknown) => jabatanLines(String(text ?? "")));
  hb.registerHelper("judulBaris", (text: unknown, widthMm: unknown) => titleLines(String(text ?? ""), Number(widthMm)));
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hb.registerHelper("or", (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  // The first value given that is set: a parameter, else its default.
  hb.registerHelper("either", (...args: unknown[]) => args.slice(0, -1).find(Boolean));
  hb.registerHelper("concat", (...args: unknown[]) => args.slice(0, -1).map(String).join(""));
  hb.registerHelper("add", (a: unknown, b: unknown) => Number(a) + Number(b));
  // A list in prose: each item as the block writes it, joined by `sep`, the last by `last`
  // ({{#rangkai items sep=", " last=" dan "}}…{{/rangkai}}); the words stay in the template.
  hb.registerHelper("rangkai", (items: unknown, options: Handlebars.HelperOptions) => {
    const parts = (Array.isArray(items) ? items : []).map((item: unknown) => options.fn(item));
    const sep = String(options.hash.sep ?? ", ");
    const last = String(options.hash.last ?? sep);
    return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(sep)}${last}${parts.at(-1)}`;
  });
  // A prose signature names its signer as "kepala-daerah", "sekretaris-daerah" or in full.
  hb.registerHelper("penandaTangan", (who: unknown, options: Handlebars.HelperOptions) => {
    if (typeof who !== "string") return who;
    const signers = (options.data.root as { regulasi?: { penandaTangan?: Record<string, unknown> } }).regulasi?.penandaTangan ?? {};
    return signers[who.replace("-", "_")];
  });
  // Chart-spec templates write JSON, not markup: data goes in as JSON text, unescaped.
  hb.registerHelper("json", (value: unknown) => new hb.SafeString(JSON.stringify(value ?? null)));
}

/**
 * A regulation's title as its lines: the period ("Tahun 2020-2024") on a line of its own, as
 * drafting practice breaks it, when the rest fits one line of `widthMm` in 12 pt bold capitals.
 * A longer title wraps by itself, rather than leave its last word alone above the period.
 */
export function titleLines(text: string, widthMm: number): string[] {
  const m = /^(.*\S)\s+(tahun\s+\d{4}(\s*[-–]\s*\d{4})?)$/i.exec(text.trim());
  if (!m) return [text];
  const fits = !(widthMm > 0) || textWidthOf(m[1].toLocaleUpperCase("id"), 12, false, true) <= pt(widthMm) * 0.98;
  return fits ? [m[1], m[2]] : [text];
}

/**
 * A signatory's jabatan as signature lines: one line per line of the data ("Plt. BUPATI SUKAMAJU"
 * above "WAKIL BUPATI"), in capitals except the acting-official marks Plt., Pj., Plh. and a.n.,
 * which keep the case the data gives them.
 */
export function jabatanLines(text: string): string[] {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((line, i) => {
    const m = /^((?:Plt\.|Pj\.|Plh\.|a\.n\.)\s+)?(.*)$/i.exec(line)!;
    // A comma closes a jabatan: after the last line, and after an acting official's own line
    // ("Plt. BUPATI SUKAMAJU," above "WAKIL BUPATI SUKAMAJU,"). A long jabatan the data breaks by
    // hand ("SEKRETARIS DAERAH" / "KABUPATEN SUKAMAJU") takes one comma, at its end.
    const closes = i === lines.length - 1 || m[1] !== undefined;
    return `${m[1] ?? ""}${m[2].toLocaleUpperCase("id")}${closes ? "," : ""}`;
  });
}
