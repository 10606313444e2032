import type { Argv, Options } from "yargs";
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

/** The arguments every command that reads a road-map folder takes: the folder, and the message language. */
export function dataDirArguments<T>(y: Argv<T>) {
  return y
    .positional("DATA_DIR", { type: "string", default: DEFAULT_DATA_DIR, describe: "folder data road map" })
    .option("lang", langOption);
}
