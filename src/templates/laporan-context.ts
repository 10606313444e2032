import { areaLabels, areaNumbers, groupByArea, groupRows } from "../domain/groups.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import { capaianPersen, hitungCapaian, predikatOf, PREDIKAT_PERMENDAGRI_86_2017, tercapai, type AlasanTidakDihitung, type Capaian } from "../domain/capaian.js";
import { formatDate, formatNumber, formatRawValue } from "../domain/format.js";
import { aksiStatuses, BELUM_DILAPORKAN, type AksiStatus, type StatusLaporan } from "../domain/monitoring.js";
import { pemdaNames } from "../domain/pemda.js";
import { periodeLabel } from "../domain/periode.js";
import { indexIndicators } from "../domain/rencana-aksi.js";
import { rekapAksi, rekapPer, tanpaLaporan, type RekapAksi } from "../domain/rekap.js";
import type { RoadMap } from "../schema/roadmap.js";
import { absolute, prepareBlock } from "./context.js";
import { richTextToPlain } from "./rich-text.js";
import { dilaporkanView, type DilaporkanView } from "./laporan-baris.js";
import { quickWinViews, type QuickWinView } from "./laporan-quick-wins.js";
import { dataDukungContext, type DataDukungContext } from "./laporan-data-dukung.js";
import { round } from "../util/text.js";
import { dasarHukum, type DasarHukum } from "../domain/dasar-hukum.js";
import { profilTim, type ProfilTim } from "../domain/tim.js";

/**
 * Everything the report templates read: figures already computed by the domain and already
 * written the Indonesian way (decimal comma, "23 Desember 2021"). The templates choose the words
 * around them; nothing is computed in a template.
 */
export interface LaporanContext {
  created: string;
  contoh: boolean;
  periode: { id: string; label: string; tahun: number; semester: boolean; mulai: string; selesai: string };
  roadMap: string;
  pemda: { daerah: string; daerahUpper: string; kepalaDaerah: string; ibuKota: string; lambangPath?: string };
  /** Present for one PD's report. */
  pd?: { id: string; nama: string; namaUpper: string; singkatan: string };
  penandaTangan: { jabatan: string; nama?: string; pangkat?: string; nip?: string; tempat: string; tanggal: string };
  prosa: { kataPengantar?: unknown[]; pendahuluan?: unknown[]; penutup?: unknown[] };
  angka: Figures & { adaAksi: boolean; pdMelapor: number; pdTerjadwal: number };
  indikator: IndicatorRow[];
  /** The same rows under their RB General / RB Tematik heading; one group without a name when the road map has no groups. */
  indikatorKelompok: { nama?: string; rows: IndicatorRow[] }[];
  /** The road map has groups (RB General, RB Tematik): tables and charts show them as headed groups. */
  adaKelompok: boolean;
  /** One PD's report with nothing scheduled, no quick win and no indicator to report: a one-page statement. */
  kosong: boolean;
  /** One PD's report: whether the PD sent a monitoring report for the period at all. */
  pdMenyampaikan: boolean;
  /** Indicators left out of a mid-year report because they are measured at year end (no realisasi yet). */
  diukurAkhirTahun: number;
  /** Lampiran: the evidence named in the period's monitoring, with what a reader would reject. */
  dataDukung: DataDukungContext;
  /** The quick wins of the report (a PD's: those it reports), with the numbers of their sub-chapter and table in BAB III. */
  quickWins: { ada: boolean; rows: QuickWinView[]; subbab: number; tabel: number; selesai: string; jumlah: string };
  /** Some indicator in the table improves as it goes down; a note under the table explains ↓. */
  adaTurun: boolean;
  indikatorAngka: { jumlah: number; dihitung: number; tercapai: number; belumDilaporkan: number; adaBelumDilaporkan: boolean; tanpaCapaian: { targetNa: number; belumDilaporkan: number; realisasiNa: number } };
  areas: AreaView[];
  /** The areas under their group heading, with the group's subtotal when the road map has groups. */
  kelompokAreas: { nama?: string; areas: AreaView[]; subtotal?: Figures }[];
  pds: (Figures & { nama: string; singkatan: string })[];
  /** Kendala per area, the areas under their group heading (no heading without groups). */
  kendala: { nama?: string; areas: { area: string; tabel: number; rows: KendalaRow[] }[] }[];
  adaKendala: boolean;
  /** Whether the report has numbered tables and figures at all, for the Daftar Tabel and Daftar Gambar. */
  ada: { tabel: boolean; gambar: boolean };
  predikatSkala: string;
  rumusTurun: string;
  grafik: { tanpaGrafik: { alasan: AlasanTanpaGrafik; nomor: string }[]; indikator: object[]; statusArea: object[]; penyelesaianPd: object[]; urutanStatus: string[]; adaIndikator: boolean };
  /** The regulations the report rests on (BAB I). */
  dasarHukum: DasarHukum[];
  /** The Tim RB: its SK, membership, monitoring schedule and the meetings held in the report's period. */
  tim: ProfilTim;
}

/** One group's rencana aksi figures, each number written as printed. */
export interface Figures {
  terjadwal: string;
  dilaporkan: string;
  selesai: string;
  dalamProses: string;
  belumDimulai: string;
  tidakDilaksanakan: string;
  ditunda: string;
  belumDilaporkan: string;
  persenSelesai: string;
  persenDilaporkan: string;
  /** Something was scheduled and something of it reported: the share finished is known. */
  adaLaporan: boolean;
  /** Scheduled but nothing of it reported. */
  belumAdaLaporan: boolean;
  /** The statuses besides selesai and belum dilaporkan that occur, in the charts' order, with their counts. */
  belumSelesai: { jumlah: string; status: StatusLaporan }[];
  anggaran: { ada: boolean; baris: string; pagu: string; realisasi: string; persen: string };
}

export interface IndicatorRow {
  no: number;
  /** "Sasaran: …" or "Area: …", and the areas that list the same measurement again. */
  kelompok: string;
  nama: string;
  satuan: string;
  /** The indicator improves as it goes down: printed with ↓. */
  turun: boolean;
  target: string;
  realisasi: string;
  capaian: string;
  predikat: string;
  sumber: string;
  /** The Tim's analysis of this indicator for the period, when it wrote one. */
  analisis?: string;
}

export interface AreaView {
  id: string;
  nomor: number;
  /** "1. Manajemen Perubahan": numbered within its group, as in the road map. */
  label: string;
  kelompok?: string;
  nama: string;
  /** The Tim's analysis of this area for the period, when it wrote one. */
  analisis?: string;
  rekap: Figures;
  aksi: ({ kode: string; aksi: string; outputRencana: string; pd: string } & DilaporkanView)[];
}

export interface KendalaRow {
  kode: string;
  pd: string;
  status: string;
  kendala: string;
  tindakLanjut: string;
  rekomendasi: string;
}

export interface LaporanOptions {
  pd?: string;
  /** The year's report, from the period that stands for the year, rather than that period's own report. */
  tahunan?: boolean;
  /** Every monitoring period, so the evidence annex sees what earlier reports of the year said. */
  earlier?: readonly MonitoringPeriod[];
}

export function buildLaporanContext(rm: RoadMap, dataDir: string, period: MonitoringPeriod, options: LaporanOptions): LaporanContext {
  const names = pemdaNames(rm.pemda, rm.regulasi.jenis);
  const config = rm.laporan_pelaksanaan;
  const pdName = new Map(rm.perangkat_daerah.map((p) => [p.id, p]));
  const pd = options.pd ? pdName.get(options.pd) : undefined;
  const { periode, data } = period;

  const allRows = aksiStatuses(rm, data, periode.tahun);
  const rows = pd ? allRows.filter((r) => r.pd === pd.id) : allRows;
  const total = rekapAksi(rows);
  const byArea = rekapPer(rows, (r) => r.entry.area.id);
  const byPd = rekapPer(rows, (r) => r.pd);
  const areaIds = new Set(rows.map((r) => r.entry.area.id));

  const { label: areaLabel, withGroup: areaWithGroup } = areaLabels(rm);

  // Indicators: the pemda's sasaran and area indicators; a PD's report keeps those of the areas it works in.
  const scales = new Map(rm.skala.map((s) => [s.id, s.nilai]));
  const bands = config?.predikat ?? PREDIKAT_PERMENDAGRI_86_2017;
  const rumus = config?.rumus_turun ?? "2t-r";
  const indicatorRows: IndicatorRow[] = [];
  const chartIndicators: object[] = [];
  let dihitung = 0;
  let tercapaiCount = 0;
  let belumDilaporkan = 0;
  // Why a capaian cannot be computed, one reason per indicator, the first that applies.
  const tanpaCapaian = { targetNa: 0, belumDilaporkan: 0, realisasiNa: 0 };
  const indicatorGroup = new Map<IndicatorRow, string | undefined>();
  // A period that ends before the year does (Semester I, a quarter) holds the indicators someone
  // measured in it; those with no realisasi yet are measured at year end, and are said so in one
  // line instead of a table of "belum dilaporkan" rows.
  const midYear = !options.tahunan && periode.selesai < `${periode.tahun}-12-31`;
  let diukurAkhirTahun = 0;
  const tanpaGrafik: { no: number; alasan: AlasanTanpaGrafik }[] = [];
  for (const [id, entry] of indexIndicators(rm)) {
    // A PD's report holds the indicators the PD reports ('pelapor'), not every indicator of its areas.
    if (pd && !entry.indikator.pelapor?.includes(pd.id)) continue;
    if (midYear && data.indikator[id] === undefined) {
      diukurAkhirTahun++;
      continue;
    }
    const ind = entry.indikator;
    const target = ind.target[String(periode.tahun)];
    const real = data.indikator[id];
    const capaian = hitungCapaian({ ...ind, scale: ind.skala ? scales.get(ind.skala) : undefined }, target, real?.nilai, rumus);
    if (capaian.kind !== "tidak-dihitung") dihitung++;
    if (tercapai(capaian)) tercapaiCount++;
    if (!real) belumDilaporkan++;
    if (capaian.kind === "tidak-dihitung") {
      if (target === undefined || target === "n.a") tanpaCapaian.targetNa++;
      else if (!real) tanpaCapaian.belumDilaporkan++;
      else tanpaCapaian.realisasiNa++;
    }
    const nama = richTextToPlain(ind.nama);
    const row: IndicatorRow = {
      no: indicatorRows.length + 1,
      kelompok: [entry.kelompok, ...entry.jugaDi.map((a) => `juga indikator Area ${areaWithGroup(a.id)}`)].join("; "),
      nama,
      satuan: ind.satuan ?? "",
      turun: ind.arah === "turun",
      target: target === undefined ? "–" : formatRawValue(target, ind),
      realisasi: real ? formatRawValue(real.nilai, ind) : "belum dilaporkan",
      capaian: capaianText(capaian),
      predikat: predikatOf(capaian, bands) ?? "–",
      sumber: real?.sumber ?? "",
      ...(real?.analisis ? { analisis: real.analisis } : {}),
    };
    indicatorRows.push(row);
    indicatorGroup.set(row, entry.grup);
    const persen = capaianPersen(capaian);
    // Numbered as in the table beside it: two indicators may share a name (one per area), and the
    // chart must not stack them into one bar.
    const no = indicatorRows.length;
    if (persen !== undefined) chartIndicators.push({ indikator: `${no}. ${nama}`, capaian: round(persen, 1), label: `${formatNumber(persen, 1)}%` });
    // The chart draws percentages only; the note under it says which rows it leaves out, and why.
    else tanpaGrafik.push({ no, alasan: capaian.kind === "tidak-dihitung" ? capaian.reason : capaian.kind === "kategori" ? "kategori" : "nilai-tidak-sah" });
  }

  // Numbered as in the road map: within its group, when it has RB General and RB Tematik.
  const areaNumber = areaNumbers(rm);
  const groupName = new Map(rm.kelompok.map((g) => [g.id, g.nama]));
  const areas: AreaView[] = rm.area_perubahan
    .filter((a) => areaIds.has(a.id))
    .map((a) => ({
      id: a.id,
      nomor: areaNumber.get(a.id)?.nomor ?? 0,
      label: areaLabel(a.id),
      nama: a.nama,
      kelompok: a.kelompok === undefined ? undefined : groupName.get(a.kelompok),
      ...(data.analisis_area[a.id] ? { analisis: data.analisis_area[a.id] } : {}),
      rekap: figures(byArea.get(a.id)!),
      aksi: rows.filter((r) => r.entry.area.id === a.id).map((r) => aksiView(r, pdName)),
    }));
  const adaKelompok = rm.kelompok.length > 0;
  const kelompokAreas = groupByArea(rm, areas, (a) => a.id).map((g) => ({
    nama: g.kelompok?.nama,
    areas: g.items,
    // A subtotal per group, from the rows of its areas, so it sums to Tabel 3.1's Jumlah.
    ...(g.kelompok ? { subtotal: figures(rekapAksi(rows.filter((r) => g.items.some((a) => a.id === r.entry.area.id)))) } : {}),
  }));

  const kendalaOf = (a: AreaView) => ({
    area: a.label,
    rows: rows
      .filter((r) => r.entry.area.id === a.id && r.laporan && (r.laporan.kendala || r.laporan.tindak_lanjut || r.laporan.rekomendasi))
      .map((r) => ({
        kode: r.entry.kode,
        pd: pdName.get(r.pd)?.singkatan ?? r.pd,
        status: r.status,
        kendala: r.laporan?.kendala ?? "–",
        tindakLanjut: r.laporan?.tindak_lanjut ?? "–",
        rekomendasi: r.laporan?.rekomendasi ?? "–",
      })),
  });
  // Each area's kendala is a numbered table of BAB IV (Tabel 4.1, 4.2, …), listed in the Daftar Tabel.
  let kendalaTabel = 0;
  const kendala = kelompokAreas
    .map((g) => ({ nama: g.nama, areas: g.areas.map(kendalaOf).filter((k) => k.rows.length > 0).map((k) => ({ ...k, tabel: ++kendalaTabel })) }))
    .filter((g) => g.areas.length > 0);
  const indikatorKelompok = groupRows(rm, indicatorRows, (r) => indicatorGroup.get(r));

  const pds = [...byPd]
    .map(([id, r]) => ({ nama: pdName.get(id)?.nama ?? id, singkatan: pdName.get(id)?.singkatan ?? id, r }))
    .sort((a, b) => (b.r.persenSelesai ?? -1) - (a.r.persenSelesai ?? -1) || a.nama.localeCompare(b.nama, "id"));

  const quickWinRows = quickWinViews(rm, data, pd?.id);

  const reportDates = Object.values(data.laporan).map((l) => l.tanggal).filter((d): d is string => d !== undefined).sort();
  const created = reportDates.at(-1) ?? periode.selesai;
  const signer = config?.penanda_tangan ?? rm.regulasi.penanda_tangan.sekretaris_daerah;
  const upper = (s: string) => s.toLocaleUpperCase("id");
  const mulaiIso = options.tahunan ? `${periode.tahun}-01-01` : periode.mulai;

  return {
    created,
    contoh: data.contoh,
    periode: options.tahunan
      ? { id: String(periode.tahun), label: `Tahun ${periode.tahun}`, tahun: periode.tahun, semester: false, mulai: formatDate(`${periode.tahun}-01-01`), selesai: formatDate(periode.selesai) }
      : { id: periode.id, label: periodeLabel(periode), tahun: periode.tahun, semester: periode.jenis !== "tahun", mulai: formatDate(periode.mulai), selesai: formatDate(periode.selesai) },
    roadMap: `${rm.periode.mulai}-${rm.periode.selesai}`,
    pemda: {
      daerah: names.daerah,
      daerahUpper: upper(names.daerah),
      kepalaDaerah: names.kepalaDaerah,
      ibuKota: rm.pemda.ibu_kota,
      lambangPath: rm.pemda.lambang ? absolute(dataDir, rm.pemda.lambang) : undefined,
    },
    pd: pd ? { id: pd.id, nama: pd.nama, namaUpper: upper(pd.nama), singkatan: pd.singkatan } : undefined,
    penandaTangan: pd
      ? { jabatan: `Kepala ${pd.nama}`, tempat: rm.pemda.ibu_kota, tanggal: formatDate(created) }
      : { jabatan: signer.jabatan, nama: signer.nama, pangkat: signer.pangkat, nip: signer.nip, tempat: rm.pemda.ibu_kota, tanggal: formatDate(created) },
    prosa: {
      kataPengantar: config?.kata_pengantar && !pd ? config.kata_pengantar.map((b) => prepareBlock(b, dataDir)) : undefined,
      pendahuluan: config?.pendahuluan?.map((b) => prepareBlock(b, dataDir)),
      penutup: config?.penutup?.map((b) => prepareBlock(b, dataDir)),
    },
    angka: { ...figures(total), adaAksi: total.terjadwal > 0, pdMelapor: new Set(rows.filter((r) => r.status !== BELUM_DILAPORKAN).map((r) => r.pd)).size, pdTerjadwal: byPd.size },
    indikator: indicatorRows,
    indikatorKelompok,
    adaKelompok,
    pdMenyampaikan: pd !== undefined && data.laporan[pd.id] !== undefined,
    diukurAkhirTahun,
    kosong: pd !== undefined && total.terjadwal === 0 && indicatorRows.length === 0 && quickWinRows.length === 0,
    dataDukung: dataDukungContext(rm, periode, data, options.earlier ?? [], pd?.id),
    quickWins: {
      ada: quickWinRows.length > 0,
      rows: quickWinRows,
      // After the areas' sub-chapters 3.1… and their tables 3.2…; 3.1 and Tabel 3.1 when nothing is scheduled.
      subbab: total.terjadwal > 0 ? areas.length + 1 : 1,
      tabel: total.terjadwal > 0 ? areas.length + 2 : 1,
      selesai: formatNumber(quickWinRows.filter((q) => q.status === "selesai").length),
      jumlah: formatNumber(quickWinRows.length),
    },
    adaTurun: indicatorRows.some((r) => r.turun),
    indikatorAngka: { jumlah: indicatorRows.length, dihitung, tercapai: tercapaiCount, belumDilaporkan, adaBelumDilaporkan: belumDilaporkan > 0, tanpaCapaian },
    areas,
    kelompokAreas,
    pds: pds.map((p) => ({ ...figures(p.r), nama: p.nama, singkatan: p.singkatan })),
    kendala,
    adaKendala: kendala.length > 0,
    ada: { tabel: indicatorRows.length > 0 || total.terjadwal > 0 || quickWinRows.length > 0 || !pd, gambar: chartIndicators.length > 0 || total.terjadwal > 0 },
    predikatSkala: [...bands].sort((a, b) => b.min - a.min).map((b) => (Number.isFinite(b.min) ? `${b.predikat} (≥ ${formatNumber(b.min)})` : b.predikat)).join(", "),
    rumusTurun: rumus === "t/r" ? "target ÷ realisasi × 100" : "(2 × target − realisasi) ÷ target × 100",
    grafik: {
      indikator: chartIndicators,
      tanpaGrafik: leftOut(tanpaGrafik),
      adaIndikator: chartIndicators.length > 0,
      statusArea: areas.flatMap((a) =>
        STATUS_ORDER.map((s, order) => ({ area: a.label, ...(a.kelompok ? { kelompok: a.kelompok } : {}), status: s, urutan: order, jumlah: byArea.get(a.id)!.status[s] })).filter((x) => x.jumlah > 0),
      ),
      // A PD that reported nothing keeps its row, with no bar: its share is unknown, not 0%.
      penyelesaianPd: pds.map((p) => ({ pd: p.singkatan, persen: round(p.r.persenSelesai ?? 0, 1), label: p.r.persenSelesai === undefined ? undefined : `${formatNumber(p.r.persenSelesai, 1)}%`, dilaporkan: p.r.persenSelesai !== undefined })),
      urutanStatus: STATUS_ORDER,
    },
    dasarHukum: dasarHukum(rm),
    tim: profilTim(rm.tim, mulaiIso, periode.selesai, areaWithGroup, (id) => pdName.get(id)?.singkatan ?? id, formatDate),
  };
}

/** Charts stack statuses from done to not reported, so the finished share reads from the axis. */
const STATUS_ORDER: StatusLaporan[] = ["selesai", "dalam proses", "belum dimulai", "ditunda", "tidak dilaksanakan", BELUM_DILAPORKAN];
/** The statuses of a scheduled action that is neither finished nor unreported, in the charts' order. */
const BELUM_SELESAI = STATUS_ORDER.slice(1, -1);

function figures(r: RekapAksi): Figures {
  const n = (x: number) => formatNumber(x);
  const pct = (x: number | undefined) => (x === undefined ? "–" : formatNumber(x, 1));
  const s = (k: StatusLaporan) => n(r.status[k]);
  return {
    terjadwal: n(r.terjadwal),
    dilaporkan: n(r.dilaporkan),
    selesai: s("selesai"),
    dalamProses: s("dalam proses"),
    belumDimulai: s("belum dimulai"),
    tidakDilaksanakan: s("tidak dilaksanakan"),
    ditunda: s("ditunda"),
    belumDilaporkan: s(BELUM_DILAPORKAN),
    persenSelesai: pct(r.persenSelesai),
    adaLaporan: r.persenSelesai !== undefined,
    belumAdaLaporan: tanpaLaporan(r),
    belumSelesai: BELUM_SELESAI.filter((k) => r.status[k] > 0).map((k) => ({ jumlah: s(k), status: k })),
    persenDilaporkan: pct(r.terjadwal > 0 ? (r.dilaporkan / r.terjadwal) * 100 : undefined),
    anggaran: { ada: r.anggaran.baris > 0, baris: n(r.anggaran.baris), pagu: rupiah(r.anggaran.pagu), realisasi: rupiah(r.anggaran.realisasi), persen: pct(r.anggaran.persen) },
  };
}

function aksiView(r: AksiStatus, pdName: Map<string, { singkatan: string }>): AreaView["aksi"][number] {
  return {
    kode: r.entry.kode,
    aksi: richTextToPlain(r.entry.aksi.aksi),
    outputRencana: richTextToPlain(r.entry.aksi.output),
    pd: pdName.get(r.pd)?.singkatan ?? r.pd,
    ...dilaporkanView(r.status, r.laporan),
  };
}

/** Why an indicator of Tabel 2.1 has no bar in Gambar 2.1: a category, or no capaian computed. */
export type AlasanTanpaGrafik = "kategori" | AlasanTidakDihitung;

/** Rows left out of the chart, grouped by reason in a stated order, each with the rows' numbers. */
function leftOut(list: readonly { no: number; alasan: AlasanTanpaGrafik }[]): { alasan: AlasanTanpaGrafik; nomor: string }[] {
  const order: AlasanTanpaGrafik[] = ["kategori", "belum-dilaporkan", "realisasi-na", "target-na", "tanpa-target", "target-nol", "realisasi-nol", "nilai-tidak-sah"];
  return order.map((alasan) => ({ alasan, nomor: list.filter((x) => x.alasan === alasan).map((x) => x.no).join(", ") })).filter((x) => x.nomor !== "");
}

function capaianText(c: Capaian): string {
  switch (c.kind) {
    case "persen":
      return `${formatNumber(c.value, 2)}%`;
    case "kategori":
      return c.met ? (c.steps > 0 ? `tercapai (${c.steps} tingkat di atas target)` : "tercapai") : `belum tercapai (${-c.steps} tingkat di bawah target)`;
    case "ambang":
      return `${formatNumber(c.value, 2)}% (${c.met ? "ambang tercapai" : "ambang belum tercapai"})`;
    case "rentang":
      return c.within ? "100% (dalam rentang)" : `${formatNumber(c.value, 2)}% (di luar rentang)`;
    case "skor-predikat":
      return `${formatNumber(c.value, 2)}%${c.met === undefined ? "" : c.met ? ", skor tercapai" : ", skor belum tercapai"}${c.predikatTercapai === undefined ? "" : c.predikatTercapai ? ", predikat tercapai" : ", predikat belum tercapai"}`;
    case "tidak-dihitung":
      return {
        "belum-dilaporkan": "realisasi belum dilaporkan",
        "realisasi-na": "realisasi n.a",
        "target-na": "target n.a",
        "tanpa-target": "tanpa target",
        "target-nol": "target 0: tidak dihitung",
        "realisasi-nol": "realisasi 0: tidak dihitung",
        "nilai-tidak-sah": "nilai tidak sah",
      }[c.reason];
  }
}

function rupiah(x: number): string {
  return `Rp${formatNumber(x)}`;
}



