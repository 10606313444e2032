import { NOT_AVAILABLE, type RawValue, type ValueKind } from "../schema/values.js";
import type { LocalizedText } from "../diagnostics/diagnostic.js";
import { ANGKA, readAngka } from "./angka.js";
import { interpretValue, type NotRead, type Value } from "./values.js";

/**
 * Targets as road maps write them. Besides a plain value (angka, persen, kategori, "n.a") a target
 * may be a threshold ("> 72", "≥ 3", "minimal 80"), a range ("80 - 90", PermenPAN-RB 6/2022), or a
 * score with its grade ("57/CC", "> 70/BB"). They are written as text in the data; the text is what
 * the documents print, and this is what calculations read.
 */
export type Comparator = ">" | "≥" | "<" | "≤";
export interface Threshold {
  op: Comparator;
  bound: number;
}

export type Target =
  | { kind: "nilai"; value: Value }
  | ({ kind: "ambang" } & Threshold)
  | { kind: "rentang"; min: number; max: number }
  | { kind: "skor-predikat"; skor: number | Threshold; predikat: string };

export interface TargetTerms {
  jenis: ValueKind;
  /** The category scale (kategori) or the grade scale of score/grade targets, best first. */
  scale?: readonly string[];
}

export type ParsedTarget = { ok: true; target: Target } | NotRead;

/** Numbers in targets follow the one rule for numbers in text (`readAngka`): "1.480,5", "72,5". */
const NUMBER = ANGKA;
const OPS: Record<string, Comparator> = { ">": ">", ">=": "≥", "≥": "≥", "<": "<", "<=": "≤", "≤": "≤", minimal: "≥", min: "≥", "min.": "≥", maksimal: "≤", maks: "≤", "maks.": "≤" };
const THRESHOLD = new RegExp(String.raw`^(>=|<=|≥|≤|>|<|minimal|min\.?|maksimal|maks\.?)\s*(${NUMBER})$`, "i");
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*[-–]\s*(${NUMBER})$`);

export function parseTarget(raw: RawValue, terms: TargetTerms): ParsedTarget {
  if (typeof raw === "number" || raw === NOT_AVAILABLE || terms.jenis === "kategori") {
    const v = interpretValue(raw, terms);
    return v.ok ? { ok: true, target: { kind: "nilai", value: v.value } } : v;
  }
  const text = raw.trim();
  // The first number written wrong ("1.48"), to say how to write it if nothing else fits.
  let wrong: LocalizedText | undefined;
  const num = (t: string): number | undefined => {
    const r = readAngka(t);
    if (r && !r.ok) wrong ??= r.message;
    return r?.ok ? r.value : undefined;
  };
  const slash = text.lastIndexOf("/");
  if (slash > 0) {
    const skor = parseThreshold(text.slice(0, slash).trim(), num) ?? num(text.slice(0, slash).trim());
    const predikat = text.slice(slash + 1).trim();
    if (skor !== undefined && predikat !== "") {
      if (!terms.scale?.includes(predikat)) {
        const list = terms.scale?.join(", ");
        return { ok: false, expected: list ? { id: `predikat dari skala ${list}`, en: `a grade on the scale ${list}` } : { id: "skala predikat pada indikator ('skala') untuk target skor/predikat", en: "a grade scale on the indicator ('skala') for a score/grade target" } };
      }
      return { ok: true, target: { kind: "skor-predikat", skor, predikat } };
    }
  }
  const threshold = parseThreshold(text, num);
  if (threshold) return { ok: true, target: { kind: "ambang", ...threshold } };
  const range = RANGE.exec(text);
  const [min, max] = range ? [num(range[1]), num(range[2])] : [];
  if (range && min !== undefined && max !== undefined) {
    if (min > max) return { ok: false, expected: { id: `rentang dari kecil ke besar (ditulis ${text})`, en: `a range from low to high (written ${text})` } };
    return { ok: true, target: { kind: "rentang", min, max } };
  }
  const asValue = interpretValue(raw, terms);
  if (asValue.ok) return { ok: true, target: { kind: "nilai", value: asValue.value } };
  const angka = wrong ?? asValue.angka;
  return {
    ok: false,
    ...(angka ? { angka } : {}),
    expected: {
      id: `${asValue.expected.id}, ambang seperti "> 72" atau "minimal 80", rentang seperti "80 - 90", atau skor/predikat seperti "57/CC"`,
      en: `${asValue.expected.en}, a threshold such as "> 72", a range such as "80 - 90", or a score/grade such as "57/CC"`,
    },
  };
}

/**
 * A realised value: a plain value of the indicator's kind, or for an indicator with a grade scale a
 * score with the grade it earned ("65,2/B").
 */
export function checkRealisasi(raw: RawValue, terms: TargetTerms): { ok: true } | NotRead {
  const plain = interpretValue(raw, terms);
  if (plain.ok) return { ok: true };
  if (typeof raw === "string" && terms.jenis !== "kategori") {
    const t = parseTarget(raw, terms);
    if (t.ok && t.target.kind === "skor-predikat" && typeof t.target.skor === "number") return { ok: true };
    if (!t.ok && raw.includes("/")) return t;
  }
  return plain;
}

function parseThreshold(text: string, num: (t: string) => number | undefined): Threshold | undefined {
  const m = THRESHOLD.exec(text);
  const bound = m ? num(m[2]) : undefined;
  return m && bound !== undefined ? { op: OPS[m[1].toLowerCase()], bound } : undefined;
}

export function meets(value: number, t: Threshold): boolean {
  switch (t.op) {
    case ">":
      return value > t.bound;
    case "≥":
      return value >= t.bound;
    case "<":
      return value < t.bound;
    case "≤":
      return value <= t.bound;
  }
}

/** A threshold that asks for more fits a higher-is-better indicator, and the other way round. */
export function fitsDirection(t: Target, arah: "naik" | "turun" | "capai"): boolean {
  const threshold = t.kind === "ambang" ? t : t.kind === "skor-predikat" && typeof t.skor !== "number" ? t.skor : undefined;
  if (!threshold || arah === "capai") return true;
  const wantsMore = threshold.op === ">" || threshold.op === "≥";
  return wantsMore === (arah === "naik");
}

/** The numbers a value or target states (a plain number, a threshold's bound, a range's ends, a score), for checks against the measure's range. */
export function numbersIn(raw: RawValue): number[] {
  if (typeof raw === "number") return [raw];
  const parsed = parseTarget(raw, { jenis: "angka" });
  if (!parsed.ok) {
    const score = new RegExp(String.raw`^(${NUMBER})\s*/`).exec(raw.trim());
    const n = score ? readAngka(score[1]) : undefined;
    return n?.ok ? [n.value] : [];
  }
  const t = parsed.target;
  switch (t.kind) {
    case "nilai":
      return t.value.kind === "angka" || t.value.kind === "persen" ? [t.value.value] : [];
    case "ambang":
      return [t.bound];
    case "rentang":
      return [t.min, t.max];
    case "skor-predikat":
      return [typeof t.skor === "number" ? t.skor : t.skor.bound];
  }
}
