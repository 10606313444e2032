import type { MonitoringPeriod } from "../data/monitoring.js";
import { pemdaNames } from "../domain/pemda.js";
import { comparePeriode, evidenceDates, periodeLabel, type Periode } from "../domain/periode.js";
import { aksiOfPd, indexIndicators, indexRencanaAksi } from "../domain/rencana-aksi.js";
import { STATUS_AKSI, type LaporanAksi, type LaporanPd } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { TemplateSet } from "../templates/engine.js";
import { AKSI_COLUMNS, INDIKATOR_COLUMNS, SHEET_AKSI, SHEET_INDIKATOR, type AksiKey, type IndikatorKey } from "./layout.js";
import { formMeta } from "./meta.js";
import { aksiRow, indikatorRow, quickWinRow } from "./rows.js";
import { indexQuickWins, quickWinsOfPd } from "../domain/quick-wins.js";
import { renderFormWording } from "./wording.js";
import type { FormSpec } from "./write.js";

export interface FormOptions {
  /** Deadline for the PDs, YYYY-MM-DD. */
  batas?: string;
  /** Whom to send the form to. */
  kontak?: string;
}

/** The rows a PD answers for in a period, in road-map order: what a form lists and an import expects. */
export function aksiCodesFor(rm: RoadMap, pd: string, periode: Periode): string[] {
  return [...aksiOfPd(indexRencanaAksi(rm), pd, periode.tahun).map((e) => e.kode), ...quickWinCodesFor(rm, pd)];
}

/** The quick wins a PD reports, after its rencana aksi in the same sheet: every period of the road map. */
export function quickWinCodesFor(rm: RoadMap, pd: string): string[] {
  return quickWinsOfPd(indexQuickWins(rm), pd).map((q) => q.kode);
}

/** The indicators with a target in the period's year, sasaran first: the Tim Pelaksana's form. */
export function indicatorIdsFor(rm: RoadMap, periode: Periode): string[] {
  return [...indexIndicators(rm)].filter(([, e]) => e.indikator.target[String(periode.tahun)] !== undefined).map(([id]) => id);
}

/**
 * A form starts from what is already known for its year: this period's own data if it was
 * reported before, else the latest earlier period of the same year (semester 2 from semester 1).
 */
export function prefillSource(monitoring: readonly MonitoringPeriod[], periode: Periode): MonitoringPeriod | undefined {
  const same = monitoring.find((m) => m.periode.id === periode.id);
  if (same) return same;
  return monitoring
    .filter((m) => m.periode.tahun === periode.tahun && comparePeriode(m.periode, periode) < 0)
    .sort((a, b) => comparePeriode(a.periode, b.periode))
    .at(-1);
}

export function aksiFormSpec(rm: RoadMap, monitoring: readonly MonitoringPeriod[], periode: Periode, pdId: string, templates: TemplateSet, options: FormOptions): FormSpec<AksiKey> | undefined {
  const pd = rm.perangkat_daerah.find((p) => p.id === pdId);
  if (!pd) return undefined;
  const entries = aksiOfPd(indexRencanaAksi(rm), pdId, periode.tahun);
  const quickWins = quickWinsOfPd(indexQuickWins(rm), pdId);
  if (entries.length + quickWins.length === 0) return undefined;
  const source = prefillSource(monitoring, periode);
  const earlier: LaporanPd | undefined = source?.data.laporan[pdId];
  // A deadline before the period starts bounds nothing a report could be dated.
  const batas = options.batas !== undefined && options.batas >= periode.mulai ? options.batas : undefined;
  const wording = renderFormWording(templates, {
    ...wordingContext(rm, periode, options, entries.length, source),
    jumlahQuickWin: quickWins.length,
    jenis: "rencana-aksi",
    pd: { id: pd.id, nama: pd.nama, singkatan: pd.singkatan },
  });
  return {
    meta: formMeta(rm, "rencana-aksi", periode.id, pdId, [...entries.map((e) => e.kode), ...quickWins.map((q) => q.kode)]),
    petunjuk: wording.petunjuk,
    contoh: Boolean(source?.data.contoh && earlier),
    footer: templates.terms.text("formulir.kaki", { daerah: pemdaNames(rm.pemda, rm.regulasi.jenis).daerah, bagian: pd.singkatan, periode: periodeLabel(periode) }),
    terms: templates.terms,
    created: periode.selesai,
    sheet: {
      name: SHEET_AKSI,
      columns: AKSI_COLUMNS,
      title: wording.title,
      rows: [
        ...entries.map((e) => aksiRow(e, earlier?.rencana_aksi[e.kode] as LaporanAksi | undefined)),
        ...quickWins.map((q) => quickWinRow(q, wording.quickWin, earlier?.quick_wins[q.kode] as LaporanAksi | undefined)),
      ],
      // The import's rules (src/data/monitoring-rules.ts): evidence dated within the year up to the
      // period's end, a report dated no earlier than the period's start; a late report is accepted.
      dates: { bukti_tanggal: { label: templates.terms.text("formulir.tanggal_bukti"), ...evidenceDates(periode) } },
      reporter: {
        nama: earlier?.pelapor?.nama,
        jabatan: earlier?.pelapor?.jabatan,
        tanggal: source?.periode.id === periode.id ? earlier?.tanggal : undefined,
        tanggalRule: { label: templates.terms.text("formulir.tanggal_laporan"), from: periode.mulai, to: batas, lateAccepted: true, example: batas ?? periode.selesai },
      },
    },
  };
}

export function indikatorFormSpec(rm: RoadMap, monitoring: readonly MonitoringPeriod[], periode: Periode, templates: TemplateSet, options: FormOptions): FormSpec<IndikatorKey> {
  const index = indexIndicators(rm);
  const ids = indicatorIdsFor(rm, periode);
  const source = prefillSource(monitoring, periode);
  const scales = new Map(rm.skala.map((s) => [s.id, s]));
  const wording = renderFormWording(templates, { ...wordingContext(rm, periode, options, ids.length, source), jenis: "indikator" });
  const scaleOf = (id: string) => {
    const ind = index.get(id)!.indikator;
    return ind.jenis === "kategori" && ind.skala ? scales.get(ind.skala) : undefined;
  };
  return {
    meta: formMeta(rm, "indikator", periode.id, "", ids),
    petunjuk: wording.petunjuk,
    contoh: Boolean(source?.data.contoh && Object.keys(source.data.indikator).length > 0),
    footer: templates.terms.text("formulir.kaki", { daerah: pemdaNames(rm.pemda, rm.regulasi.jenis).daerah, bagian: templates.terms.text("formulir.kaki_indikator"), periode: periodeLabel(periode) }),
    terms: templates.terms,
    created: periode.selesai,
    sheet: {
      name: SHEET_INDIKATOR,
      columns: INDIKATOR_COLUMNS,
      title: wording.title,
      rows: ids.map((id) => indikatorRow(id, index.get(id)!, periode.tahun, scaleOf(id)?.nama, source?.data.indikator[id])),
      choices: (row) => {
        const ind = index.get(ids[row])!.indikator;
        // A number indicator with a grade scale takes "65,2/B": free text, checked on import.
        return ind.jenis === "kategori" ? scaleOf(ids[row])?.nilai : ind.skala ? "bebas" : undefined;
      },
    },
  };
}

function wordingContext(rm: RoadMap, periode: Periode, options: FormOptions, jumlahBaris: number, source: MonitoringPeriod | undefined) {
  return {
    daerah: pemdaNames(rm.pemda, rm.regulasi.jenis).daerah,
    roadMap: `${rm.periode.mulai}-${rm.periode.selesai}`,
    periode: { ...periode, label: periodeLabel(periode) },
    batas: options.batas,
    kontak: options.kontak,
    jumlahBaris,
    statusList: STATUS_AKSI.join(", "),
    prefilled: source ? periodeLabel(source.periode) : undefined,
  };
}
