import type { Bukti, LaporanAksi, MonitoringFile } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { richTextToPlain } from "../templates/rich-text.js";
import { comparePeriode, type Periode } from "./periode.js";
import { quickWinStatuses } from "./quick-wins.js";
import { aksiStatuses } from "./monitoring.js";

/**
 * The evidence (data dukung) named in a period's monitoring, one entry per document cited, with
 * what an evaluator would reject it for. Pure: the Laporan's annex and its tests read the same.
 */

export type Flag =
  /** The same number, of the same kind of document, cited with another date or for another output. */
  | "nomor-ganda"
  /** The output reported is the planned output word for word: copied, not reported. */
  | "output-disalin"
  /** Dated after the PD's report was made. */
  | "setelah-laporan"
  /** Dated after the period's end. */
  | "setelah-periode"
  /** Dated before the action could start: before its first scheduled year, or while an earlier report of the year said it had not started. */
  | "sebelum-mulai";

export interface DukungRow {
  /** "aksi" or "quick-win", and its code. */
  jenis: "aksi" | "quick-win";
  kode: string;
  pd: string;
  /** The area, for an action; undefined for a quick win. */
  area?: string;
  bukti: Bukti;
  /** Index of the evidence within the record. */
  urut: number;
  flags: Flag[];
}

export interface DukungInput {
  rm: RoadMap;
  periode: Periode;
  data: MonitoringFile;
  /** Other periods of the road map, to see whether an earlier report of the same year said "belum dimulai". */
  earlier?: readonly { periode: Periode; data: MonitoringFile }[];
}

/** How a number or text is compared: case, spaces and punctuation around it do not count. */
export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*_]/g, "")
    .replace(/^[\s\-–•:.;,]+|[\s\-–•:.;,]+$/g, "")
    .replace(/\s+/g, " ");
}

interface Cited {
  jenis: "aksi" | "quick-win";
  kode: string;
  pd: string;
  area?: string;
  laporan: LaporanAksi;
  /** The planned output, to see a copied one. */
  rencana?: string;
  /** The first day the action could have produced evidence. */
  mulai: string;
}

/** Every evidence entry of the period, in road-map order (actions, then quick wins), flagged. */
export function dataDukung({ rm, periode, data, earlier = [] }: DukungInput): DukungRow[] {
  const cited: Cited[] = [];
  // The latest earlier report of the same year in which the PD said the action had not started.
  const before = earlier.filter((e) => e.periode.tahun === periode.tahun && comparePeriode(e.periode, periode) < 0).sort((a, b) => comparePeriode(a.periode, b.periode));
  const notStartedUntil = (pd: string, field: "rencana_aksi" | "quick_wins", kode: string): string | undefined => {
    let until: string | undefined;
    for (const e of before) if (e.data.laporan[pd]?.[field][kode]?.status === "belum dimulai") until = e.periode.selesai;
    return until;
  };
  const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);

  for (const r of aksiStatuses(rm, data, periode.tahun)) {
    if (!r.laporan) continue;
    const years = r.entry.aksi.tahun === "n.a" ? [] : r.entry.aksi.tahun;
    const first = years.length > 0 ? Math.min(...years) : rm.periode.mulai;
    const stopped = notStartedUntil(r.pd, "rencana_aksi", r.entry.kode);
    cited.push({ jenis: "aksi", kode: r.entry.kode, pd: r.pd, area: r.entry.area.id, laporan: r.laporan, rencana: richTextToPlain(r.entry.aksi.output), mulai: later(`${first}-01-01`, stopped && dayAfter(stopped)) });
  }
  for (const r of quickWinStatuses(rm, data)) {
    if (!r.laporan) continue;
    const stopped = notStartedUntil(r.pd, "quick_wins", r.entry.kode);
    cited.push({ jenis: "quick-win", kode: r.entry.kode, pd: r.pd, laporan: r.laporan, rencana: r.entry.nama ? richTextToPlain(r.entry.nama) : undefined, mulai: later(`${rm.periode.mulai}-01-01`, stopped && dayAfter(stopped)) });
  }

  // One number of one kind of document is one document: its date and what it shows are one.
  const byNumber = new Map<string, { tanggal: Set<string>; output: Set<string> }>();
  const keyOf = (b: Bukti) => (b.nomor === undefined ? undefined : `${normalize(b.jenis)}|${normalize(b.nomor)}`);
  for (const c of cited)
    for (const b of c.laporan.bukti) {
      const key = keyOf(b);
      if (key === undefined) continue;
      const seen = byNumber.get(key) ?? { tanggal: new Set(), output: new Set() };
      if (b.tanggal) seen.tanggal.add(b.tanggal);
      seen.output.add(normalize(c.laporan.output ?? `${c.jenis} ${c.kode}`));
      byNumber.set(key, seen);
    }

  const rows: DukungRow[] = [];
  for (const c of cited) {
    const copied = c.laporan.output !== undefined && c.rencana !== undefined && c.rencana !== "n.a" && normalize(c.laporan.output) === normalize(c.rencana);
    const reportDate = data.laporan[c.pd]?.tanggal;
    c.laporan.bukti.forEach((b, urut) => {
      const flags: Flag[] = [];
      const key = keyOf(b);
      const same = key === undefined ? undefined : byNumber.get(key);
      if (same && (same.tanggal.size > 1 || same.output.size > 1)) flags.push("nomor-ganda");
      if (copied) flags.push("output-disalin");
      if (b.tanggal) {
        if (reportDate !== undefined && b.tanggal > reportDate) flags.push("setelah-laporan");
        if (b.tanggal > periode.selesai) flags.push("setelah-periode");
        if (b.tanggal < c.mulai) flags.push("sebelum-mulai");
      }
      rows.push({ jenis: c.jenis, kode: c.kode, pd: c.pd, area: c.area, bukti: b, urut, flags });
    });
  }
  return rows;
}

/** How many entries carry each flag. */
export function countFlags(rows: readonly DukungRow[]): Record<Flag, number> {
  const out: Record<Flag, number> = { "nomor-ganda": 0, "output-disalin": 0, "setelah-laporan": 0, "setelah-periode": 0, "sebelum-mulai": 0 };
  for (const r of rows) for (const f of r.flags) out[f]++;
  return out;
}
