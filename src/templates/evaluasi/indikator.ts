import { capaianPersen, hitungCapaian, type Capaian } from "../../domain/capaian.js";
import { groupRows } from "../../domain/groups.js";
import { formatNumber, formatRawValue } from "../../domain/format.js";
import { proyeksiTarget, type Arah } from "../../domain/proyeksi.js";
import { indexIndicators, type IndicatorEntry } from "../../domain/rencana-aksi.js";
import type { DataTable } from "../../model/data-table.js";
import type { RawValue } from "../../schema/values.js";
import { numberOf } from "../../domain/values.js";
import { round } from "../../util/text.js";
import type { Terms } from "../istilah.js";
import { richTextToPlain } from "../rich-text.js";
import type { Lingkup } from "./lingkup.js";

/** Which way the last two realisations went, judged by the indicator's direction. */
export type Tren = "tetap" | "membaik" | "memburuk";

export interface IndikatorEvaluasi {
  no: number;
  nama: string;
  kelompok: string;
  satuan: string;
  tahun: { tahun: number; target: string; realisasi: string; capaian: string }[];
  targetAkhir: string;
  /** Unset with fewer than two numbers to compare. */
  tren?: Tren;
  /** The course towards the final target; the terms word it ("evaluasi.jalur.sesuai"). */
  jalur: Arah["status"];
  /** What the course was judged on: the target of a year, or the projection to the period's end; unset when there was too little data. */
  dasar?: { jenis: "target-tahun" | "proyeksi"; tahun: number };
  proyeksi: string;
}

export interface IndikatorBagian {
  indikator: IndikatorEvaluasi[];
  /** The same rows under their RB General / RB Tematik heading; one group without a name when the road map has none. */
  indikatorKelompok: { nama?: string; rows: IndikatorEvaluasi[] }[];
  adaKelompok: boolean;
  /** Gambar 2.1's points. */
  grafik: object[];
  /** The workbook's Indikator sheet: a row per indicator and year. */
  rows: DataTable["rows"];
  /** Each row's indicator id in the road map. */
  idOf: Map<IndikatorEvaluasi, string>;
}

/** Indicators across the years, with the projection to the end of the period. */
export function indikatorEvaluasi(s: Lingkup): IndikatorBagian {
  const { rm, terms, years, perYear, akhirPeriode, rumus } = s;
  const indikator: IndikatorEvaluasi[] = [];
  const grafik: object[] = [];
  const rows: DataTable["rows"] = [];
  const groupOf = new Map<IndikatorEvaluasi, string | undefined>();
  const idOf = new Map<IndikatorEvaluasi, string>();
  const scales = new Map(rm.skala.map((sk) => [sk.id, sk.nilai]));
  const heading = (entry: IndicatorEntry) => [entry.kelompok, ...entry.jugaDi.map((a) => terms.text("evaluasi.juga_indikator_area", { area: s.labels.withGroup(a.id) }))].join("; ");
  const belumDilaporkan = terms.text("evaluasi.belum_dilaporkan");
  for (const [id, entry] of indexIndicators(rm)) {
    const ind = entry.indikator;
    const measure = { ...ind, scale: ind.skala ? scales.get(ind.skala) : undefined };
    const nama = richTextToPlain(ind.nama);
    const kelompok = heading(entry);
    // One panel per indicator, titled and ordered by its row in Tabel 2.1: two indicators may share
    // a name (one under a sasaran, one under an area), and must not share a panel.
    const no = indikator.length + 1;
    const panel = `${no}. ${nama}`;
    const yearRows: DataTable["rows"] = [];
    const series = years.map((tahun) => {
      const target = ind.target[String(tahun)];
      const real = perYear.get(tahun)?.data.indikator[id]?.nilai;
      const c = hitungCapaian(measure, target, real, rumus);
      const persen = capaianPersen(c);
      yearRows.push([no, id, nama, kelompok, ind.satuan ?? null, tahun, cellValue(target, ind), numeric(real), persen ?? null, real === undefined ? belumDilaporkan : typeof real === "string" ? formatRawValue(real, ind) : null]);
      // Realisasi first: the chart draws the series in this order, so where both are equal the
      // dashed target lies over the realisasi and both show.
      if (typeof real === "number") grafik.push({ no, panel, tahun: String(tahun), seri: "Realisasi", nilai: real });
      const targetAngka = numberOf(target);
      if (targetAngka !== undefined) grafik.push({ no, panel, tahun: String(tahun), seri: "Target", nilai: targetAngka });
      return { tahun, target: target === undefined ? "–" : formatRawValue(target, ind), realisasi: real === undefined ? belumDilaporkan : formatRawValue(real, ind), capaian: capaianShort(c, terms), real, rawTarget: target, persen };
    });
    const targetAkhir = ind.target[String(akhirPeriode)];
    const arah = proyeksiTarget(measure, series.map((y) => ({ tahun: y.tahun, nilai: y.real, target: y.rawTarget })), targetAkhir, akhirPeriode, rumus);
    const proyeksi = arah.proyeksi;
    // The chart carries the targets on to the end of the period, so the final target the table
    // talks about is drawn, and the projection as a line from the latest realised value to it.
    for (let tahun = (years.at(-1) ?? rm.periode.mulai - 1) + 1; tahun <= akhirPeriode; tahun++) {
      const target = numberOf(ind.target[String(tahun)]);
      if (target !== undefined) grafik.push({ no, panel, tahun: String(tahun), seri: "Target", nilai: target });
    }
    const lastReal = series.filter((y) => typeof y.real === "number").at(-1);
    if (proyeksi !== undefined && lastReal && lastReal.tahun < akhirPeriode) {
      grafik.push({ no, panel, tahun: String(lastReal.tahun), seri: "Proyeksi", nilai: lastReal.real as number });
      grafik.push({ no, panel, tahun: String(akhirPeriode), seri: "Proyeksi", nilai: round(proyeksi, 2) });
    }
    // Each year's row also carries the indicator's course, so a filter or pivot in the workbook
    // needs no second sheet.
    const course = [cellValue(targetAkhir, ind), terms.text(`evaluasi.jalur.${arah.status}`), proyeksi === undefined ? null : round(proyeksi, 2)];
    for (const row of yearRows) rows.push([...row, ...course]);
    // A 'capai' indicator (a range such as inflation 1,5-3,5) is better nearer its target, not higher:
    // its trend follows the capaian.
    const trend = ind.arah === "capai" ? tren(series.map((y) => y.persen), "naik") : tren(series.map((y) => y.real), ind.arah);
    const item: IndikatorEvaluasi = {
      no,
      nama,
      kelompok,
      satuan: ind.satuan ?? "",
      tahun: series.map(({ real: _r, rawTarget: _t, persen: _p, ...rest }) => rest),
      targetAkhir: targetAkhir === undefined ? "–" : formatRawValue(targetAkhir, ind),
      ...(trend ? { tren: trend } : {}),
      jalur: arah.status,
      ...(arah.status === "data-belum-cukup" ? {} : { dasar: arah.dasar === "target-tahun" ? { jenis: "target-tahun" as const, tahun: arah.tahun } : { jenis: "proyeksi" as const, tahun: akhirPeriode } }),
      proyeksi: proyeksi === undefined ? "–" : formatRawValue(round(proyeksi, 2), ind),
    };
    indikator.push(item);
    groupOf.set(item, entry.grup);
    idOf.set(item, id);
  }
  const adaKelompok = rm.kelompok.length > 0;
  const indikatorKelompok = groupRows(rm, indikator, (r) => groupOf.get(r));
  return { indikator, indikatorKelompok, adaKelompok, grafik, rows, idOf };
}

function numeric(v: RawValue | undefined): number | null {
  return typeof v === "number" ? v : null;
}

/** A workbook cell for a target: the number, or the text as the documents print it ("≥ 3,5", "B"). */
export function cellValue(v: RawValue | undefined, ind: Parameters<typeof formatRawValue>[1]): number | string | null {
  return v === undefined ? null : typeof v === "number" ? v : formatRawValue(v, ind);
}

function tren(values: readonly (RawValue | undefined)[], arah: string): Tren | undefined {
  const nums = values.filter((v): v is number => typeof v === "number");
  if (nums.length < 2) return undefined;
  const [a, b] = nums.slice(-2);
  if (a === b) return "tetap";
  const up = b > a;
  if (arah === "turun") return up ? "memburuk" : "membaik";
  return up ? "membaik" : "memburuk";
}

function capaianShort(c: Capaian, terms: Terms): string {
  const persen = capaianPersen(c);
  if (persen !== undefined) return `${formatNumber(persen, 1)}%`;
  if (c.kind === "kategori") return terms.text(c.met ? "evaluasi.capaian.tercapai" : "evaluasi.capaian.belum");
  return "–";
}
