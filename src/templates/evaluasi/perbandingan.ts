import { formatRawValue } from "../../domain/format.js";
import { indexIndicators } from "../../domain/rencana-aksi.js";
import { richTextToPlain } from "../rich-text.js";
import type { Lingkup } from "./lingkup.js";

/** The previous period's indicators beside their counterpart in this one; those without one are listed. */
export interface Perbandingan {
  ada: boolean;
  periode: string;
  baris: { nama: string; padanan: string; target: string; realisasi: string; sekarang: string }[];
  tanpaPadanan: string[];
}

/**
 * The previous period's Tabel 2.1 beside this period's realisasi. A previous indicator is matched
 * by the key stated in the data ('padanan'), else by the same id, else by the same name; those
 * that match nothing are listed by name.
 */
export function perbandingan(s: Lingkup): Perbandingan {
  const prevEval = s.rm.evaluasi_sebelumnya;
  const current = indexIndicators(s.rm);
  const byName = new Map([...current].map(([id, e]) => [normalName(richTextToPlain(e.indikator.nama)), id]));
  const baris: Perbandingan["baris"] = [];
  const tanpaPadanan: string[] = [];
  for (const pi of prevEval?.sasaran.flatMap((x) => x.indikator) ?? []) {
    const id = pi.padanan ?? (current.has(pi.id) ? pi.id : byName.get(normalName(richTextToPlain(pi.nama))));
    const match = id === undefined ? undefined : current.get(id);
    if (!match || id === undefined) {
      tanpaPadanan.push(richTextToPlain(pi.nama));
      continue;
    }
    const now = s.years.map((y) => {
      const v = s.perYear.get(y)?.data.indikator[id]?.nilai;
      return `${y}: ${v === undefined ? s.terms.text("evaluasi.belum_dilaporkan") : formatRawValue(v, match.indikator)}`;
    });
    baris.push({ nama: richTextToPlain(pi.nama), padanan: richTextToPlain(match.indikator.nama), target: formatRawValue(pi.target, pi), realisasi: pi.realisasi ? formatRawValue(pi.realisasi.nilai, pi) : "–", sekarang: now.join("; ") || "–" });
  }
  return { ada: baris.length > 0 || tanpaPadanan.length > 0, periode: prevEval ? `${prevEval.periode.mulai}-${prevEval.periode.selesai}` : "", baris, tanpaPadanan };
}

/** Names compared without case, spacing or punctuation at the ends. */
function normalName(s: string): string {
  return s.toLocaleLowerCase("id").replace(/\s+/g, " ").replace(/^[\s.;:,]+|[\s.;:,]+$/g, "");
}
