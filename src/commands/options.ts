import type { Argv, Options } from "yargs";
import { UsageError, type Language } from "../diagnostics/diagnostic.js";

export const DEFAULT_DATA_DIR = "data/probolinggo-2020-2024";

export const langOption: Options = {
  choices: ["id", "en"],
  default: "id",
  describe: "bahasa pesan (id: Bahasa Indonesia, en: English)",
};

export type SetExitCode = (code: number) => void;

export function asLanguage(value: unknown): Language {
  return value === "en" ? "en" : "id";
}

/** The arguments every command that reads a road-map folder takes: the folder, and the message language. */
export function dataDirArguments<T>(y: Argv<T>) {
  return y
    .positional("DATA_DIR", { type: "string", default: DEFAULT_DATA_DIR, describe: "folder data road map" })
    .option("lang", langOption);
}

const DOCUMENT_FORMATS = ["pdf", "docx"] as const;

/** The arguments every document-making command takes: which formats, where to, and whose templates.
 *  `templatesHint` says which files a replacement template folder may hold for this document. */
export function documentOutputArguments<T>(y: Argv<T>, formats: readonly string[], templatesHint: string) {
  return y
    .option("format", {
      type: "string",
      default: formats.join(","),
      describe: formats.length === 2 ? `format keluaran: ${formats.join(", ")} atau ${formats.join(",")}` : `format keluaran: ${formats.join(", ")}, dipisah koma`,
    })
    .option("out", { type: "string", default: "output", describe: "folder keluaran" })
    .option("templates", { type: "string", describe: `folder templat pengganti ${templatesHint}` })
    .option("cache", {
      type: "boolean",
      default: true,
      describe: "mulai tata letak PDF dari hasil proses sebelumnya untuk dokumen yang sama (disimpan di ~/.cache/rbdoc, atau RBDOC_CACHE_DIR; DOCX saja: nomor halaman daftar isi diambil dari sana tanpa tata letak); hasilnya sama persis, hanya lebih cepat. --no-cache: selalu dari awal",
    });
}

/** The layout cache, unless --no-cache; loaded only when a document is made. */
export async function layoutCacheFor(args: { [key: string]: unknown }) {
  if (args.cache === false) return undefined;
  const { LayoutCache } = await import("../output/layout-cache.js");
  return new LayoutCache();
}

/** "pdf,docx" → the formats, or a usage error naming what is not known and what is. */
export function parseFormats<F extends string = (typeof DOCUMENT_FORMATS)[number]>(value: string, allowed: readonly F[] = DOCUMENT_FORMATS as unknown as readonly F[]): F[] {
  const list = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((f) => !(allowed as readonly string[]).includes(f));
  if (unknown.length > 0 || list.length === 0) throw new UsageError(`format tidak dikenal: '${unknown.join(",") || value}' (pilih ${allowed.join(", ")}, atau beberapa dipisah koma)`);
  return [...new Set(list)] as F[];
}

/** A piece of a file name from data: "Kota Bau-Bau" → "kota-bau-bau". */
export function slug(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
