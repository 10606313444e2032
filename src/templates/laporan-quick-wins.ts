import type { MonitoringFile } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { quickWinStatuses } from "../domain/quick-wins.js";
import { richTextToPlain } from "./rich-text.js";
import { dilaporkanView, type DilaporkanView } from "./laporan-baris.js";

/** One quick win as reported by one of its reporters, worded for the report's table. */
export interface QuickWinView extends DilaporkanView {
  kode: string;
  /** "mandatory" (wajib) or "mandiri" (the PD's own). */
  wajib: boolean;
  uraian: string;
  nama: string;
  pd: string;
}

/** The quick wins of a report: all of them, or those one PD reports. */
export function quickWinViews(rm: RoadMap, data: MonitoringFile, pd: string | undefined): QuickWinView[] {
  const singkatan = new Map(rm.perangkat_daerah.map((p) => [p.id, p.singkatan]));
  return quickWinStatuses(rm, data)
    .filter((r) => pd === undefined || r.pd === pd)
    .map((r) => ({
      kode: r.entry.kode,
      wajib: r.entry.jenis === "mandatory",
      uraian: richTextToPlain(r.entry.uraian),
      nama: r.entry.nama ? richTextToPlain(r.entry.nama) : "",
      pd: singkatan.get(r.pd) ?? r.pd,
      ...dilaporkanView(r.status, r.laporan),
    }));
}
