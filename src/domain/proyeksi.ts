import { NOT_AVAILABLE, type RawValue } from "../schema/values.js";
import { hitungCapaian, tercapai, type IndicatorTerms } from "./capaian.js";

/**
 * Whether an indicator is on course for the period's final target. The rule is stated so a reader
 * can check it: numbers are projected by a least-squares line through the realised values (at
 * least two years that are not "n.a"); a category is judged by its latest realised value.
 */
export type Arah =
  | { status: "sesuai"; proyeksi?: number; aturan: string }
  | { status: "tidak-sesuai"; proyeksi?: number; aturan: string }
  | { status: "data-belum-cukup"; aturan: string };

export function proyeksiTarget(ind: IndicatorTerms, realisasi: readonly { tahun: number; nilai: RawValue | undefined }[], targetAkhir: RawValue | undefined, tahunAkhir: number): Arah {
  const rule = "proyeksi garis lurus (kuadrat terkecil) dari realisasi tahun-tahun yang tersedia";
  if (targetAkhir === undefined || targetAkhir === NOT_AVAILABLE) return { status: "data-belum-cukup", aturan: "target akhir periode tidak tersedia" };
  const known = realisasi.filter((r) => r.nilai !== undefined && r.nilai !== NOT_AVAILABLE) as { tahun: number; nilai: RawValue }[];
  if (ind.jenis === "kategori") {
    const last = known.at(-1);
    if (!last) return { status: "data-belum-cukup", aturan: "belum ada realisasi" };
    const c = hitungCapaian(ind, targetAkhir, last.nilai);
    const aturan = `kategori: realisasi terakhir (${last.tahun}) dibandingkan target akhir`;
    return c.kind === "kategori" && c.met ? { status: "sesuai", aturan } : { status: "tidak-sesuai", aturan };
  }
  const points = known.filter((r) => typeof r.nilai === "number") as { tahun: number; nilai: number }[];
  if (points.length < 2) return { status: "data-belum-cukup", aturan: `${rule}; diperlukan paling sedikit 2 tahun, tersedia ${points.length}` };
  const line = linearAt(points.map((p) => [p.tahun, p.nilai] as const), tahunAkhir);
  // A line runs on past what the measure can be: a percentage stays within 0-100, and no RB
  // indicator (an index, a score, a count) goes below 0.
  const proyeksi = Math.max(0, ind.jenis === "persen" ? Math.min(100, line) : line);
  const c = hitungCapaian(ind, targetAkhir, proyeksi);
  const met = tercapai(c) ?? false;
  const bounded = proyeksi !== line ? `; dibatasi pada ${ind.jenis === "persen" ? "0-100" : "paling kecil 0"}` : "";
  return { status: met ? "sesuai" : "tidak-sesuai", proyeksi, aturan: `${rule}${bounded}` };
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
