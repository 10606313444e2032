import { text, type LocalizedText } from "../diagnostics/diagnostic.js";
import { readAngka, type BacaAngka } from "../domain/angka.js";
import { STATUS_AKSI, type StatusAksi } from "../schema/monitoring.js";
import { closest } from "../util/suggest.js";

/**
 * What a spreadsheet cell holds, whichever program saved it. Excel, LibreOffice and exceljs store
 * the same typed value in several shapes (rich text, a formula with its cached result, a hyperlink);
 * the parsers below see only these.
 */
export type Scalar =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** `percent`: the cell is formatted as a percentage, and `value` is the number it shows (see below). */
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "date"; iso: string }
  | { kind: "other"; shown: string };

/**
 * A number in a cell formatted as a percentage is read as the number the cell shows. A clerk who
 * types "50%" in the progress column sees 50% and means 50, but Excel and LibreOffice store 0.5
 * and switch the cell to a percentage format, which our 0-100 check in the form lets through.
 * Reading the stored 0.5 would record 0.5% without a word; refusing would reject what the clerk
 * plainly meant. So progress and indicator values take the shown number; a rupiah cell refuses it
 * (money is never a percentage), and messages quote it as shown ("140%").
 */
export function toScalar(value: unknown, numFmt?: string): Scalar {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string") {
    const t = value.replace(/\r\n?/g, "\n").trim();
    return t === "" ? { kind: "empty" } : { kind: "text", text: t };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "other", shown: String(value) };
    return isPercentFormat(numFmt) ? { kind: "number", value: Number((value * 100).toPrecision(15)), percent: true } : { kind: "number", value, percent: false };
  }
  if (typeof value === "boolean") return { kind: "other", shown: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { kind: "other", shown: "tanggal tidak sah" } : { kind: "date", iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) return toScalar(o.richText.map((r) => String((r as { text?: unknown }).text ?? "")).join(""));
    if ("formula" in o || "sharedFormula" in o) {
      return o.result === undefined ? { kind: "other", shown: "rumus tanpa nilai" } : toScalar(o.result, numFmt);
    }
    if ("hyperlink" in o) {
      const shown = toScalar(o.text);
      const link = typeof o.hyperlink === "string" ? o.hyperlink.trim() : "";
      return /^https?:\/\//i.test(link) ? { kind: "text", text: link } : shown;
    }
    if ("error" in o) return { kind: "other", shown: String(o.error) };
  }
  return { kind: "other", shown: String(value) };
}

/**
 * Whether a number format scales by 100: a % sign outside quoted text ("0.0%", "0%;[Red]-0%"), not
 * one shown as a literal (`0"%"`, `0\%`), a fill or spacing character (`*%`, `_%`) or inside
 * brackets (colours, conditions, locales).
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /%/.test(numFmt.replace(/"[^"]*"?|\\.|[_*].|\[[^\]]*\]?/g, ""));
}

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: LocalizedText };

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const bad = <T>(id: string, en: string): Parsed<T> => ({ ok: false, message: text(id, en) });

export function describeScalar(s: Scalar): string {
  switch (s.kind) {
    case "empty":
      return "sel kosong";
    case "text":
      return `'${s.text.length > 40 ? `${s.text.slice(0, 40)}…` : s.text}'`;
    case "number":
      return `${String(s.value).replace(".", ",")}${s.percent ? "%" : ""}`;
    case "date":
      return s.iso;
    case "other":
      return s.shown;
  }
}

export function parseText(s: Scalar): Parsed<string> {
  switch (s.kind) {
    case "empty":
      return ok(undefined);
    case "text":
      return ok(s.text);
    case "number":
      return ok(`${s.value}${s.percent ? "%" : ""}`);
    case "date":
      return ok(s.iso);
    case "other":
      return bad(`diharapkan teks, ditemukan ${s.shown}`, `expected text, found ${s.shown}`);
  }
}

export function parseStatus(s: Scalar): Parsed<StatusAksi> {
  if (s.kind === "empty") return ok(undefined);
  const raw = s.kind === "text" ? s.text : describeScalar(s);
  const norm = raw.toLocaleLowerCase("id").replace(/[\s_-]+/g, " ").trim();
  const found = STATUS_AKSI.find((x) => x === norm);
  if (found) return ok(found);
  const hint = closest(norm, STATUS_AKSI);
  const list = STATUS_AKSI.join(", ");
  return bad(
    `status '${raw}' tidak dikenal; ${hint ? `maksudnya '${hint}'?` : `pilih salah satu: ${list}`}`,
    `status '${raw}' is not known; ${hint ? `did you mean '${hint}'?` : `choose one of: ${list}`}`,
  );
}

/** "80", 80, "80%", "80,5", or a cell formatted as a percentage that shows 80%. */
export function parsePercent(s: Scalar): Parsed<number> {
  if (s.kind === "empty") return ok(undefined);
  let value: number | undefined;
  if (s.kind === "number") value = s.value;
  if (s.kind === "text") {
    const r = parseDecimal(s.text.replace(/%$/, ""));
    if (r && !r.ok) return { ok: false, message: r.message };
    value = r?.value;
  }
  if (value === undefined) return bad(`diharapkan angka 0-100, ditemukan ${describeScalar(s)}`, `expected a number 0-100, found ${describeScalar(s)}`);
  if (value < 0 || value > 100) return bad(`progres harus 0-100, ditemukan ${describeScalar(s)}`, `progress must be 0-100, found ${describeScalar(s)}`);
  return ok(value);
}

const MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

/** A real date cell, an Excel serial number, or text as 23/12/2021, 2021-12-23 or 23 Desember 2021. */
export function parseDate(s: Scalar): Parsed<string> {
  if (s.kind === "empty") return ok(undefined);
  if (s.kind === "date") return ok(s.iso);
  if (s.kind === "number" && !s.percent && Number.isInteger(s.value) && s.value > 20000 && s.value < 80000) {
    return ok(new Date(Date.UTC(1899, 11, 30) + s.value * 86_400_000).toISOString().slice(0, 10));
  }
  if (s.kind === "text") {
    const t = s.text.toLocaleLowerCase("id");
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return checkedDate(+m[1], +m[2], +m[3], s);
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) return checkedDate(+m[3], +m[2], +m[1], s);
    m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(t);
    if (m && MONTHS.includes(m[2])) return checkedDate(+m[3], MONTHS.indexOf(m[2]) + 1, +m[1], s);
  }
  return bad(`diharapkan tanggal (mis. 23/12/2021), ditemukan ${describeScalar(s)}`, `expected a date (e.g. 23/12/2021), found ${describeScalar(s)}`);
}

function checkedDate(y: number, m: number, d: number, s: Scalar): Parsed<string> {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return bad(`tanggal ${describeScalar(s)} tidak ada di kalender`, `date ${describeScalar(s)} does not exist`);
  }
  return ok(date.toISOString().slice(0, 10));
}

/** Whole rupiah: 1500000, "1.500.000", "Rp 1.500.000,00". */
export function parseRupiah(s: Scalar): Parsed<number> {
  if (s.kind === "empty") return ok(undefined);
  let value: number | undefined;
  if (s.kind === "number" && !s.percent) value = s.value;
  if (s.kind === "text") {
    const r = parseDecimal(s.text.replace(/^rp\.?\s*/i, ""));
    if (r?.ok) value = r.value;
  }
  if (value === undefined || !Number.isInteger(value) || value < 0 || !Number.isSafeInteger(value)) {
    return bad(`diharapkan rupiah bilangan bulat tanpa sen (mis. 1500000), ditemukan ${describeScalar(s)}`, `expected whole rupiah (e.g. 1500000), found ${describeScalar(s)}`);
  }
  return ok(value);
}

/**
 * A number typed as text in a cell ("65,5", "1.480", "1.480.000,5"), read by the one rule for
 * numbers in text (`readAngka`): a decimal comma, a thousands dot; "65.5" is refused with the
 * advice to write a comma. A cell holding a real number never comes here.
 */
export function parseDecimal(t: string): BacaAngka | undefined {
  return readAngka(t.replace(/\s/g, ""));
}
