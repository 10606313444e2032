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

const FORMATS = ["pdf", "docx"] as const;
export type Format = (typeof FORMATS)[number];

/** "pdf,docx" → the formats, or a usage error naming what is not known. */
export function parseFormats(value: string): Format[] {
  const list = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || list.length === 0) throw new UsageError(`format tidak dikenal: '${unknown.join(",") || value}' (pilih pdf, docx atau pdf,docx)`);
  return [...new Set(list)] as Format[];
}

/** A piece of a file name from data: "Kota Bau-Bau" → "kota-bau-bau". */
export function slug(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
