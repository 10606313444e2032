import type { Diagnostic, Language } from "../diagnostics/diagnostic.js";
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
