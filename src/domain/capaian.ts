import { NOT_AVAILABLE, type RawValue, type ValueKind } from "../schema/values.js";
import { ANGKA, readAngka } from "./angka.js";
import { meets, parseTarget } from "./target.js";
import { interpretValue } from "./values.js";

/**
 * Capaian: how far the realisasi went towards the target, by the indicator's direction and the
 * target's kind. Every case gives a stated result; nothing here returns NaN or Infinity.
 */
export type Capaian =
  | { kind: "persen"; value: number }
  /** For a category scale: met or not, and by how many steps (positive: better than the target). */
  | { kind: "kategori"; met: boolean; steps: number }
  /** A threshold ("> 72"): met or not, and the realisasi against the bound by the direction. */
  | { kind: "ambang"; met: boolean; value: number }
  /** A range ("80 - 90", PermenPAN-RB 6/2022): 100 inside; outside, against the nearer bound. */
  | { kind: "rentang"; within: boolean; value: number }
  /** A score with its grade ("57/CC"): the score's capaian, and whether the grade was reached. */
  | { kind: "skor-predikat"; value: number; met?: boolean; predikatTercapai?: boolean }
  | { kind: "tidak-dihitung"; reason: AlasanTidakDihitung };

export type AlasanTidakDihitung = "belum-dilaporkan" | "realisasi-na" | "target-na" | "tanpa-target" | "target-nol" | "realisasi-nol" | "nilai-tidak-sah";

/** For `turun` (lower is better): LKjIP's (2 × target − realisasi) ÷ target, or target ÷ realisasi. */
export type RumusTurun = "2t-r" | "t/r";

export interface IndicatorTerms {
  jenis: ValueKind;
  arah: "naik" | "turun" | "capai";
  /** Categories best first: the kategori scale, or the grade scale of score/grade targets. */
  scale?: readonly string[];
}

export function hitungCapaian(ind: IndicatorTerms, target: RawValue | undefined, realisasi: RawValue | undefined, rumusTurun: RumusTurun = "2t-r"): Capaian {
  const none = (reason: AlasanTidakDihitung): Capaian => ({ kind: "tidak-dihitung", reason });
  // A target that is absent or n.a leaves nothing to measure against, reported or not.
  if (target === undefined) return none("tanpa-target");
  if (target === NOT_AVAILABLE) return none("target-na");
  if (realisasi === undefined) return none("belum-dilaporkan");
  if (realisasi === NOT_AVAILABLE) return none("realisasi-na");
  const parsed = parseTarget(target, ind);
  if (!parsed.ok) return none("nilai-tidak-sah");
  const t = parsed.target;
  const ratioTurun = (bound: number, r: number): number | AlasanTidakDihitung => {
    if (bound === 0) return "target-nol";
    if (rumusTurun === "t/r") return r === 0 ? "realisasi-nol" : (bound / r) * 100;
    return ((2 * bound - r) / bound) * 100;
  };
  const ratio = (bound: number, r: number): number | AlasanTidakDihitung => {
    if (bound === 0) return "target-nol";
    return ind.arah === "turun" ? ratioTurun(bound, r) : (r / bound) * 100;
  };
  const real = readRealisasi(realisasi);

  switch (t.kind) {
    case "nilai": {
      const tv = t.value;
      const r = interpretValue(realisasi, ind);
      if (!r.ok) return none("nilai-tidak-sah");
      const rv = r.value;
      if (tv.kind === "kategori" && rv.kind === "kategori") {
        const steps = tv.rank - rv.rank;
        return { kind: "kategori", met: steps >= 0, steps };
      }
      if ((tv.kind !== "angka" && tv.kind !== "persen") || (rv.kind !== "angka" && rv.kind !== "persen")) return none("nilai-tidak-sah");
      return finite(ratio(tv.value, rv.value), (value) => ({ kind: "persen", value }));
    }
    case "ambang": {
      if (real.skor === undefined) return none("nilai-tidak-sah");
      const r = real.skor;
      return finite(ratio(t.bound, r), (value) => ({ kind: "ambang", met: meets(r, t), value }));
    }
    case "rentang": {
      if (real.skor === undefined) return none("nilai-tidak-sah");
      const r = real.skor;
      if (r >= t.min && r <= t.max) return { kind: "rentang", within: true, value: 100 };
      // Outside the range, against the nearer bound by the indicator's direction: beyond the range on
      // the better side is over-achievement (above "80 - 90" for naik); on the worse side, or either
      // side for 'capai' (inflation in "1,5 - 3,5"), it falls short: 3,8 is 91,4%, not 108,6%.
      const above = r > t.max;
      const bound = above ? t.max : t.min;
      const lowerIsBetter = ind.arah === "turun" || (ind.arah === "capai" && above);
      return finite(lowerIsBetter ? ratioTurun(bound, r) : bound === 0 ? "target-nol" : (r / bound) * 100, (value) => ({ kind: "rentang", within: false, value }));
    }
    case "skor-predikat": {
      if (real.skor === undefined) return none("nilai-tidak-sah");
      const r = real.skor;
      const scale = ind.scale ?? [];
      const predikatTercapai = real.predikat === undefined || !scale.includes(real.predikat) ? undefined : scale.indexOf(real.predikat) <= scale.indexOf(t.predikat);
      const bound = typeof t.skor === "number" ? t.skor : t.skor.bound;
      const met = typeof t.skor === "number" ? undefined : meets(r, t.skor);
      return finite(ratio(bound, r), (value) => ({ kind: "skor-predikat", value, ...(met === undefined ? {} : { met }), ...(predikatTercapai === undefined ? {} : { predikatTercapai }) }));
    }
  }
}

/** The capaian as a percentage, where the kind gives one. */
export function capaianPersen(c: Capaian): number | undefined {
  return c.kind === "persen" || c.kind === "ambang" || c.kind === "rentang" || c.kind === "skor-predikat" ? c.value : undefined;
}

/** Whether the target was reached: by the threshold, the range, the category or the grade where the kind says. */
export function tercapai(c: Capaian): boolean | undefined {
  switch (c.kind) {
    case "persen":
      return c.value >= 100;
    case "kategori":
    case "ambang":
      return c.met;
    case "rentang":
      return c.within || c.value >= 100;
    case "skor-predikat":
      return (c.met ?? c.value >= 100) && c.predikatTercapai !== false;
    case "tidak-dihitung":
      return undefined;
  }
}

const REALISASI = new RegExp(String.raw`^(${ANGKA})\s*(?:\/\s*(\S.*))?$`);

/** A realised value as a number and, for "65,2/B", its grade; numbers are read by the one rule for text (`readAngka`). */
function readRealisasi(raw: RawValue): { skor?: number; predikat?: string } {
  if (typeof raw === "number") return { skor: raw };
  const m = REALISASI.exec(raw.trim());
  const skor = m ? readAngka(m[1]) : undefined;
  return m && skor?.ok ? { skor: skor.value, predikat: m[2]?.trim() } : {};
}

function finite(v: number | AlasanTidakDihitung, make: (value: number) => Capaian): Capaian {
  if (typeof v === "string") return { kind: "tidak-dihitung", reason: v };
  return Number.isFinite(v) ? make(v) : { kind: "tidak-dihitung", reason: "nilai-tidak-sah" };
}

/** A grade band: capaian at or above `min` (and below the band above it) gets `predikat`. */
export interface PredikatBand {
  min: number;
  predikat: string;
}

/** Permendagri 86/2017: ≥ 91 sangat tinggi, 76-90 tinggi, 66-75 sedang, 51-65 rendah, ≤ 50 sangat rendah. */
export const PREDIKAT_PERMENDAGRI_86_2017: readonly PredikatBand[] = [
  { min: 91, predikat: "sangat tinggi" },
  { min: 76, predikat: "tinggi" },
  { min: 66, predikat: "sedang" },
  { min: 51, predikat: "rendah" },
  { min: Number.NEGATIVE_INFINITY, predikat: "sangat rendah" },
];

export function predikatOf(capaian: Capaian, scale: readonly PredikatBand[] = PREDIKAT_PERMENDAGRI_86_2017): string | undefined {
  if (capaian.kind === "kategori") return capaian.met ? "tercapai" : "belum tercapai";
  if (capaian.kind === "tidak-dihitung") return undefined;
  const bands = [...scale].sort((a, b) => b.min - a.min);
  return bands.find((b) => capaian.value >= b.min)?.predikat ?? bands.at(-1)?.predikat;
}
