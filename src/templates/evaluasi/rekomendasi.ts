import { formatDate } from "../../domain/format.js";
import { lewatBatasWaktu } from "../../domain/tindak-lanjut.js";
import { singkatan, type Lingkup } from "./lingkup.js";

export interface RekomendasiBaris {
  tahun: number;
  uraian: string;
  pd: string;
  status: string;
  tindakLanjut: string;
  /** The later year that repeats it, whose status counts. */
  lanjutan?: number;
  terbuka: boolean;
}

export interface RatlBaris {
  tahun: number;
  uraian: string;
  rencana: string;
  pd: string;
  batasWaktu: string;
  /** The deadline as written, for the workbook's date cell. */
  batasIso?: string;
  status: string;
  lewatBatas: boolean;
}

/** A recommendation is the same one in every year that words it alike, whatever the case or spacing at its ends. */
const keyOf = (uraian: string) => uraian.trim().toLocaleLowerCase("id");

/**
 * Each year's recommendations. A recommendation repeated in a later year's evaluation is one
 * recommendation: its latest entry says whether it is still open, and the earlier ones point to it.
 */
export function rekomendasi(s: Lingkup): { baris: RekomendasiBaris[]; jumlah: number } {
  const latest = new Map<string, number>();
  for (const e of s.ev) for (const r of e.data.rekomendasi) latest.set(keyOf(r.uraian), Math.max(latest.get(keyOf(r.uraian)) ?? -Infinity, e.data.tahun));
  const baris = s.ev.flatMap((e) =>
    e.data.rekomendasi.map((r) => {
      const last = latest.get(keyOf(r.uraian))!;
      const lanjutan = last > e.data.tahun ? last : undefined;
      return { tahun: e.data.tahun, uraian: r.uraian, pd: pdList(s, r.pd), status: r.status, tindakLanjut: r.tindak_lanjut ?? "–", lanjutan, terbuka: lanjutan === undefined && r.status !== "selesai" };
    }),
  );
  return { baris, jumlah: latest.size };
}

/** RATL: each recommendation once, by its latest entry, against the document's date. */
export function ratl(s: Lingkup, created: string): RatlBaris[] {
  const latestEntry = new Map<string, { tahun: number; r: (typeof s.ev)[number]["data"]["rekomendasi"][number] }>();
  for (const e of s.ev) for (const r of e.data.rekomendasi) latestEntry.set(keyOf(r.uraian), { tahun: e.data.tahun, r });
  return [...latestEntry.values()].map(({ tahun, r }) => ({
    tahun,
    uraian: r.uraian,
    rencana: r.rencana_tindak_lanjut ?? "–",
    pd: pdList(s, r.pd),
    batasWaktu: r.batas_waktu ? formatDate(r.batas_waktu) : "–",
    batasIso: r.batas_waktu,
    status: r.status,
    lewatBatas: lewatBatasWaktu(r.batas_waktu, r.status, created),
  }));
}

function pdList(s: Lingkup, ids: readonly string[]): string {
  return ids.map((p) => singkatan(s, p)).join(", ") || "–";
}
