import { formatDate, formatNumber } from "../domain/format.js";
import { BELUM_DILAPORKAN, type StatusLaporan } from "../domain/monitoring.js";
import type { LaporanAksi } from "../schema/monitoring.js";

/** What a PD reported on one duty (a rencana aksi or a quick win), as the report's tables print it. */
export interface DilaporkanView {
  status: string;
  progres: string;
  output: string;
  bukti: string;
  kendala: string;
  belumDilaporkan: boolean;
}

/** One row's reported columns; a duty nobody reported reads "–" in each. Shared by rencana aksi and quick wins. */
export function dilaporkanView(status: StatusLaporan, l: LaporanAksi | undefined): DilaporkanView {
  const bukti = (l?.bukti ?? []).map((b) => [b.jenis, b.nomor && `No. ${b.nomor}`, b.tanggal && formatDate(b.tanggal), b.berkas ?? b.tautan].filter(Boolean).join(", "));
  return {
    status,
    progres: l ? `${formatNumber(l.progres)}%` : "–",
    output: l?.output ?? "–",
    bukti: bukti.length > 0 ? bukti.join("; ") : "–",
    kendala: l?.kendala ?? "–",
    belumDilaporkan: status === BELUM_DILAPORKAN,
  };
}
