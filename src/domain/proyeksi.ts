import { NOT_AVAILABLE, type RawValue } from "../schema/values.js";
import { hitungCapaian, tercapai, type IndicatorTerms, type RumusTurun } from "./capaian.js";

/**
 * Whether an indicator is on course for the period's final target, by a rule a reader can check:
 * the yearly targets of the road map are its path to the final target, so an indicator is on
 * course when its latest realised value meets the target of that year. Where that year has no
 * target ("n.a"), a least-squares line through the realised numbers (at least two years) is
 * carried to the final year and compared with the final target. The projection is given with
 * every numeric indicator that has two realised years, kept within what the measure can be.
 */
export type Arah =
  | { status: "sesuai" | "tidak-sesuai"; dasar: "target-tahun"; tahun: number; proyeksi?: number }
  | { status: "sesuai" | "tidak-sesuai"; dasar: "proyeksi"; proyeksi: number }
  | { status: "data-belum-cukup"; alasan: "target-akhir-na" | "belum-ada-realisasi" | "realisasi-kurang"; proyeksi?: number };

export interface ProjectionTerms extends IndicatorTerms {
  /** What the measure can be, [lowest, highest]; by default 0-100 for a percentage and at least 0 otherwise. */
  rentang?: readonly [number, number];
}

export interface YearValue {
  tahun: number;
  nilai: RawValue | undefined;
  target: RawValue | undefined;
}

export function proyeksiTarget(ind: ProjectionTerms, years: readonly YearValue[], targetAkhir: RawValue | undefined, tahunAkhir: number, rumus: RumusTurun = "2t-r"): Arah {
  const known = years.filter((r) => r.nilai !== undefined && r.nilai !== NOT_AVAILABLE) as (YearValue & { nilai: RawValue })[];
  const points = ind.jenis === "kategori" ? [] : known.filter((r) => typeof r.nilai === "number").map((r) => [r.tahun, r.nilai as number] as const);
  const proyeksi = points.length >= 2 ? withinRange(linearAt(points, tahunAkhir), ind) : undefined;
  const withProjection = proyeksi === undefined ? {} : { proyeksi };

  const last = known.at(-1);
  if (!last) return { status: "data-belum-cukup", alasan: "belum-ada-realisasi" };
  if (last.target !== undefined && last.target !== NOT_AVAILABLE) {
    const met = tercapai(hitungCapaian(ind, last.target, last.nilai, rumus));
    if (met !== undefined) return { status: met ? "sesuai" : "tidak-sesuai", dasar: "target-tahun", tahun: last.tahun, ...withProjection };
  }
  if (targetAkhir === undefined || targetAkhir === NOT_AVAILABLE) return { status: "data-belum-cukup", alasan: "target-akhir-na", ...withProjection };
  if (proyeksi === undefined) return { status: "data-belum-cukup", alasan: "realisasi-kurang" };
  const met = tercapai(hitungCapaian(ind, targetAkhir, proyeksi, rumus)) ?? false;
  return { status: met ? "sesuai" : "tidak-sesuai", dasar: "proyeksi", proyeksi };
}

/** The measure's range: stated in the data, or 0-100 for a percentage, or 0 upwards. */
export function rangeOf(ind: { jenis: string; rentang?: readonly [number, number] }): readonly [number, number] {
  return ind.rentang ?? (ind.jenis === "persen" ? [0, 100] : [0, Number.POSITIVE_INFINITY]);
}

/** A line runs on past what the measure can be: an index of 0-5 is never projected at 5,33. */
export function withinRange(x: number, ind: { jenis: string; rentang?: readonly [number, number] }): number {
  const [min, max] = rangeOf(ind);
  return Math.min(max, Math.max(min, x));
}

/** The least-squares line through the points, evaluated at x. */
export function linearAt(points: readonly (readonly [number, number])[], x: number): number {
  const n = points.length;
  const mx = points.reduce((s, [a]) => s + a, 0) / n;
  const my = points.reduce((s, [, b]) => s + b, 0) / n;
  const sxx = points.reduce((s, [a]) => s + (a - mx) ** 2, 0);
  const sxy = points.reduce((s, [a, b]) => s + (a - mx) * (b - my), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return my + slope * (x - mx);
}
