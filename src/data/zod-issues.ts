import type { z } from "zod";
import { text, type LocalizedText } from "../diagnostics/diagnostic.js";
import { translateSchemaMessage } from "./schema-messages.js";

export interface FieldProblem {
  path: (string | number)[];
  message: LocalizedText;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Turns zod's issues into plain-language problems: what was expected and what was found. */
export function describeIssues(issues: readonly Issue[], basePath: (string | number)[] = []): FieldProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, basePath));
}

function describeIssue(issue: Issue, basePath: (string | number)[]): FieldProblem[] {
  const path = [...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const found = describeValue(issue.input);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) {
        return [{ path, message: text(`kolom wajib belum diisi (diharapkan ${typeName(issue.expected, "id")})`, `required field is missing (expected ${typeName(issue.expected, "en")})`) }];
      }
      // A schema that states what it expects in its own words (a Roman numeral, say) is quoted.
      if (issue.message && !issue.message.startsWith("Invalid input")) {
        const own = translateSchemaMessage(issue.message);
        return [{ path, message: text(`diharapkan ${own.id}, ditemukan ${found.id}`, `expected ${own.en}, found ${found.en}`) }];
      }
      return [{ path, message: text(`diharapkan ${typeName(issue.expected, "id")}, ditemukan ${found.id}`, `expected ${typeName(issue.expected, "en")}, found ${found.en}`) }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: text(`kolom '${key}' tidak dikenal (salah ketik?)`, `unknown field '${key}' (a typo?)`),
      }));
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return [{ path, message: text(`diharapkan salah satu dari ${allowed}, ditemukan ${found.id}`, `expected one of ${allowed}, found ${found.en}`) }];
    }
    case "too_small": {
      if (issue.origin === "array") {
        return [{ path, message: text(`daftar ini perlu paling sedikit ${issue.minimum} butir, ditemukan ${found.id}`, `this list needs at least ${issue.minimum} item(s), found ${found.en}`) }];
      }
      if (issue.origin === "string") {
        return [{ path, message: text("teks tidak boleh kosong", "text must not be empty") }];
      }
      return [{ path, message: text(`diharapkan paling kecil ${issue.minimum}, ditemukan ${found.id}`, `expected at least ${issue.minimum}, found ${found.en}`) }];
    }
    case "too_big":
      return [{ path, message: text(`diharapkan paling besar ${issue.maximum}, ditemukan ${found.id}`, `expected at most ${issue.maximum}, found ${found.en}`) }];
    case "invalid_union": {
      const branches = issue.errors as Issue[][];
      const best = closestBranch(branches);
      if (best) return describeIssues(best, path);
      const forms = expectedForms(branches);
      if (forms.length > 0) {
        const list = forms.map((f) => `'${f}'`).join(", ");
        return [{ path, message: text(`diharapkan satu kunci dari ${list}, ditemukan ${found.id}`, `expected one key of ${list}, found ${found.en}`) }];
      }
      return [{ path, message: text(`bentuk nilai tidak dikenal, ditemukan ${found.id}`, `unrecognised form of value, found ${found.en}`) }];
    }
    case "invalid_format":
    case "custom":
    default: {
      const m = translateSchemaMessage(issue.message);
      return [{ path, message: text(`${m.id}; ditemukan ${found.id}`, `${m.en}; found ${found.en}`) }];
    }
  }
}

/** Of a union's failed branches, the one the writer most likely meant: fewest, deepest problems. */
function closestBranch(branches: Issue[][]): Issue[] | undefined {
  const scored = branches
    .filter((b) => b.length > 0)
    .map((issues) => {
      const shallowKeys = issues.some((i) => i.code === "unrecognized_keys" && i.path.length === 0);
      const depth = Math.max(...issues.map((i) => i.path.length));
      return { issues, score: (shallowKeys ? 1000 : 0) + (depth === 0 ? 100 : 0) + issues.length };
    })
    .sort((a, b) => a.score - b.score);
  const best = scored[0];
  if (!best || best.score >= 1000) return undefined;
  return best.issues;
}

/** For a union of one-key mappings (prose blocks), the keys each form requires. */
function expectedForms(branches: Issue[][]): string[] {
  const keys = branches.flatMap((issues) =>
    issues.filter((i) => (i.code === "invalid_type" || i.code === "invalid_value") && i.input === undefined && i.path.length === 1).map((i) => String(i.path[0])),
  );
  return [...new Set(keys)];
}

function typeName(expected: string, lang: "id" | "en"): string {
  const id: Record<string, string> = {
    string: "teks",
    number: "angka",
    int: "bilangan bulat",
    boolean: "ya/tidak (true/false)",
    object: "pemetaan kunci: nilai",
    array: "daftar (- butir)",
  };
  const en: Record<string, string> = { object: "a mapping of key: value", array: "a list (- item)", int: "an integer" };
  return (lang === "id" ? id : en)[expected] ?? expected;
}

export function describeValue(value: unknown): LocalizedText {
  if (value === undefined) return text("tidak ada", "nothing");
  if (value === null) return text("kosong (null)", "empty (null)");
  if (Array.isArray(value)) return text(`daftar berisi ${value.length} butir`, `a list of ${value.length} item(s)`);
  if (typeof value === "object") {
    const keys = Object.keys(value).slice(0, 4).join(", ");
    return text(`pemetaan dengan kunci ${keys || "(kosong)"}`, `a mapping with keys ${keys || "(none)"}`);
  }
  const shown = JSON.stringify(value);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
  if (typeof value === "number") return text(`angka ${short}`, `the number ${short}`);
  if (typeof value === "string") return text(`teks ${short}`, `the text ${short}`);
  return text(short, short);
}
