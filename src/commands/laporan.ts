import { join } from "node:path";
import type { CommandModule } from "yargs";
import { UsageError } from "../diagnostics/diagnostic.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import { latestOfYear, parsePeriode } from "../domain/periode.js";
import { prepareOutputDir, writeFilesAtomic } from "../output/atomic-write.js";
import type { RoadMap } from "../schema/roadmap.js";
import { asLanguage, dataDirArguments, documentOutputArguments, layoutCacheFor, parseFormats, slug, type SetExitCode } from "./options.js";
import { withTemplateErrors } from "./report.js";
import { checkedData, checkPdIds, pdArgument } from "./data.js";

/** The period a report is about: the one asked for, or the latest of the year asked for. */
export function choosePeriod(monitoring: readonly MonitoringPeriod[], tahun: number | undefined, periodeId: string | undefined): MonitoringPeriod {
  if (periodeId !== undefined) {
    const p = parsePeriode(periodeId);
    if (!p) throw new UsageError(`periode '${periodeId}' tidak dikenal (contoh: 2021, 2021-S1, 2021-TW3)`);
    if (tahun !== undefined && p.tahun !== tahun) throw new UsageError(`periode ${p.id} tidak berada di tahun ${tahun}`);
    const found = monitoring.find((m) => m.periode.id === p.id);
    if (!found) throw new UsageError(`belum ada data monitoring periode ${p.id} (ada: ${monitoring.map((m) => m.periode.id).join(", ") || "tidak ada"})`);
    return found;
  }
  if (tahun === undefined) throw new UsageError("sebutkan --tahun (mis. --tahun 2021) atau --periode (mis. --periode 2021-S1)");
  const found = latestOfYear(monitoring, tahun);
  if (!found) throw new UsageError(`belum ada data monitoring tahun ${tahun} (ada: ${monitoring.map((m) => m.periode.id).join(", ") || "tidak ada"}); kumpulkan dengan 'rbdoc formulir' dan 'rbdoc impor'`);
  return found;
}

/** "laporan-rb-probolinggo-2021" for the year, "-2021-s1" for a period's own report, "-diskominfo" for one PD. */
export function laporanBaseName(rm: RoadMap, period: MonitoringPeriod, tahunan: boolean, pd: string | undefined): string {
  return ["laporan-rb", slug(rm.pemda.nama), tahunan ? String(period.periode.tahun) : slug(period.periode.id), pd ?? ""].filter(Boolean).join("-");
}

export function laporanCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "laporan [DATA_DIR]",
    describe: "Membuat Laporan Pelaksanaan RB (tahunan atau semester), untuk seluruh pemda atau per Perangkat Daerah (PDF dan DOCX)",
    builder: (y) =>
      documentOutputArguments(
        dataDirArguments(y)
          .option("tahun", { type: "number", describe: "tahun laporan; dipakai periode terakhir tahun itu" })
          .option("periode", { type: "string", describe: "periode tertentu, mis. 2021-S1 (laporan monitoring semester)" })
          .option("pd", { type: "string", array: true, describe: "laporan Perangkat Daerah ini saja: rencana aksinya dan indikator yang dilaporkannya ('pelapor') (id, boleh beberapa; 'semua' untuk setiap PD; PD tanpa keduanya mendapat satu halaman keterangan)" }),
        ["pdf", "docx"],
        "(laporan.hbs, partials/laporan/, grafik/)",
      )
        .example("$0 laporan --tahun 2021", "laporan seluruh pemda dari periode terakhir 2021")
        .example("$0 laporan --periode 2021-S1 --pd diskominfo", "laporan monitoring Semester I satu Perangkat Daerah")
        .epilogue("Rencana aksi yang tidak dilaporkan ditulis 'belum dilaporkan', bukan 'belum dimulai'. Data bertanda contoh: true memberi tanda CONTOH – DATA ILUSTRASI di setiap halaman. Semua berkas ditulis atau tidak sama sekali. Kode keluar: 0 berhasil, 1 data/templat bermasalah, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const formats = parseFormats(String(args.format));
      const dataDir = String(args.DATA_DIR);
      const data = checkedData(dataDir, lang, setExitCode);
      if (!data) return;
      const { roadmap: rm, monitoring = [] } = data;
      const period = choosePeriod(monitoring, args.tahun as number | undefined, args.periode as string | undefined);
      // --tahun asks for the year's report, drawn from the period that stands for the year.
      const tahunan = args.periode === undefined || period.periode.jenis === "tahun";
      const asked = pdArgument(args.pd);
      const pds: (string | undefined)[] = asked === undefined ? [undefined] : asked.includes("semua") ? rm.perangkat_daerah.map((p) => p.id) : asked;
      checkPdIds(rm, asked?.filter((p) => p !== "semua") ?? []);
      prepareOutputDir(String(args.out));
      await withTemplateErrors(setExitCode, async () => {
        const [{ laporanDocument }, { loadTemplates }, { renderFormats }] = await Promise.all([
          import("../pipeline/laporan.js"),
          import("../templates/engine.js"),
          import("../pipeline/formats.js"),
        ]);
        const templates = loadTemplates(args.templates as string | undefined);
        const out = String(args.out);
        const files: { path: string; data: Uint8Array; pages: number }[] = [];
        for (const pd of pds) {
          const model = await laporanDocument(rm, dataDir, period, templates, { pd, tahunan, earlier: monitoring });
          const { files: rendered, pageCount } = await renderFormats(model, formats, { cache: await layoutCacheFor(args) });
          const base = laporanBaseName(rm, period, tahunan, pd);
          for (const f of rendered) files.push({ path: join(out, `${base}.${f.ext}`), data: f.bytes, pages: pageCount });
        }
        writeFilesAtomic(files);
        for (const f of files) process.stdout.write(`${f.path} (${f.pages} halaman)\n`);
        if (period.data.contoh) process.stdout.write("Catatan: data monitoring bertanda contoh; setiap halaman diberi tanda CONTOH – DATA ILUSTRASI.\n");
      });
    },
  };
}
