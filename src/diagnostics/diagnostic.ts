/** One problem found in the input, located in its source file. Collected, never thrown one by one. */
export interface Diagnostic {
  severity: "error" | "warning";
  /** File path as the user gave it (relative to the working directory when possible). */
  file?: string;
  line?: number;
  column?: number;
  /** In a spreadsheet: the sheet and the cell address ("F12"); `line`/`column` then hold its row and column. */
  sheet?: string;
  cell?: string;
  /** Path of the field inside the file, e.g. ["indikator", 0, "target", "2021"]. */
  path: (string | number)[];
  message: LocalizedText;
  /** A stable name for a kind of warning that a command may treat as an error (PLACEHOLDER_FIGURE). */
  code?: string;
}

/**
 * A figure the data marks as not available. validate warns; `rbdoc peraturan --edition salinan`
 * treats it as an error unless --izinkan-placeholder is given.
 */
export const PLACEHOLDER_FIGURE = "gambar-belum-tersedia";

/** A message in both languages the tool speaks; the reporter picks one. */
export interface LocalizedText {
  id: string;
  en: string;
}

export type Language = keyof LocalizedText;

export function text(id: string, en: string): LocalizedText {
  return { id, en };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Thrown when input is invalid; carries every problem found, so the user fixes them in one round. */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.filter((d) => d.severity === "error").length} masalah pada data`);
  }
}

/** Thrown for a wrong command line; maps to exit code 2. */
export class UsageError extends Error {}
