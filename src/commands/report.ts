import type { Diagnostic, Language } from "../diagnostics/diagnostic.js";
import { TemplateError } from "../templates/errors.js";
import type { SetExitCode } from "./options.js";
import { formatDiagnostic, sortDiagnostics } from "../diagnostics/format.js";

/** Writes every diagnostic, then a one-line count, to stderr. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], lang: Language): void {
  for (const d of sortDiagnostics(diagnostics)) process.stderr.write(`${formatDiagnostic(d, lang)}\n`);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return;
  process.stderr.write(
    lang === "id" ? `${errors} galat, ${warnings} peringatan.\n` : `${errors} error(s), ${warnings} warning(s).\n`,
  );
}

/**
 * Runs the part of a command that renders templates: a broken user template is the user's input,
 * reported in one plain line with exit code 1, not an internal error.
 */
export async function withTemplateErrors(setExitCode: SetExitCode, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    process.stderr.write(`rbdoc: ${error.message}\n`);
    setExitCode(1);
  }
}
