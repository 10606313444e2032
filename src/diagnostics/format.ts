import type { Diagnostic, Language } from "./diagnostic.js";

const LABELS = {
  id: { error: "galat", warning: "peringatan", field: "kolom" },
  en: { error: "error", warning: "warning", field: "field" },
} as const;

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === "number") return `${acc}[${part}]`;
    return acc === "" ? part : `${acc}.${part}`;
  }, "");
}

/** `file:line:col: galat: message (kolom: a.b[2])`, the shape editors and terminals link to. */
export function formatDiagnostic(d: Diagnostic, lang: Language): string {
  const where = d.sheet !== undefined
    ? [d.file, d.sheet, d.cell].filter((x) => x !== undefined).join(" › ")
    : [d.file, d.line, d.column].filter((x) => x !== undefined).join(":");
  const labels = LABELS[lang];
  const field = d.path.length > 0 ? ` (${labels.field}: ${formatPath(d.path)})` : "";
  return `${where ? `${where}: ` : ""}${labels[d.severity]}: ${d.message[lang]}${field}`;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
