import { hasErrors, UsageError, type Diagnostic, type Language } from "../diagnostics/diagnostic.js";
import { validateDataDir, type ValidationResult } from "../data/validate.js";
import type { RoadMap } from "../schema/roadmap.js";
import { closest } from "../util/suggest.js";
import type { SetExitCode } from "./options.js";
import { reportDiagnostics } from "./report.js";

export type CheckedData = ValidationResult & { roadmap: RoadMap };

/**
 * What every document command does first: check the whole data folder, report every problem,
 * and stop with exit code 1 when there is an error. Warnings are reported and the command goes on.
 */
export function checkedData(
  dataDir: string,
  lang: Language,
  setExitCode: SetExitCode,
  options?: { monitoring?: boolean; /** Warnings of these codes are errors for this command. */ strict?: readonly string[] },
): CheckedData | undefined {
  const validation = validateDataDir(dataDir, options);
  const strict = new Set(options?.strict ?? []);
  const diagnostics = validation.diagnostics.map((d): Diagnostic => (d.code && strict.has(d.code) ? { ...d, severity: "error" } : d));
  reportDiagnostics(diagnostics, lang);
  if (!validation.roadmap || hasErrors(diagnostics)) {
    setExitCode(1);
    return undefined;
  }
  return { ...validation, diagnostics } as CheckedData;
}

/** PD ids from the command line, each one known, or a usage error with the nearest id. */
export function checkPdIds(rm: RoadMap, ids: readonly string[]): void {
  const known = rm.perangkat_daerah.map((p) => p.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const hint = closest(id, known);
    throw new UsageError(`Perangkat Daerah '${id}' tidak ada${hint ? ` (maksudnya '${hint}'?)` : ""}`);
  }
}

/** `--pd a,b --pd c` → ["a", "b", "c"]; undefined when not given. */
export function pdArgument(value: unknown): string[] | undefined {
  return (value as string[] | undefined)?.flatMap((p) => String(p).split(",")).map((p) => p.trim()).filter(Boolean);
}
