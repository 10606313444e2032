import type { RoadMap } from "../schema/roadmap.js";
import { pemdaNames } from "./pemda.js";

/**
 * One regulation a report rests on: a citation as the data writes it (`teks`, rich text), or the
 * road map's own regulation as its parts (`regulasi`), which the template words.
 */
export interface DasarHukum {
  teks?: string;
  regulasi?: { jenis: string; nomor: string | number; tahun: number; tentang: string; beritaDaerah: { daerah: string; tahun: number; nomor: string | number; seri?: string } };
}

/** A citation about Reformasi Birokrasi: its title (after "tentang") names it, not only its issuer (Menteri PAN dan RB). */
export function tentangReformasiBirokrasi(citation: string): boolean {
  const i = citation.search(/\btentang\b/i);
  return i >= 0 && /reformasi\s+birokrasi/i.test(citation.slice(i).replace(/\*/g, ""));
}

/** "Nomor 9 Tahun 2023", the key two citations of one regulation share however else they are written. */
function nomorTahun(citation: string): string[] {
  return [...citation.matchAll(/nomor\s+([^\s,;]+)\s+tahun\s+(\d{4})/gi)].map((m) => `${m[1].toLowerCase()}/${m[2]}`);
}

const trimEnd = (s: string) => s.trim().replace(/[;.,\s]+$/, "").replace(/^(dan|serta)\s+/i, "");

/**
 * The Dasar Hukum of the Laporan Pelaksanaan and the Ringkasan Evaluasi. The data's list
 * (`laporan_pelaksanaan.dasar_hukum`) when it has one; else the regulation's `mengingat` entries
 * whose title names Reformasi Birokrasi, in their order, then the road map's own regulation.
 * `tambahan` (an evaluation instrument's basis) is put before the road map's regulation unless a
 * listed citation already has its number and year.
 */
export function dasarHukum(rm: RoadMap, tambahan: readonly string[] = []): DasarHukum[] {
  const own = rm.laporan_pelaksanaan?.dasar_hukum;
  const national: DasarHukum[] = (own ?? rm.regulasi.mengingat.filter(tentangReformasiBirokrasi)).map((t) => ({ teks: trimEnd(t) }));
  const known = new Set(national.flatMap((d) => nomorTahun(d.teks!)));
  for (const t of tambahan) {
    const keys = nomorTahun(t);
    if (keys.length > 0 && keys.some((k) => known.has(k))) continue;
    if (national.some((d) => d.teks === trimEnd(t))) continue;
    keys.forEach((k) => known.add(k));
    national.push({ teks: trimEnd(t) });
  }
  if (own) return national;
  const reg = rm.regulasi;
  const names = pemdaNames(rm.pemda, reg.jenis);
  return [
    ...national,
    {
      regulasi: {
        jenis: names.regulasi,
        nomor: reg.nomor,
        tahun: reg.tahun,
        tentang: reg.tentang,
        beritaDaerah: { daerah: names.daerah, tahun: reg.berita_daerah.tahun, nomor: reg.berita_daerah.nomor, ...(reg.berita_daerah.seri ? { seri: reg.berita_daerah.seri } : {}) },
      },
    },
  ];
}
