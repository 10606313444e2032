import { join } from "node:path";
import type { CommandModule } from "yargs";
import { UsageError } from "../diagnostics/diagnostic.js";
import { prepareOutputDir, writeFilesAtomic } from "../output/atomic-write.js";
import { asLanguage, dataDirArguments, documentOutputArguments, layoutCacheFor, parseFormats, slug, type SetExitCode } from "./options.js";
import { withTemplateErrors } from "./report.js";
import { checkedData } from "./data.js";

const EVALUASI_FORMATS = ["pdf", "docx", "xlsx"] as const;

export function evaluasiCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "evaluasi [DATA_DIR]",
    describe: "Membuat Ringkasan Evaluasi Pelaksanaan Road Map RB lintas tahun (PDF, DOCX, dan XLSX berisi angkanya)",
    builder: (y) =>
      documentOutputArguments(
        dataDirArguments(y).option("sampai", { type: "number", describe: "tahun terakhir yang dievaluasi (bawaan: tahun terakhir yang ada datanya)" }),
        EVALUASI_FORMATS,
        "(evaluasi.hbs, partials/evaluasi/, grafik/)",
      )
        .example("$0 evaluasi", "ringkasan evaluasi dari semua tahun yang ada datanya")
        .example("$0 evaluasi --sampai 2020 --format xlsx", "hanya angka sampai 2020, untuk diolah sendiri")
        .epilogue("Data tiap tahun diambil dari periode monitoring terakhir tahun itu, dan nilai RB dari evaluasi/<tahun>.yaml. Semua berkas ditulis atau tidak sama sekali. Kode keluar: 0 berhasil, 1 data/templat bermasalah, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const formats = parseFormats(String(args.format), EVALUASI_FORMATS);
      const dataDir = String(args.DATA_DIR);
      const data = checkedData(dataDir, lang, setExitCode);
      if (!data) return;
      const { roadmap: rm, monitoring = [], evaluasi = { instruments: new Map(), years: [] } } = data;
      const withData = [...monitoring.map((m) => m.periode.tahun), ...evaluasi.years.map((e) => e.data.tahun)];
      if (withData.length === 0) throw new UsageError("belum ada data monitoring (monitoring/) atau nilai evaluasi (evaluasi/) untuk dievaluasi");
      const sampai = (args.sampai as number | undefined) ?? Math.max(...withData);
      if (!withData.some((y) => y <= sampai)) throw new UsageError(`tidak ada data sampai tahun ${sampai} (data ada untuk ${[...new Set(withData)].sort().join(", ")})`);
      prepareOutputDir(String(args.out));
      await withTemplateErrors(setExitCode, async () => {
        const [{ evaluasiDocument }, { loadTemplates }, { renderFormats }, { writeTablesWorkbook }] = await Promise.all([
          import("../pipeline/evaluasi.js"),
          import("../templates/engine.js"),
          import("../pipeline/formats.js"),
          import("../writers/xlsx/tables.js"),
        ]);
        const { doc, context } = await evaluasiDocument(rm, dataDir, monitoring, evaluasi.years, sampai, loadTemplates(args.templates as string | undefined));
        const base = ["evaluasi-rb", slug(rm.pemda.nama), `${rm.periode.mulai}-${rm.periode.selesai}`, `sampai-${context.tahun.akhir}`].join("-");
        const out = String(args.out);
        const files: { path: string; data: Uint8Array }[] = [];
        const docFormats = formats.filter((f): f is "pdf" | "docx" => f !== "xlsx");
        let pages = 0;
        if (docFormats.length > 0) {
          const rendered = await renderFormats(doc, docFormats, { cache: await layoutCacheFor(args) });
          pages = rendered.pageCount;
          for (const f of rendered.files) files.push({ path: join(out, `${base}.${f.ext}`), data: f.bytes });
        }
        if (formats.includes("xlsx")) {
          files.push({ path: join(out, `${base}.xlsx`), data: await writeTablesWorkbook(context.tabelData, { title: doc.meta.title, created: context.created, contoh: context.contoh }) });
        }
        writeFilesAtomic(files);
        for (const f of files) process.stdout.write(`${f.path}${f.path.endsWith(".xlsx") ? "" : ` (${pages} halaman)`}\n`);
        if (context.contoh) process.stdout.write("Catatan: data bertanda contoh; setiap halaman diberi tanda CONTOH – DATA ILUSTRASI.\n");
      });
    },
  };
}
