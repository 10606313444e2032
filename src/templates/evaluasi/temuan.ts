import { indexIndicators } from "../../domain/rencana-aksi.js";
import { tindakLanjutTim } from "../../domain/tindak-lanjut.js";
import type { IndikatorBagian, IndikatorEvaluasi } from "./indikator.js";
import { singkatan, type Lingkup } from "./lingkup.js";
import type { PenyelesaianBagian } from "./rencana-aksi.js";
import type { AksiTerlambat } from "./terlambat.js";

/** One kind of finding: every item (`daftar`), those the Tim decided a follow-up for, and the rest, which get the template's default. */
export interface TemuanJenis<T extends { tindakLanjut: string[] }> {
  daftar: T[];
  diputuskan: T[];
  bawaan: T[];
}

/**
 * Bab VI's findings, each named, with what the Tim decided for it (`tindakLanjut`, from the
 * evaluation data's `rekomendasi_tim`; empty: the template's default for the rule applies).
 */
export interface Temuan {
  indikator: TemuanJenis<{ nama: string; kelompok: string; dasar: IndikatorEvaluasi["dasar"]; pelapor: string; tindakLanjut: string[] }>;
  area: TemuanJenis<{ nama: string; persen: string; pokja: string; tindakLanjut: string[] }>;
  aksi: TemuanJenis<{ kode: string; aksi: string; pd: string; riwayat: string; tindakLanjut: string[] }>;
  rekomendasi: { terbuka: number; jumlah: number; lewatBatas: number; tindakLanjut: string[] };
}

function temuanJenis<T extends { tindakLanjut: string[] }>(daftar: T[]): TemuanJenis<T> {
  return { daftar, diputuskan: daftar.filter((t) => t.tindakLanjut.length > 0), bawaan: daftar.filter((t) => t.tindakLanjut.length === 0) };
}

/** The findings by the stated rules, with what the Tim decided for each, from the latest evaluation that says. */
export function temuan(
  s: Lingkup,
  parts: { indikator: IndikatorBagian; penyelesaian: PenyelesaianBagian; terlambat: AksiTerlambat[]; rekomendasi: { terbuka: number; jumlah: number; lewatBatas: number } },
): Temuan {
  const keputusan = [...s.ev].reverse().find((e) => e.data.rekomendasi_tim.length > 0)?.data.rekomendasi_tim ?? [];
  const pdList = (ids: readonly string[] | undefined) => (ids ?? []).map((p) => singkatan(s, p)).join(", ");
  const current = indexIndicators(s.rm);
  const pokjaOf = (areaId: string) => s.rm.tim.pokja.filter((p) => p.area.includes(areaId)).map((p) => p.nama).join("; ");
  const offCourse = parts.indikator.indikator.filter((i) => i.jalur === "tidak-sesuai");
  return {
    indikator: temuanJenis(
      offCourse.map((i) => {
        const id = parts.indikator.idOf.get(i)!;
        return { nama: i.nama, kelompok: i.kelompok, dasar: i.dasar, pelapor: pdList(current.get(id)?.indikator.pelapor), tindakLanjut: tindakLanjutTim(keputusan, "indikator", id) };
      }),
    ),
    area: temuanJenis(parts.penyelesaian.areaDiBawahAmbang.map((a) => ({ nama: s.labels.withGroup(a.id), persen: a.persen, pokja: pokjaOf(a.id), tindakLanjut: tindakLanjutTim(keputusan, "area", a.id) }))),
    aksi: temuanJenis(parts.terlambat.map((t) => ({ ...t, aksi: t.aksi.replace(/[\s;:,.]+$/, ""), tindakLanjut: tindakLanjutTim(keputusan, "aksi", t.kode) }))),
    rekomendasi: { ...parts.rekomendasi, tindakLanjut: tindakLanjutTim(keputusan, "rekomendasi") },
  };
}
