import { NOT_AVAILABLE, type RawValue, type ValueKind } from "../schema/values.js";
import { interpretValue } from "./values.js";

/**
 * Capaian: how far the realisasi went towards the target, by the indicator's direction. Every case
 * gives a stated result; nothing here returns NaN or Infinity.
 */
export type Capaian =
  | { kind: "persen"; value: number }
  /** For a category scale: met or not, and by how many steps (positive: better than the target). */
  | { kind: "kategori"; met: boolean; steps: number }
  | { kind: "tidak-dihitung"; reason: AlasanTidakDihitung };

export type AlasanTidakDihitung = "belum-dilaporkan" | "realisasi-na" | "target-na" | "tanpa-target" | "target-nol" | "realisasi-nol" | "nilai-tidak-sah";

/** For `turun` (lower is better): LKjIP's (2 × target − realisasi) ÷ target, or target ÷ realisasi. */
export type RumusTurun = "2t-r" | "t/r";

export interface IndicatorTerms {
  jenis: ValueKind;
  arah: "naik" | "turun" | "capai";
  /** Categories best first. */
  scale?: readonly string[];
}

export function hitungCapaian(ind: IndicatorTerms, target: RawValue | undefined, realisasi: RawValue | undefined, rumusTurun: RumusTurun = "2t-r"): Capaian {
  const none = (reason: AlasanTidakDihitung): Capaian => ({ kind: "tidak-dihitung", reason });
  // A target that is absent or n.a leaves nothing to measure against, reported or not.
  if (target === undefined) return none("tanpa-target");
  if (target === NOT_AVAILABLE) return none("target-na");
  if (realisasi === undefined) return none("belum-dilaporkan");
  if (realisasi === NOT_AVAILABLE) return none("realisasi-na");
  const t = interpretValue(target, ind);
  const r = interpretValue(realisasi, ind);
  if (!t.ok || !r.ok) return none("nilai-tidak-sah");
  const tv = t.value;
  const rv = r.value;
  if (tv.kind === "kategori" && rv.kind === "kategori") {
    const steps = tv.rank - rv.rank;
    return { kind: "kategori", met: steps >= 0, steps };
  }
  if ((tv.kind !== "angka" && tv.kind !== "persen") || (rv.kind !== "angka" && rv.kind !== "persen")) return none("nilai-tidak-sah");
  if (tv.value === 0) return none("target-nol");
  let value: number;
  if (ind.arah === "turun") {
    if (rumusTurun === "t/r") {
      if (rv.value === 0) return none("realisasi-nol");
      value = (tv.value / rv.value) * 100;
    } else value = ((2 * tv.value - rv.value) / tv.value) * 100;
  } else value = (rv.value / tv.value) * 100;
  return Number.isFinite(value) ? { kind: "persen", value } : none("nilai-tidak-sah");
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
  if (capaian.kind !== "persen") return undefined;
  const bands = [...scale].sort((a, b) => b.min - a.min);
  return bands.find((b) => capaian.value >= b.min)?.predikat ?? bands.at(-1)?.predikat;
}
