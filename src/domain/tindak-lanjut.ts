import type { EvaluasiTahun } from "../schema/evaluasi.js";

type RekomendasiTim = EvaluasiTahun["rekomendasi_tim"][number];

/**
 * A follow-up plan item is overdue when its deadline has passed on `tanggal` (the document's date,
 * YYYY-MM-DD) and it is not finished. A plan without a deadline is never overdue.
 */
export function lewatBatasWaktu(batasWaktu: string | undefined, status: string, tanggal: string): boolean {
  return batasWaktu !== undefined && batasWaktu < tanggal && status !== "selesai";
}

/**
 * What the Tim decided for a finding: the entries for this item (`id`), else those for the whole
 * kind of finding (no id). Empty when the Tim decided nothing, and the template's default applies.
 */
export function tindakLanjutTim(entries: readonly RekomendasiTim[], temuan: RekomendasiTim["temuan"], id?: string): string[] {
  const own = id === undefined ? [] : entries.filter((e) => e.temuan === temuan && e.id === id);
  return (own.length > 0 ? own : entries.filter((e) => e.temuan === temuan && e.id === undefined)).map((e) => e.uraian);
}
