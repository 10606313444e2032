import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { UsageError } from "../diagnostics/diagnostic.js";
import { validateDataDir } from "../data/validate.js";
import { writeFileAtomic } from "../output/atomic-write.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { Edition } from "../templates/context.js";
import { asLanguage, dataDirArguments, type SetExitCode } from "./options.js";
import { reportDiagnostics, withTemplateErrors } from "./report.js";

const FORMATS = ["pdf", "docx"] as const;
type Format = (typeof FORMATS)[number];

export function parseFormats(value: string): Format[] {
  const list = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || list.length === 0) throw new UsageError(`format tidak dikenal: '${unknown.join(",") || value}' (pilih pdf, docx atau pdf,docx)`);
  return [...new Set(list)] as Format[];
}

/** "perwali-probolinggo-166-2020", with "-lampiran" / "-konsep" when those apply. */
export function outputBaseName(rm: RoadMap, edition: Edition, lampiranOnly: boolean): string {
  const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return [rm.regulasi.jenis, slug(rm.pemda.nama), slug(String(rm.regulasi.nomor)), rm.regulasi.tahun, lampiranOnly ? "lampiran" : "", edition === "konsep" ? "konsep" : ""]
    .filter((x) => x !== "")
    .join("-");
}

export function perwaliCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "perwali [DATA_DIR]",
    describe: "Membuat Peraturan Walikota/Bupati/Gubernur beserta Lampirannya (PDF dan DOCX)",
    builder: (y) =>
      dataDirArguments(y)
        .option("format", { type: "string", default: "pdf,docx", describe: "format keluaran: pdf, docx atau pdf,docx" })
        .option("out", { type: "string", default: "output", describe: "folder keluaran" })
        .option("edition", { choices: ["salinan", "konsep"], default: "salinan", describe: "salinan: salinan resmi (ttd, blok pengesahan); konsep: draf bertanda air KONSEP, nomor dan tanggal dikosongkan, dengan paraf koordinasi" })
        .option("lampiran-only", { type: "boolean", default: false, describe: "hanya Lampiran, tanpa batang tubuh peraturan" })
        .option("templates", { type: "string", describe: "folder templat pengganti; berkas yang sama namanya menggantikan templat bawaan" })
        .example("$0 perwali", "membuat output/perwali-probolinggo-166-2020.pdf dan .docx dari data bawaan")
        .example("$0 perwali data/kab-contoh --edition konsep --format pdf", "draf untuk diparaf")
        .epilogue("Berkas ditulis utuh atau tidak sama sekali: bila gagal, berkas lama tidak tersentuh. Kode keluar: 0 berhasil, 1 data/templat bermasalah, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const formats = parseFormats(String(args.format));
      const edition = args.edition as Edition;
      const lampiranOnly = Boolean(args["lampiran-only"]);
      const dataDir = String(args.DATA_DIR);
      const validation = validateDataDir(dataDir, { monitoring: false });
      reportDiagnostics(validation.diagnostics, lang);
      const rm = validation.roadmap;
      if (!rm) {
        setExitCode(1);
        return;
      }
      await withTemplateErrors(setExitCode, async () => {
        // The writers and their libraries load only when a document is made: `validate` and
        // `--help` start faster without them.
        const [{ perwaliDocument }, { loadTemplates }, { writePdf }, { writeDocx }] = await Promise.all([
          import("../pipeline/perwali.js"),
          import("../templates/engine.js"),
          import("../writers/pdf/index.js"),
          import("../writers/docx/index.js"),
        ]);
        const model = perwaliDocument(rm, dataDir, loadTemplates(args.templates as string | undefined), { edition, lampiranOnly });
        // The PDF layout runs even for DOCX alone: it supplies the page numbers of the table of contents.
        const pdf = await writePdf(model);
        const outputs: [string, Uint8Array][] = [];
        if (formats.includes("pdf")) outputs.push(["pdf", pdf.bytes]);
        if (formats.includes("docx")) outputs.push(["docx", await writeDocx(pdf.document)]);
        mkdirSync(String(args.out), { recursive: true });
        const base = outputBaseName(rm, edition, lampiranOnly);
        for (const [ext, bytes] of outputs) {
          const path = join(String(args.out), `${base}.${ext}`);
          writeFileAtomic(path, bytes);
          process.stdout.write(`${path} (${pdf.pagination.pageCount} halaman menurut tata letak PDF)\n`);
        }
      });
    },
  };
}
