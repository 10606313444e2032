import { scoreInstrument } from "../../domain/evaluasi-rb.js";
import { formatNumber } from "../../domain/format.js";
import type { DataTable } from "../../model/data-table.js";
import { round } from "../../util/text.js";
import { fmt2, signed, type Lingkup } from "./lingkup.js";

export interface NilaiRbTahun {
  tahun: number;
  instrumen: string;
  dasar: string;
  sumberResmi: string;
  bagian: {
    nama: string;
    mandiri: string;
    resmi: string;
    selisih: string;
    predikatMandiri: string;
    predikatResmi: string;
    gerak: string;
    bobot: string;
    baris: { nama: string; indent: number; bobot: string; bobotDiasumsikan: boolean; mandiri: string; resmi: string; selisih: string }[];
    asumsi: string[];
  }[];
}

/** RB evaluation scores, year by year, with the movement of each part's total. */
export function nilaiRb(s: Lingkup): { nilaiRb: NilaiRbTahun[]; grafik: object[]; rows: DataTable["rows"] } {
  const { terms } = s;
  const rows: DataTable["rows"] = [];
  const grafik: object[] = [];
  const previous = new Map<string, { mandiri?: number; resmi?: number }>();
  const nilai = s.ev.map((e) => {
    const parts = scoreInstrument(e.instrumen, e.data.penilaian_mandiri, e.data.resmi);
    return {
      tahun: e.data.tahun,
      instrumen: e.instrumen.nama,
      dasar: e.instrumen.dasar,
      sumberResmi: e.data.sumber_resmi ?? "",
      bagian: parts.map((b) => {
        const prev = previous.get(`${e.instrumen.id}|${b.id}`);
        previous.set(`${e.instrumen.id}|${b.id}`, { mandiri: b.mandiri, resmi: b.resmi });
        const now = b.resmi ?? b.mandiri;
        const before = prev ? (prev.resmi ?? prev.mandiri) : undefined;
        if (b.mandiri !== undefined) grafik.push({ tahun: String(e.data.tahun), bagian: b.nama, seri: "Penilaian mandiri", nilai: round(b.mandiri, 2), label: fmt2(b.mandiri) });
        if (b.resmi !== undefined) grafik.push({ tahun: String(e.data.tahun), bagian: b.nama, seri: "Nilai resmi", nilai: round(b.resmi, 2), label: fmt2(b.resmi) });
        for (const n of b.nodes) rows.push([e.data.tahun, e.instrumen.id, b.nama, n.nama, n.depth, n.bobot, n.mandiri ?? null, n.resmi ?? null, n.selisih ?? null, n.bobotDiasumsikan ? terms.text("evaluasi.bobot_asumsi") : null]);
        rows.push([e.data.tahun, e.instrumen.id, b.nama, terms.text("evaluasi.total_bagian", { bagian: b.nama }), -1, b.total, b.mandiri ?? null, b.resmi ?? null, b.selisih ?? null, null]);
        return {
          nama: b.nama,
          mandiri: b.mandiri === undefined ? terms.text("evaluasi.komponen_belum_lengkap", { dinilai: b.dinilai, daun: b.daun }) : fmt2(b.mandiri),
          resmi: fmt2(b.resmi),
          selisih: b.selisih === undefined ? "–" : signed(b.selisih),
          predikatMandiri: b.predikatMandiri ?? "–",
          predikatResmi: b.predikatResmi ?? "–",
          gerak: now === undefined || before === undefined ? "–" : signed(now - before),
          // The total's weight: what the top-level komponen weigh together (100 in PMPRB).
          bobot: formatNumber(b.nodes.filter((n) => n.depth === 0).reduce((t, n) => t + n.bobot, 0), 2),
          baris: b.nodes.filter((n) => n.depth <= 1).map((n) => ({ nama: n.nama, indent: n.depth * 4, bobot: formatNumber(n.bobot, 2), bobotDiasumsikan: n.bobotDiasumsikan, mandiri: fmt2(n.mandiri), resmi: fmt2(n.resmi), selisih: n.selisih === undefined ? "–" : signed(n.selisih) })),
          // Whose sub-komponen weights are assumed, not published: said under the table.
          asumsi: b.asumsi,
        };
      }),
    };
  });
  return { nilaiRb: nilai, grafik, rows };
}
