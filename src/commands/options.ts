import type { Options } from "yargs";
import type { Language } from "../diagnostics/diagnostic.js";

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
