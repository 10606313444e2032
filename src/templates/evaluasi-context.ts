import type { EvaluasiYear } from "../data/evaluasi.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import { capaianPersen, hitungCapaian, type Capaian } from "../domain/capaian.js";
import { scoreInstrument } from "../domain/evaluasi-rb.js";
import { formatDate, formatNumber, formatRawValue } from "../domain/format.js";
import { aksiStatuses, type AksiStatus } from "../domain/monitoring.js";
import { pemdaNames } from "../domain/pemda.js";
import { latestOfYear } from "../domain/periode.js";
import { proyeksiTarget, type Arah } from "../domain/proyeksi.js";
import { indexIndicators, type IndicatorEntry } from "../domain/rencana-aksi.js";
import { areaLabels, groupByArea } from "../domain/groups.js";
import { rekapAksi, rekapPer, tanpaLaporan, type RekapAksi } from "../domain/rekap.js";
import type { DataTable } from "../model/data-table.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { RawValue } from "../schema/values.js";
import { absolute, prepareBlock } from "./context.js";
import { dasarHukum, type DasarHukum } from "../domain/dasar-hukum.js";
import { profilTim, type ProfilTim } from "../domain/tim.js";
import { lewatBatasWaktu, tindakLanjutTim } from "../domain/tindak-lanjut.js";
import { richTextToPlain } from "./rich-text.js";
import { round } from "../util/text.js";


/** Completion below this share of scheduled actions is listed among the findings. */
export const AMBANG_PENYELESAIAN = 80;
const LATE: ReadonlySet<string> = new Set(["dalam proses", "belum dimulai", "ditunda", "tidak dilaksanakan"]);

export interface EvaluasiContext {
  created: string;
  contoh: boolean;
  pemda: { daerah: string; daerahUpper: string; kepalaDaerah: string; ibuKota: string; lambangPath?: string };
  roadMap: string;
  tahun: { daftar: number[]; awal: number; akhir: number; akhirPeriode: number; jumlah: number };
  penandaTangan: { jabatan: string; nama?: string; pangkat?: string; nip?: string; tempat: string; tanggal: string };
  indikator: IndikatorEvaluasi[];
  /** The same rows under their RB General / RB Tematik heading; one group without a name when the road map has none. */
  indikatorKelompok: { nama?: string; rows: IndikatorEvaluasi[] }[];
  adaKelompok: boolean;
  indikatorTidakSesuai: string[];
  /**
   * Per year: the share finished; `belumAdaLaporan` when actions were scheduled but none reported
   * (the share is unknown, not 0), and how many stayed unreported when some were.
   */
  area: { id: string; nama: string; kelompok?: string; tahun: { persen: string; terjadwal: string; buktiLengkap: string; belumAdaLaporan: boolean; belumDilaporkan?: string }[] }[];
  /** The areas under their group heading (no heading without groups). */
  areaKelompok: { nama?: string; rows: EvaluasiContext["area"] }[];
  pd: { nama: string; tahun: { persen: string; belumAdaLaporan: boolean; belumDilaporkan?: string }[] }[];
  terlambat: { kode: string; aksi: string; pd: string; riwayat: string }[];
  areaDiBawahAmbang: { nama: string; persen: string }[];
  ambang: string;
  nilaiRb: { tahun: number; instrumen: string; dasar: string; sumberResmi: string; bagian: { nama: string; mandiri: string; resmi: string; selisih: string; predikatMandiri: string; predikatResmi: string; gerak: string; bobot: string; baris: { nama: string; indent: number; bobot: string; bobotDiasumsikan: boolean; mandiri: string; resmi: string; selisih: string }[]; asumsi: string[] }[] }[];
  /** Each year's recommendations; `lanjutan` is the later year that repeats one, whose status counts. */
  rekomendasi: { tahun: number; uraian: string; pd: string; status: string; tindakLanjut: string; lanjutan?: number; terbuka: boolean }[];
  rekomendasiTerbuka: number;
  /** Recommendations counted once however many years repeat them. */
  rekomendasiJumlah: number;
  /** The previous period's indicators beside their counterpart in this one (by `padanan`, then id, then the same name); those without one are listed. */
  perbandingan: { ada: boolean; periode: string; baris: { nama: string; padanan: string; target: string; realisasi: string; sekarang: string }[]; tanpaPadanan: string[] };
  catatanTim?: unknown[];
  grafik: { indikator: object[]; penyelesaianArea: object[]; nilaiRb: object[]; adaIndikator: boolean; adaNilaiRb: boolean };
  tabelData: DataTable[];
  /** The regulations the evaluation rests on (BAB I), the instruments' own among them. */
  dasarHukum: DasarHukum[];
  /** The Tim RB: its SK, membership, monitoring schedule and the meetings held in the years evaluated. */
  tim: ProfilTim;
  /**
   * RATL: each recommendation once (by its latest entry) with its follow-up plan, PD, deadline and
   * status; `lewatBatas` when the deadline passed before the document's date and it is not finished.
   */
  ratl: { tanggal: string; baris: { tahun: number; uraian: string; rencana: string; pd: string; batasWaktu: string; status: string; lewatBatas: boolean }[]; lewatBatas: number; adaRencana: boolean };
  /**
   * Bab VI's findings, each named in words, with what the Tim decided for it (`tindakLanjut`, from
   * the evaluation data's `rekomendasi_tim`; empty: the template's default for the rule applies).
   */
  temuan: {
    indikator: TemuanJenis<{ nama: string; kelompok: string; dasar: string; pelapor: string; tindakLanjut: string[] }>;
    area: TemuanJenis<{ nama: string; persen: string; pokja: string; tindakLanjut: string[] }>;
    aksi: TemuanJenis<{ kode: string; aksi: string; pd: string; riwayat: string; tindakLanjut: string[] }>;
    rekomendasi: { terbuka: number; jumlah: number; lewatBatas: number; tindakLanjut: string[] };
  };
}

/** One kind of finding: every item (`daftar`), those the Tim decided a follow-up for, and the rest, which get the template's default. */
export interface TemuanJenis<T extends { tindakLanjut: string[] }> {
  daftar: T[];
  diputuskan: T[];
  bawaan: T[];
}

function temuanJenis<T extends { tindakLanjut: string[] }>(daftar: T[]): TemuanJenis<T> {
  return { daftar, diputuskan: daftar.filter((t) => t.tindakLanjut.length > 0), bawaan: daftar.filter((t) => t.tindakLanjut.length === 0) };
}

export interface IndikatorEvaluasi {
  no: number;
  nama: string;
  kelompok: string;
  satuan: string;
  tahun: { tahun: number; target: string; realisasi: string; capaian: string }[];
  targetAkhir: string;
  tren: string;
  arah: string;
  /** What the course was judged on: "target 2021" or "proyeksi 2024"; empty when there was too little data. */
  dasar: string;
  proyeksi: string;
}

/** How a course reads in the table and the workbook. */
const ARAH_TEKS: Record<Arah["status"], string> = { sesuai: "sesuai arah", "tidak-sesuai": "tidak sesuai arah", "data-belum-cukup": "data belum cukup" };

export function buildEvaluasiContext(rm: RoadMap, dataDir: string, monitoring: readonly MonitoringPeriod[], evaluasi: readonly EvaluasiYear[], sampai: number): EvaluasiContext {
  const names = pemdaNames(rm.pemda, rm.regulasi.jenis);
  const akhirPeriode = rm.periode.selesai;
  const dataYears = new Set([...monitoring.map((m) => m.periode.tahun), ...evaluasi.map((e) => e.data.tahun)]);
  const years: number[] = [];
  for (let y = rm.periode.mulai; y <= Math.min(sampai, akhirPeriode); y++) if (dataYears.has(y)) years.push(y);
  const perYear = new Map(years.map((y) => [y, latestOfYear(monitoring, y)]));
  const scales = new Map(rm.skala.map((s) => [s.id, s.nilai]));
  const pdName = new Map(rm.perangkat_daerah.map((p) => [p.id, p]));
  const rumus = rm.laporan_pelaksanaan?.rumus_turun ?? "2t-r";
  const fmt1 = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, 1));
  const fmt2 = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, 2));
  const unreported = (r: RekapAksi) => ({
    belumAdaLaporan: tanpaLaporan(r),
    ...(r.dilaporkan > 0 && r.dilaporkan < r.terjadwal ? { belumDilaporkan: formatNumber(r.terjadwal - r.dilaporkan) } : {}),
  });

  // Indicators across the years, with the projection to the end of the period.
  const indikator: EvaluasiContext["indikator"] = [];
  const chartIndicators: object[] = [];
  const indRows: DataTable["rows"] = [];
  const indicatorGroup = new Map<IndikatorEvaluasi, string | undefined>();
  const indicatorId = new Map<IndikatorEvaluasi, string>();
  const labels = areaLabels(rm);
  const areaLabel = (a: { id: string }) => labels.label(a.id);
  const indicatorHeading = (entry: IndicatorEntry) => [entry.kelompok, ...entry.jugaDi.map((a) => `juga indikator Area ${labels.withGroup(a.id)}`)].join("; ");
  for (const [id, entry] of indexIndicators(rm)) {
    const ind = entry.indikator;
    const terms = { ...ind, scale: ind.skala ? scales.get(ind.skala) : undefined };
    const nama = richTextToPlain(ind.nama);
    const kelompok = indicatorHeading(entry);
    // One panel per indicator, titled and ordered by its row in Tabel 2.1: two indicators may share
    // a name (one under a sasaran, one under an area), and must not share a panel.
    const no = indikator.length + 1;
    const panel = `${no}. ${nama}`;
    const yearRows: DataTable["rows"] = [];
    const series = years.map((tahun) => {
      const target = ind.target[String(tahun)];
      const real = perYear.get(tahun)?.data.indikator[id]?.nilai;
      const c = hitungCapaian(terms, target, real, rumus);
      const persen = capaianPersen(c);
      yearRows.push([no, id, nama, kelompok, ind.satuan ?? null, tahun, cellValue(target, ind), numeric(real), persen ?? null, real === undefined ? "belum dilaporkan" : typeof real === "string" ? formatRawValue(real, ind) : null]);
      // Realisasi first: the chart draws the series in this order, so where both are equal the
      // dashed target lies over the realisasi and both show.
      if (typeof real === "number") chartIndicators.push({ no, panel, tahun: String(tahun), seri: "Realisasi", nilai: real });
      if (typeof target === "number") chartIndicators.push({ no, panel, tahun: String(tahun), seri: "Target", nilai: target });
      return { tahun, target: target === undefined ? "–" : formatRawValue(target, ind), realisasi: real === undefined ? "belum dilaporkan" : formatRawValue(real, ind), capaian: capaianShort(c), real, rawTarget: target, persen };
    });
    const targetAkhir = ind.target[String(akhirPeriode)];
    const arah = proyeksiTarget(terms, series.map((s) => ({ tahun: s.tahun, nilai: s.real, target: s.rawTarget })), targetAkhir, akhirPeriode, rumus);
    const proyeksi = arah.proyeksi;
    // Each year's row also carries the indicator's course, so a filter or pivot in the workbook
    // needs no second sheet.
    const course = [cellValue(targetAkhir, ind), ARAH_TEKS[arah.status], proyeksi === undefined ? null : round(proyeksi, 2)];
    for (const row of yearRows) indRows.push([...row, ...course]);
    const item: IndikatorEvaluasi = {
      no,
      nama,
      kelompok,
      satuan: ind.satuan ?? "",
      tahun: series.map(({ real: _r, rawTarget: _t, persen: _p, ...rest }) => rest),
      targetAkhir: targetAkhir === undefined ? "–" : formatRawValue(targetAkhir, ind),
      // A 'capai' indicator (a range such as inflation 1,5-3,5) is better nearer its target, not higher:
      // its trend follows the capaian.
      tren: ind.arah === "capai" ? tren(series.map((s) => s.persen), "naik") : tren(series.map((s) => s.real), ind.arah),
      arah: ARAH_TEKS[arah.status],
      dasar: arah.status === "data-belum-cukup" ? "" : arah.dasar === "target-tahun" ? `target ${arah.tahun}` : `proyeksi ${akhirPeriode}`,
      proyeksi: proyeksi === undefined ? "–" : formatRawValue(round(proyeksi, 2), ind),
    };
    indikator.push(item);
    indicatorGroup.set(item, entry.grup);
    indicatorId.set(item, id);
  }
  const groupName = new Map(rm.kelompok.map((g) => [g.id, g.nama]));
  const adaKelompok = rm.kelompok.length > 0;
  const indikatorKelompok = adaKelompok
    ? [undefined, ...rm.kelompok.map((g) => g.id)].map((gid) => ({ nama: gid === undefined ? undefined : groupName.get(gid), rows: indikator.filter((r) => indicatorGroup.get(r) === gid) })).filter((g) => g.rows.length > 0)
    : [{ rows: indikator }];

  // Rencana aksi per area and PD, year by year, from the period that stands for each year.
  const statusByYear = new Map(years.map((y) => [y, perYear.get(y) ? aksiStatuses(rm, perYear.get(y)!.data, y) : []]));
  const areaRows: DataTable["rows"] = [];
  const chartArea: object[] = [];
  const area = rm.area_perubahan.map((a) => ({
    id: a.id,
    nama: areaLabel(a),
    kelompok: a.kelompok === undefined ? undefined : groupName.get(a.kelompok),
    tahun: years.map((y) => {
      const rows = statusByYear.get(y)!.filter((r) => r.entry.area.id === a.id);
      const r = rekapAksi(rows);
      const bukti = buktiLengkap(rows);
      areaRows.push([areaLabel(a), y, r.terjadwal, r.status.selesai, r.status["belum dilaporkan"], r.persenSelesai ?? null, bukti ?? null]);
      if (r.persenSelesai !== undefined) chartArea.push({ area: areaLabel(a), ...(a.kelompok === undefined ? {} : { kelompok: groupName.get(a.kelompok) }), tahun: String(y), persen: round(r.persenSelesai, 1), label: fmt1(r.persenSelesai) });
      return { persen: fmt1(r.persenSelesai), terjadwal: formatNumber(r.terjadwal), buktiLengkap: fmt1(bukti), ...unreported(r) };
    }),
  }));
  const areaKelompok = groupByArea(rm, area, (a) => a.id).map((g) => ({ nama: g.kelompok?.nama, rows: g.items }));
  const pdRows: DataTable["rows"] = [];
  const pdIds = [...new Set(years.flatMap((y) => statusByYear.get(y)!.map((r) => r.pd)))];
  const pd = pdIds.map((id) => ({
    nama: pdName.get(id)?.nama ?? id,
    tahun: years.map((y) => {
      const r = rekapPer(statusByYear.get(y)!, (x) => x.pd).get(id);
      pdRows.push([pdName.get(id)?.nama ?? id, y, r?.terjadwal ?? 0, r?.status.selesai ?? 0, r?.persenSelesai ?? null]);
      return { persen: fmt1(r?.persenSelesai), ...(r ? unreported(r) : { belumAdaLaporan: false }) };
    }),
  }));

  // Actions late or not carried out at the end of two or more years.
  const history = new Map<string, { row: AksiStatus; years: string[] }>();
  for (const y of years) {
    for (const r of statusByYear.get(y)!) {
      if (!LATE.has(r.status)) continue;
      const key = `${r.entry.kode}|${r.pd}`;
      const h = history.get(key) ?? { row: r, years: [] };
      h.years.push(`${y}: ${r.status}`);
      history.set(key, h);
    }
  }
  const terlambat = [...history.values()]
    .filter((h) => h.years.length >= 2)
    .map((h) => ({ kode: h.row.entry.kode, aksi: richTextToPlain(h.row.entry.aksi.aksi), pd: pdName.get(h.row.pd)?.singkatan ?? h.row.pd, riwayat: h.years.join("; ") }));
  const terlambatKode = [...history.values()].filter((h) => h.years.length >= 2).map((h) => h.row.entry.kode);

  const lastYear = years.at(-1);
  const areaDiBawahAmbang =
    lastYear === undefined
      ? []
      : rm.area_perubahan
          .map((a) => ({ a, r: rekapAksi(statusByYear.get(lastYear)!.filter((x) => x.entry.area.id === a.id)) }))
          .filter(({ r }) => r.persenSelesai !== undefined && r.persenSelesai < AMBANG_PENYELESAIAN)
          .map(({ a, r }) => ({ nama: a.nama, persen: fmt1(r.persenSelesai) }));
  const areaDiBawahAmbangId =
    lastYear === undefined ? [] : rm.area_perubahan.filter((a) => { const r = rekapAksi(statusByYear.get(lastYear)!.filter((x) => x.entry.area.id === a.id)); return r.persenSelesai !== undefined && r.persenSelesai < AMBANG_PENYELESAIAN; }).map((a) => a.id);

  // RB evaluation scores, year by year, with the movement of each part's total.
  const nilaiRows: DataTable["rows"] = [];
  const chartRb: object[] = [];
  const previous = new Map<string, { mandiri?: number; resmi?: number }>();
  const ev = evaluasi.filter((e) => e.data.tahun <= sampai);
  const nilaiRb = ev.map((e) => {
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
        if (b.mandiri !== undefined) chartRb.push({ tahun: String(e.data.tahun), bagian: b.nama, seri: "Penilaian mandiri", nilai: round(b.mandiri, 2), label: fmt2(b.mandiri) });
        if (b.resmi !== undefined) chartRb.push({ tahun: String(e.data.tahun), bagian: b.nama, seri: "Nilai resmi", nilai: round(b.resmi, 2), label: fmt2(b.resmi) });
        for (const n of b.nodes) nilaiRows.push([e.data.tahun, e.instrumen.id, b.nama, n.nama, n.depth, n.bobot, n.mandiri ?? null, n.resmi ?? null, n.selisih ?? null, n.bobotDiasumsikan ? "asumsi" : null]);
        nilaiRows.push([e.data.tahun, e.instrumen.id, b.nama, `TOTAL ${b.nama}`, -1, b.total, b.mandiri ?? null, b.resmi ?? null, b.selisih ?? null, null]);
        return {
          nama: b.nama,
          mandiri: b.mandiri === undefined ? `belum lengkap (${b.dinilai} dari ${b.daun} komponen)` : fmt2(b.mandiri),
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
  // A recommendation repeated in a later year's evaluation is one recommendation: its latest entry
  // says whether it is still open, and the earlier ones point to it.
  const key = (uraian: string) => uraian.trim().toLocaleLowerCase("id");
  const latest = new Map<string, number>();
  for (const e of ev) for (const r of e.data.rekomendasi) latest.set(key(r.uraian), Math.max(latest.get(key(r.uraian)) ?? -Infinity, e.data.tahun));
  const rekomendasi = ev.flatMap((e) =>
    e.data.rekomendasi.map((r) => {
      const last = latest.get(key(r.uraian))!;
      const lanjutan = last > e.data.tahun ? last : undefined;
      return { tahun: e.data.tahun, uraian: r.uraian, pd: r.pd.map((p) => pdName.get(p)?.singkatan ?? p).join(", ") || "–", status: r.status, tindakLanjut: r.tindak_lanjut ?? "–", lanjutan, terbuka: lanjutan === undefined && r.status !== "selesai" };
    }),
  );

  // The previous period's Tabel 2.1 beside this period's realisasi. A previous indicator is matched
  // by the key stated in the data ('padanan'), else by the same id, else by the same name; those
  // that match nothing are listed by name.
  const prevEval = rm.evaluasi_sebelumnya;
  const current = indexIndicators(rm);
  const byName = new Map([...current].map(([id, e]) => [normalName(richTextToPlain(e.indikator.nama)), id]));
  const perbandinganBaris: EvaluasiContext["perbandingan"]["baris"] = [];
  const tanpaPadanan: string[] = [];
  for (const pi of prevEval?.sasaran.flatMap((s) => s.indikator) ?? []) {
    const id = pi.padanan ?? (current.has(pi.id) ? pi.id : byName.get(normalName(richTextToPlain(pi.nama))));
    const match = id === undefined ? undefined : current.get(id);
    if (!match || id === undefined) {
      tanpaPadanan.push(richTextToPlain(pi.nama));
      continue;
    }
    const now = years.map((y) => {
      const v = perYear.get(y)?.data.indikator[id]?.nilai;
      return `${y}: ${v === undefined ? "belum dilaporkan" : formatRawValue(v, match.indikator)}`;
    });
    perbandinganBaris.push({ nama: richTextToPlain(pi.nama), padanan: richTextToPlain(match.indikator.nama), target: formatRawValue(pi.target, pi), realisasi: pi.realisasi ? formatRawValue(pi.realisasi.nilai, pi) : "–", sekarang: now.join("; ") || "–" });
  }

  const contoh = [...perYear.values()].some((m) => m?.data.contoh) || ev.some((e) => e.data.contoh);
  const signer = rm.laporan_pelaksanaan?.penanda_tangan ?? rm.regulasi.penanda_tangan.sekretaris_daerah;
  const created = `${(lastYear ?? rm.periode.mulai) + 1}-01-31`;
  const catatan = [...ev].reverse().find((e) => e.data.catatan_tim)?.data.catatan_tim;
  // Named with their Tabel 2.1 row: an indicator under a sasaran and one under an area may share a name.
  const offCourse = indikator.filter((i) => i.arah === ARAH_TEKS["tidak-sesuai"]);
  const tidakSesuai = offCourse.map((i) => `${i.nama} (${i.kelompok})`);

  // RATL: each recommendation once, by its latest entry, against the document's date.
  const latestEntry = new Map<string, { tahun: number; r: (typeof ev)[number]["data"]["rekomendasi"][number] }>();
  for (const e of ev) for (const r of e.data.rekomendasi) latestEntry.set(key(r.uraian), { tahun: e.data.tahun, r });
  const ratlBaris = [...latestEntry.values()].map(({ tahun, r }) => ({
    tahun,
    uraian: r.uraian,
    rencana: r.rencana_tindak_lanjut ?? "–",
    pd: r.pd.map((p) => pdName.get(p)?.singkatan ?? p).join(", ") || "–",
    batasWaktu: r.batas_waktu ? formatDate(r.batas_waktu) : "–",
    batasIso: r.batas_waktu,
    status: r.status,
    lewatBatas: lewatBatasWaktu(r.batas_waktu, r.status, created),
  }));

  // What the Tim decided for each finding, from the latest evaluation that says.
  const keputusan = [...ev].reverse().find((e) => e.data.rekomendasi_tim.length > 0)?.data.rekomendasi_tim ?? [];
  const pdList = (ids: readonly string[] | undefined) => (ids ?? []).map((p) => pdName.get(p)?.singkatan ?? p).join(", ");
  const current0 = indexIndicators(rm);
  const pokjaOf = (areaId: string) => rm.tim.pokja.filter((p) => p.area.includes(areaId)).map((p) => p.nama).join("; ");
  const temuan: EvaluasiContext["temuan"] = {
    indikator: temuanJenis(offCourse.map((i) => {
      const id = indicatorId.get(i)!;
      return { nama: i.nama, kelompok: i.kelompok, dasar: i.dasar, pelapor: pdList(current0.get(id)?.indikator.pelapor), tindakLanjut: tindakLanjutTim(keputusan, "indikator", id) };
    })),
    area: temuanJenis(areaDiBawahAmbangId.map((id, n) => ({ nama: labels.withGroup(id), persen: areaDiBawahAmbang[n].persen, pokja: pokjaOf(id), tindakLanjut: tindakLanjutTim(keputusan, "area", id) }))),
    aksi: temuanJenis(terlambat.map((t, n) => ({ ...t, aksi: t.aksi.replace(/[\s;:,.]+$/, ""), tindakLanjut: tindakLanjutTim(keputusan, "aksi", terlambatKode[n]) }))),
    rekomendasi: { terbuka: 0, jumlah: 0, lewatBatas: ratlBaris.filter((r) => r.lewatBatas).length, tindakLanjut: tindakLanjutTim(keputusan, "rekomendasi") },
  };

  return {
    created,
    contoh,
    pemda: { daerah: names.daerah, daerahUpper: names.daerah.toLocaleUpperCase("id"), kepalaDaerah: names.kepalaDaerah, ibuKota: rm.pemda.ibu_kota, lambangPath: rm.pemda.lambang ? absolute(dataDir, rm.pemda.lambang) : undefined },
    roadMap: `${rm.periode.mulai}-${rm.periode.selesai}`,
    tahun: { daftar: years, awal: years[0] ?? rm.periode.mulai, akhir: lastYear ?? rm.periode.mulai, akhirPeriode, jumlah: years.length },
    penandaTangan: { jabatan: signer.jabatan, nama: signer.nama, pangkat: signer.pangkat, nip: signer.nip, tempat: rm.pemda.ibu_kota, tanggal: formatDate(created) },
    indikator,
    indikatorKelompok,
    adaKelompok,
    indikatorTidakSesuai: tidakSesuai,
    area,
    areaKelompok,
    pd,
    terlambat,
    areaDiBawahAmbang,
    ambang: formatNumber(AMBANG_PENYELESAIAN),
    nilaiRb,
    rekomendasi,
    rekomendasiTerbuka: rekomendasi.filter((r) => r.terbuka).length,
    rekomendasiJumlah: latest.size,
    perbandingan: { ada: perbandinganBaris.length > 0 || tanpaPadanan.length > 0, periode: prevEval ? `${prevEval.periode.mulai}-${prevEval.periode.selesai}` : "", baris: perbandinganBaris, tanpaPadanan },
    catatanTim: catatan?.map((b) => prepareBlock(b, dataDir)),
    grafik: { indikator: chartIndicators, penyelesaianArea: chartArea, nilaiRb: chartRb, adaIndikator: chartIndicators.length > 0, adaNilaiRb: chartRb.length > 0 },
    tabelData: [
      {
        sheet: "Indikator",
        title: "Target, realisasi dan capaian indikator per tahun, dengan arah menuju target akhir",
        columns: [
          { header: "No (Tabel 2.1)", width: 8 },
          { header: "ID", width: 26 },
          { header: "Indikator", width: 44 },
          { header: "Sasaran / Area", width: 30 },
          { header: "Satuan", width: 10 },
          { header: "Tahun", width: 8 },
          { header: "Target", width: 10, format: "angka" },
          { header: "Realisasi", width: 10, format: "angka" },
          { header: "Capaian (%)", width: 12, format: "persen" },
          { header: "Keterangan realisasi", width: 20 },
          { header: `Target ${akhirPeriode}`, width: 10, format: "angka" },
          { header: "Arah", width: 16 },
          { header: `Proyeksi ${akhirPeriode}`, width: 10, format: "angka" },
        ],
        rows: indRows,
      },
      { sheet: "Rencana Aksi per Area", title: "Penyelesaian rencana aksi per area per tahun", columns: [{ header: "Area", width: 40 }, { header: "Tahun", width: 8 }, { header: "Terjadwal", width: 11 }, { header: "Selesai", width: 10 }, { header: "Belum dilaporkan", width: 16 }, { header: "Selesai (%)", width: 12, format: "persen" }, { header: "Bukti lengkap (%)", width: 16, format: "persen" }], rows: areaRows },
      { sheet: "Rencana Aksi per PD", title: "Penyelesaian rencana aksi per Perangkat Daerah per tahun", columns: [{ header: "Perangkat Daerah", width: 48 }, { header: "Tahun", width: 8 }, { header: "Terjadwal", width: 11 }, { header: "Selesai", width: 10 }, { header: "Selesai (%)", width: 12, format: "persen" }], rows: pdRows },
      { sheet: "Nilai RB", title: "Nilai evaluasi RB per komponen: penilaian mandiri dan nilai resmi", columns: [{ header: "Tahun", width: 8 }, { header: "Instrumen", width: 14 }, { header: "Bagian", width: 26 }, { header: "Komponen", width: 44 }, { header: "Tingkat", width: 8 }, { header: "Bobot", width: 8, format: "angka" }, { header: "Mandiri", width: 10, format: "angka" }, { header: "Resmi", width: 10, format: "angka" }, { header: "Selisih", width: 10, format: "angka" }, { header: "Keterangan bobot", width: 12 }], rows: nilaiRows },
      { sheet: "Rekomendasi", title: "Rekomendasi hasil evaluasi RB dan tindak lanjutnya", columns: [{ header: "Tahun", width: 8 }, { header: "Rekomendasi", width: 60 }, { header: "PD", width: 24 }, { header: "Status", width: 22 }, { header: "Tindak lanjut", width: 44 }], rows: rekomendasi.map((r) => [r.tahun, r.uraian, r.pd, r.status, r.tindakLanjut]) },
      {
        sheet: "RATL",
        title: `Rencana aksi tindak lanjut rekomendasi hasil evaluasi RB, keadaan ${formatDate(created)}`,
        columns: [{ header: "Tahun LHE", width: 10 }, { header: "Rekomendasi", width: 50 }, { header: "Rencana tindak lanjut", width: 44 }, { header: "PD", width: 24 }, { header: "Batas waktu", width: 12 }, { header: "Status", width: 22 }, { header: "Lewat batas waktu", width: 18 }],
        rows: ratlBaris.map((r) => [r.tahun, r.uraian, r.rencana === "–" ? null : r.rencana, r.pd, r.batasIso ?? null, r.status, r.lewatBatas ? "lewat batas waktu" : null]),
      },
    ],
    dasarHukum: dasarHukum(rm, [...new Set(ev.map((e) => e.instrumen.dasar))]),
    tim: profilTim(rm.tim, `${years[0] ?? rm.periode.mulai}-01-01`, `${lastYear ?? rm.periode.mulai}-12-31`, labels.withGroup, (id) => pdName.get(id)?.singkatan ?? id, formatDate),
    ratl: { tanggal: formatDate(created), baris: ratlBaris.map(({ batasIso: _b, ...r }) => r), lewatBatas: ratlBaris.filter((r) => r.lewatBatas).length, adaRencana: ratlBaris.some((r) => r.rencana !== "–" || r.batasWaktu !== "–") },
    temuan: { ...temuan, rekomendasi: { ...temuan.rekomendasi, terbuka: rekomendasi.filter((r) => r.terbuka).length, jumlah: latest.size } },
  };
}

function numeric(v: RawValue | undefined): number | null {
  return typeof v === "number" ? v : null;
}

/** A workbook cell for a target: the number, or the text as the documents print it ("≥ 3,5", "B"). */
function cellValue(v: RawValue | undefined, ind: Parameters<typeof formatRawValue>[1]): number | string | null {
  return v === undefined ? null : typeof v === "number" ? v : formatRawValue(v, ind);
}

/** Names compared without case, spacing or punctuation at the ends. */
function normalName(s: string): string {
  return s.toLocaleLowerCase("id").replace(/\s+/g, " ").replace(/^[\s.;:,]+|[\s.;:,]+$/g, "");
}

function buktiLengkap(rows: readonly AksiStatus[]): number | undefined {
  const done = rows.filter((r) => r.status === "selesai");
  if (done.length === 0) return undefined;
  const withEvidence = done.filter((r) => r.laporan?.bukti.some((b) => b.nomor || b.berkas || b.tautan)).length;
  return (withEvidence / done.length) * 100;
}

function tren(values: readonly (RawValue | undefined)[], arah: string): string {
  const nums = values.filter((v): v is number => typeof v === "number");
  if (nums.length < 2) return "–";
  const [a, b] = nums.slice(-2);
  if (a === b) return "tetap";
  const up = b > a;
  if (arah === "turun") return up ? "memburuk" : "membaik";
  return up ? "membaik" : "memburuk";
}

function capaianShort(c: Capaian): string {
  const persen = capaianPersen(c);
  if (persen !== undefined) return `${formatNumber(persen, 1)}%`;
  if (c.kind === "kategori") return c.met ? "tercapai" : "belum";
  return "–";
}

function signed(x: number): string {
  const s = formatNumber(Math.abs(x), 2);
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : "0";
}


