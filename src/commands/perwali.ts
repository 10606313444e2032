import { join } from "node:path";
import type { CommandModule } from "yargs";
import { prepareOutputDir, writeFilesAtomic } from "../output/atomic-write.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { Edition } from "../templates/context.js";
import { asLanguage, dataDirArguments, documentOutputArguments, layoutCacheFor, parseFormats, slug, type SetExitCode } from "./options.js";
import { withTemplateErrors } from "./report.js";
import { checkedData } from "./data.js";
import { PLACEHOLDER_FIGURE } from "../diagnostics/diagnostic.js";

/**
 * "perwali-probolinggo-166-2020", with "-lampiran" / "-konsep" when those apply. A konsep has no
 * nomor yet (its pages leave it blank), so its name has none: "perwali-probolinggo-2020-konsep".
 */
export function outputBaseName(rm: RoadMap, edition: Edition, lampiranOnly: boolean): string {
  const nomor = edition === "konsep" ? "" : slug(String(rm.regulasi.nomor));
  return [rm.regulasi.jenis, slug(rm.pemda.nama), nomor, rm.regulasi.tahun, lampiranOnly ? "lampiran" : "", edition === "konsep" ? "konsep" : ""]
    .filter((x) => x !== "")
    .join("-");
}

export function perwaliCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "perwali [DATA_DIR]",
    aliases: ["peraturan"],
    describe: "Membuat Peraturan Walikota/Bupati/Gubernur beserta Lampirannya (PDF dan DOCX)",
    builder: (y) =>
      documentOutputArguments(dataDirArguments(y), ["pdf", "docx"], "(berkas yang sama namanya menggantikan templat bawaan)")
        .option("edition", { choices: ["salinan", "konsep"], default: "salinan", describe: "salinan: salinan resmi (ttd, blok pengesahan); konsep: draf bertanda air KONSEP, nomor dan tanggal dikosongkan, dengan paraf koordinasi" })
        .option("lampiran-only", { type: "boolean", default: false, describe: "hanya Lampiran, tanpa batang tubuh peraturan" })
        .option("izinkan-placeholder", {
          type: "boolean",
          default: false,
          describe: "buat edisi salinan walau ada gambar bertanda belum_tersedia (tanpa opsi ini: galat, kode keluar 1)",
        })
        .example("$0 perwali", "membuat output/perwali-probolinggo-166-2020.pdf dan .docx dari data bawaan")
        .example("$0 perwali data/kab-contoh --edition konsep --format pdf", "draf untuk diparaf")
        .epilogue("Berkas ditulis utuh atau tidak sama sekali: bila gagal, berkas lama tidak tersentuh. Kode keluar: 0 berhasil, 1 data/templat bermasalah, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const formats = parseFormats(String(args.format));
      const edition = args.edition as Edition;
      const lampiranOnly = Boolean(args["lampiran-only"]);
      const dataDir = String(args.DATA_DIR);
      // A salinan is what gets published: a figure still marked as missing stops it.
      const strict = edition === "salinan" && !args["izinkan-placeholder"] ? [PLACEHOLDER_FIGURE] : [];
      const rm = checkedData(dataDir, lang, setExitCode, { monitoring: false, strict })?.roadmap;
      if (!rm) return;
      prepareOutputDir(String(args.out));
      await withTemplateErrors(setExitCode, async () => {
        // The writers and their libraries load only when a document is made: `validate` and
        // `--help` start faster without them.
        const [{ perwaliDocument }, { loadTemplates }, { renderFormats }] = await Promise.all([
          import("../pipeline/perwali.js"),
          import("../templates/engine.js"),
          import("../pipeline/formats.js"),
        ]);
        const model = perwaliDocument(rm, dataDir, loadTemplates(args.templates as string | undefined), { edition, lampiranOnly });
        const { files, pageCount } = await renderFormats(model, formats, { cache: await layoutCacheFor(args) });
        const base = outputBaseName(rm, edition, lampiranOnly);
        const paths: { path: string; data: string | Uint8Array }[] = files.map((f) => ({ path: join(String(args.out), `${base}.${f.ext}`), data: f.bytes }));
        // The whole salinan with its PDF is what a JDIH publishes: its entry's data goes beside it,
        // written with the documents, all or none.
        if (edition === "salinan" && !lampiranOnly && formats.includes("pdf")) {
          const { jdihEntry } = await import("../pipeline/jdih.js");
          const entry = jdihEntry(rm, files.map((f) => ({ name: `${base}.${f.ext}`, bytes: f.bytes })));
          paths.push({ path: join(String(args.out), `${base}.jdih.json`), data: entry });
        }
        writeFilesAtomic(paths);
        for (const { path } of paths) process.stdout.write(path.endsWith(".json") ? `${path}\n` : `${path} (${pageCount} halaman menurut tata letak PDF)\n`);
      });
    },
  };
}
