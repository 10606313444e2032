
import { periodYears } from "../domain/pemda.js";
import type { AreaIndicator, RoadMap } from "../schema/roadmap.js";
import { formatNumber, formatRawValue, formatValue } from "../domain/format.js";
import { richTextToPlain } from "./rich-text.js";
import { textWidthOf } from "../typography/measure.js";
import { areaNumbers, groupView, type AreaNumber } from "../domain/groups.js";

/** Rows of each table kind, grouped and counted so a template only places cells. */
export interface TablesContext {
  years: number[];
  "evaluasi-sebelumnya"?: PreviousEvaluationTable;
  sasaran: SasaranTable;
  "program-mikro": ProgramMikroTable;
  "quick-wins"?: QuickWinTable;
  "rencana-aksi": RencanaAksiTable;
  "tim-pengarah": TeamTable;
  "tim-pelaksana": TeamTable;
  pokja: { rows: { nomor: number; nama: string; pd: string[] }[] };
  /** The same tables for each group's areas (and sasaran), for a table the prose limits to one group. */
  kelompok: Record<string, TablesContext>;
}

interface Span {
  rowspan: number;
}

export interface PreviousEvaluationTable {
  tahunBaseline?: number;
  tahunAkhir: number;
  rows: { sasaran?: { nama: string } & Span; nomor: number; nama: string; satuan: string; turun: boolean; baseline: string; target: string; realisasi: string }[];
  /** Some indicator has a satuan: a column empty in every row is not printed. */
  adaSatuan: boolean;
  keterangan: string[];
  /** Some indicator improves as it goes down: its name carries ↓ and a note explains the mark. */
  adaTurun: boolean;
}

export interface SasaranTable {
  /** Column widths, each at least its longest word of 8.5 pt (head included) on one line. */
  lebar: { sasaran: number; satuan: number; baseline: number; tahun: number };
  /** The baseline year when every indicator shares it; otherwise each baseline names its own year. */
  tahunBaseline?: number;
  /** `kelompok` names the group (RB General, RB Tematik) whose first sasaran starts at the row, when the table holds more than one. */
  rows: { kelompok?: string; sasaran?: { nama: string } & Span; nomor: number; nama: string; satuan: string; turun: boolean; baseline: string; targets: string[] }[];
  /** Some indicator has a satuan: a column empty in every row is not printed. */
  adaSatuan: boolean;
  adaTurun: boolean;
}

export interface ProgramMikroTable {
  /** Column heads: the sasaran's names, or their numbers when there are many. */
  sasaran: string[];
  /** Column widths for the markup: the three fixed columns, then one per sasaran. */
  widths: string;
  /** The sasaran behind numbered heads, for the note under the table. */
  legenda: { nomor: number; nama: string }[];
  /** `kelompok` names the group whose first area is the row, when the table holds more than one. */
  rows: { kelompok?: string; nama: string; indikator: { nomor: number; nama: string }[]; kegiatan: string[]; checks: boolean[] }[];
}

export interface QuickWinTable {
  mandatory: string[];
  mandiri: { nomor: number; pd: string; uraian: string; nama?: string }[];
}

export interface TeamTable {
  rows: { jabatanTim: string; kedinasan: string[] }[];
}

/** One printed row of the rencana aksi table; the *Start fields open a merged group. */
export interface RencanaAksiRow {
  /** The group whose first area starts at this row, when the table holds more than one group. */
  kelompok?: string;
  area?: { nomor: number; nama: string } & Span;
  indikator?: { nama: string; turun: boolean; targets: string[] } & Span;
  kegiatan?: { nama: string } & Span;
  upaya?: { items: string[] } & Span;
  aksi: string;
  /** Per year: scheduled, not scheduled, or "n.a" where the road map writes n.a instead of a schedule. */
  marks: (boolean | "n.a")[];
  output: string;
  pengampu: string;
  koordinator?: string;
  /** "Rp 150.000.000", a funding source as written, or empty. */
  anggaran: string;
}

export interface RencanaAksiTable {
  columnCount: number;
  columnNumbers: number[];
  rows: RencanaAksiRow[];
  adaTurun: boolean;
  /** Some rencana aksi states its budget: the table gets an Anggaran column. */
  adaAnggaran: boolean;
  /**
   * Column widths in the table's units. Year columns are narrow for five years and wider for fewer,
   * so the heads that span them ("Target Indikator Keberhasilan") never break inside a word; the
   * Area and Indikator columns and a year's target widen to their longest word or value.
   */
  lebar: { area: number; indikator: number; target: number; aksi: number; anggaran: number };
}

export function buildTables(rm: RoadMap, numbering: Map<string, AreaNumber> = areaNumbers(rm), withGroups = true): TablesContext {
  const years = periodYears(rm.periode);
  const pdName = new Map(rm.perangkat_daerah.map((pd) => [pd.id, pd.singkatan]));
  const teamRows = (rows: RoadMap["tim"]["pengarah"]): TeamTable => ({
    rows: rows.map((r) => ({ jabatanTim: r.jabatan_tim, kedinasan: typeof r.jabatan_kedinasan === "string" ? [r.jabatan_kedinasan] : r.jabatan_kedinasan })),
  });
  const adaAnggaran = rm.area_perubahan.some((a) => a.indikator.some((i) => i.kegiatan.some((k) => k.rencana_aksi.some((r) => r.anggaran !== undefined))));
  const columnCount = 5 + 2 * years.length + 3 + (adaAnggaran ? 1 : 0);
  // Tabel 4.1 prints one BASELINE year in its header only when every indicator's baseline has it.
  const baselineYears = new Set(rm.sasaran.flatMap((s) => s.indikator.map((ind) => ind.baseline.tahun)));
  const sharedBaselineYear = baselineYears.size === 1 ? [...baselineYears][0] : undefined;
  return {
    years,
    "evaluasi-sebelumnya": rm.evaluasi_sebelumnya && previousEvaluation(rm.evaluasi_sebelumnya),
    sasaran: {
      lebar: sasaranWidths(rm, years, sharedBaselineYear),
      ...(sharedBaselineYear === undefined ? {} : { tahunBaseline: sharedBaselineYear }),
      adaSatuan: rm.sasaran.some((s) => s.indikator.some((ind) => ind.satuan !== undefined)),
      rows: byGroup(rm, rm.sasaran, (s) => s.kelompok).flatMap(({ item: s, kelompok }) =>
        s.indikator.map((ind, i) => ({
          ...(i === 0 && kelompok !== undefined ? { kelompok } : {}),
          sasaran: i === 0 ? { nama: s.nama, rowspan: s.indikator.length } : undefined,
          nomor: i + 1,
          nama: ind.nama,
          satuan: ind.satuan ?? "",
          turun: ind.arah === "turun",
          baseline: sharedBaselineYear === undefined ? `${formatRawValue(ind.baseline.nilai, ind)} (${ind.baseline.tahun})` : formatRawValue(ind.baseline.nilai, ind),
          targets: years.map((y) => targetText(ind.target, y, ind)),
        })),
      ),
      adaTurun: rm.sasaran.some((s) => s.indikator.some((ind) => ind.arah === "turun")),
    },
    "program-mikro": programMikro(rm),
    "quick-wins": rm.quick_wins && {
      mandatory: rm.quick_wins.mandatory.map((q) => (typeof q === "string" ? q : q.uraian)),
      mandiri: rm.quick_wins.mandiri.map((q, i) => ({ nomor: i + 1, pd: pdFullName(rm, q.pd), uraian: q.uraian, nama: q.nama })),
    },
    "rencana-aksi": {
      columnCount,
      columnNumbers: Array.from({ length: columnCount }, (_, i) => i + 1),
      rows: rencanaAksiRows(rm, years, pdName, numbering),
      adaAnggaran,
      lebar: rencanaAksiWidths(rm, years),
      adaTurun: rm.area_perubahan.some((a) => a.indikator.some((ind) => ind.arah === "turun")),
    },
    "tim-pengarah": teamRows(rm.tim.pengarah),
    "tim-pelaksana": teamRows(rm.tim.pelaksana),
    pokja: { rows: rm.tim.pokja.map((p, i) => ({ nomor: i + 1, nama: p.nama, pd: p.pd.map((id) => pdName.get(id) ?? id) })) },
    kelompok: withGroups ? Object.fromEntries(rm.kelompok.map((g) => [g.id, buildTables(groupView(rm, g.id), numbering, false)])) : {},
  };
}

function pdFullName(rm: RoadMap, id: string): string {
  return rm.perangkat_daerah.find((pd) => pd.id === id)?.nama ?? id;
}

function targetText(target: Record<string, string | number>, year: number, ind: Pick<AreaIndicator, "jenis" | "desimal">): string {
  const raw = target[String(year)];
  return raw === undefined ? "" : formatRawValue(raw, ind);
}

function previousEvaluation(ev: NonNullable<RoadMap["evaluasi_sebelumnya"]>): PreviousEvaluationTable {
  return {
    tahunBaseline: ev.tahun_baseline,
    tahunAkhir: ev.periode.selesai,
    keterangan: ev.keterangan,
    adaSatuan: ev.sasaran.some((s) => s.indikator.some((ind) => ind.satuan !== undefined)),
    adaTurun: ev.sasaran.some((s) => s.indikator.some((ind) => ind.arah === "turun")),
    rows: ev.sasaran.flatMap((s) =>
      s.indikator.map((ind, i) => {
        // A cell the note explains ("n.a*", "*) Indeks belum tersedia") carries the note's mark.
        const marked = (v: string) => (ind.tanda && v === formatValue({ kind: "na" }) ? `${v}${ind.tanda}` : v);
        const r = ind.realisasi;
        const realisasi = r
          ? [formatRawValue(r.nilai, ind), r.predikat ? `(${r.predikat})` : "", r.catatan ?? ""].filter(Boolean).join(" ")
          : "";
        return {
          sasaran: i === 0 ? { nama: s.nama, rowspan: s.indikator.length } : undefined,
          nomor: i + 1,
          nama: ind.nama,
          satuan: ind.satuan ?? "",
          turun: ind.arah === "turun",
          baseline: marked(formatRawValue(ind.baseline, ind)),
          target: marked(formatRawValue(ind.target, ind)),
          realisasi,
        };
      }),
    ),
  };
}

/**
 * Tabel 4.2's sasaran columns, in hundredths of the table's width (about 4.7 pt on a portrait
 * page). A column is as wide as the longest word of its 8.5 pt bold head (fitColumn), so no word
 * breaks inside. When named columns would take more than SASARAN_SHARE of the width (many sasaran,
 * or long names), the heads become numbers, explained under the table.
 */
const SASARAN_SHARE = 45;
const PROGRAM_MIKRO_FIXED = [15, 19, 36];

function programMikro(rm: RoadMap): ProgramMikroTable {
  let counter = 0;
  const widthFor = (head: string) => fitColumn([head], 6, { size: 8.5, unit: 4.7, padding: 2, bold: true });
  const named = rm.sasaran.map((s) => widthFor(s.nama));
  const numbered = named.reduce((a, b) => a + b, 0) > SASARAN_SHARE;
  const heads = rm.sasaran.map((s, i) => (numbered ? String(i + 1) : s.nama));
  const sasaranWidths = numbered ? heads.map(widthFor) : named;
  // The other three columns share what is left, in their own proportions.
  const rest = 100 - sasaranWidths.reduce((a, b) => a + b, 0);
  const fixedTotal = PROGRAM_MIKRO_FIXED.reduce((a, b) => a + b, 0);
  return {
    sasaran: heads,
    widths: [...PROGRAM_MIKRO_FIXED.map((w) => Math.round(((w * rest) / fixedTotal) * 10) / 10), ...sasaranWidths].join(","),
    legenda: numbered ? rm.sasaran.map((s, i) => ({ nomor: i + 1, nama: s.nama })) : [],
    rows: byGroup(rm, rm.area_perubahan, (a) => a.kelompok).map(({ item: a, kelompok }) => ({
      ...(kelompok !== undefined ? { kelompok } : {}),
      nama: a.nama_program ?? a.nama,
      indikator: a.indikator.filter((ind) => ind.nama !== "n.a").map((ind) => ({ nomor: ++counter, nama: ind.nama })),
      kegiatan: a.kegiatan_mikro,
      checks: rm.sasaran.map((s) => a.sasaran.includes(s.id)),
    })),
  };
}

/**
 * A column width, in a table's relative units, that holds the longest word of its texts on one
 * line: the word is measured in the body face (bold for heads), a tenth is added for the
 * writers' own rounding, and the cell's padding. `unit` is how many points one unit is on the
 * page, for the table's usual total width.
 */
function fitColumn(texts: readonly string[], min: number, o: { size: number; unit: number; padding: number; bold?: boolean; italic?: boolean }): number {
  // Words part at spaces, not at a no-break space, which joins what must stay on one line.
  const widest = Math.max(0, ...texts.flatMap((t) => t.split(/[ \t\n\r\f]+/)).filter(Boolean).map((w) => textWidthOf(w, o.size, o.italic ?? false, o.bold ?? false)));
  return Math.max(min, Math.round(((widest * 1.1) / o.unit + o.padding) * 10) / 10);
}

/**
 * Tabel 4.1's widths in hundredths of a portrait text width (one is about 4.1 pt for a table of
 * about 115 units on 165 mm). The indicator column takes what is left; heads are measured bold
 * italic, the widest they are set.
 */
function sasaranWidths(rm: RoadMap, years: number[], sharedBaselineYear: number | undefined): SasaranTable["lebar"] {
  const head = { size: 8.5, unit: 4.1, padding: 1.4, bold: true, italic: true };
  const body = { ...head, bold: false, italic: false };
  const indicators = rm.sasaran.flatMap((x) => x.indikator);
  const widest = (heads: string[], texts: string[], min: number) => Math.max(fitColumn(heads, min, head), fitColumn(texts, min, body));
  return {
    sasaran: widest(["SASARAN"], rm.sasaran.map((x) => x.nama), 15),
    satuan: widest(["SATUAN"], indicators.map((ind) => ind.satuan ?? ""), 10),
    baseline: widest(["BASELINE"], [...(sharedBaselineYear === undefined ? [] : [String(sharedBaselineYear)]), ...indicators.map((ind) => formatRawValue(ind.baseline.nilai, ind))], 12),
    tahun: fitColumn(indicators.flatMap((ind) => years.map((y) => targetText(ind.target, y, ind))), 8, body),
  };
}

/**
 * Tabel 4.4's widths, in units of about 5.6 pt of its landscape text width (about 150 units on
 * 300 mm), for its 7 pt text.
 */
function rencanaAksiWidths(rm: RoadMap, years: number[]): RencanaAksiTable["lebar"] {
  const o = { size: 7, unit: 5.6, padding: 0.6 };
  const indicators = rm.area_perubahan.flatMap((a) => a.indikator);
  const targets = indicators.flatMap((ind) => years.map((y) => targetText(ind.target, y, ind)));
  return {
    area: fitColumn(rm.area_perubahan.map((a) => a.nama), 7, o),
    indikator: fitColumn(indicators.map((i) => richTextToPlain(i.nama)), 9, o),
    target: Math.max(fitColumn(targets.map((t) => t.replace(/\s+/g, "\u00a0")), 4, o), Math.round((20 / years.length) * 10) / 10),
    aksi: Math.max(3.6, Math.round((18 / years.length) * 10) / 10),
    // "Rp 1.250.000.000" on one line.
    anggaran: Math.max(13, fitColumn(["Rp\u00a01.250.000.000"], 13, o)),
  };
}

function rencanaAksiRows(rm: RoadMap, years: number[], pdName: Map<string, string>, numbering: Map<string, AreaNumber>): RencanaAksiRow[] {
  const rows: RencanaAksiRow[] = [];
  byGroup(rm, rm.area_perubahan, (a) => a.kelompok).forEach(({ item: area, kelompok }) => {
    const areaStart = rows.length;
    const areaRowCount = area.indikator.reduce((n, ind) => n + indicatorRowCount(ind), 0);
    for (const ind of area.indikator) {
      const indStart = rows.length;
      const indRows = indicatorRowCount(ind);
      const kegiatan = ind.kegiatan.length > 0 ? ind.kegiatan : [{ nama: "", rencana_aksi: [] }];
      for (const k of kegiatan) {
        const aksiList = k.rencana_aksi.length > 0 ? k.rencana_aksi : [undefined];
        aksiList.forEach((ra, ri) => {
          rows.push({
            kegiatan: ri === 0 ? { nama: k.nama, rowspan: aksiList.length } : undefined,
            aksi: ra?.aksi ?? "",
            marks: years.map((y) => (!ra ? false : ra.tahun === "n.a" ? "n.a" : ra.tahun.includes(y))),
            output: ra?.output ?? "",
            pengampu: ra ? ra.pengampu.map((id) => pdName.get(id) ?? id).join(", ") : "",
            ...(ra?.koordinator ? { koordinator: pdName.get(ra.koordinator) ?? ra.koordinator } : {}),
            anggaran: ra?.anggaran === undefined ? "" : typeof ra.anggaran === "number" ? `Rp ${formatNumber(ra.anggaran, 0)}` : ra.anggaran,
          });
        });
      }
      rows[indStart].indikator = {
        nama: ind.nama,
        turun: ind.arah === "turun",
        targets: years.map((y) => targetText(ind.target, y, ind)),
        rowspan: indRows,
      };
      if (area.upaya.length === 0) rows[indStart].upaya = { items: ind.upaya, rowspan: indRows };
    }
    const number = numbering.get(area.id);
    rows[areaStart].area = { nomor: number?.nomor ?? 0, nama: area.nama, rowspan: areaRowCount };
    if (kelompok !== undefined) rows[areaStart].kelompok = kelompok;
    if (area.upaya.length > 0) rows[areaStart].upaya = { items: area.upaya, rowspan: areaRowCount };
  });
  return rows;
}

/**
 * A table's items (sasaran or areas) group by group: those of no group first, then each group in
 * the road map's order, each in the data's order. When the table holds more than one group, each
 * group's first item carries the group's name, for the template's full-width group row; a table
 * of one group (or a road map without groups) has none. Area numbers are not touched: they are
 * counted within the group by areaNumbers, in the same order.
 */
function byGroup<T>(rm: Pick<RoadMap, "kelompok">, items: readonly T[], groupOf: (item: T) => string | undefined): { item: T; kelompok?: string }[] {
  const keys = new Set(items.map(groupOf));
  if (keys.size < 2 || [...keys].every((k) => k === undefined)) return items.map((item) => ({ item }));
  const rank = new Map(rm.kelompok.map((g, i) => [g.id, i]));
  const rankOf = (item: T) => {
    const k = groupOf(item);
    return k === undefined ? -1 : (rank.get(k) ?? rm.kelompok.length);
  };
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => rankOf(a.item) - rankOf(b.item) || a.i - b.i);
  let last: string | undefined;
  return sorted.map(({ item }) => {
    const k = groupOf(item);
    const opens = k !== undefined && k !== last;
    last = k;
    return opens ? { item, kelompok: rm.kelompok.find((g) => g.id === k)?.nama ?? k } : { item };
  });
}

function indicatorRowCount(ind: AreaIndicator): number {
  if (ind.kegiatan.length === 0) return 1;
  return ind.kegiatan.reduce((n, k) => n + Math.max(1, k.rencana_aksi.length), 0);
}

