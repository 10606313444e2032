import type { MonitoringFile } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { formatDate, formatNumber } from "../domain/format.js";
import { BELUM_DILAPORKAN } from "../domain/monitoring.js";
import { quickWinStatuses } from "../domain/quick-wins.js";
import { richTextToPlain } from "./rich-text.js";

/** One quick win as reported by one of its reporters, worded for the report's table. */
export interface QuickWinView {
  kode: string;
  /** "mandatory" (wajib) or "mandiri" (the PD's own). */
  wajib: boolean;
  uraian: string;
  nama: string;
  pd: string;
  status: string;
  progres: string;
  output: string;
  bukti: string;
  kendala: string;
  belumDilaporkan: boolean;
}

/** The quick wins of a report: all of them, or those one PD reports. */
export function quickWinViews(rm: RoadMap, data: MonitoringFile, pd: string | undefined): QuickWinView[] {
  const singkatan = new Map(rm.perangkat_daerah.map((p) => [p.id, p.singkatan]));
  return quickWinStatuses(rm, data)
    .filter((r) => pd === undefined || r.pd === pd)
    .map((r) => {
      const l = r.laporan;
      const bukti = (l?.bukti ?? []).map((b) => [b.jenis, b.nomor && `No. ${b.nomor}`, b.tanggal && formatDate(b.tanggal), b.berkas ?? b.tautan].filter(Boolean).join(", "));
      return {
        kode: r.entry.kode,
        wajib: r.entry.jenis === "mandatory",
        uraian: richTextToPlain(r.entry.uraian),
        nama: r.entry.nama ? richTextToPlain(r.entry.nama) : "",
        pd: singkatan.get(r.pd) ?? r.pd,
        status: r.status,
        progres: l ? `${formatNumber(l.progres)}%` : "–",
        output: l?.output ?? "–",
        bukti: bukti.length > 0 ? bukti.join("; ") : "–",
        kendala: l?.kendala ?? "–",
        belumDilaporkan: r.status === BELUM_DILAPORKAN,
      };
    });
}
