import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CommandModule } from "yargs";
import { validateDataDir } from "../data/validate.js";
import { writeFilesAtomic } from "../output/atomic-write.js";
import { asLanguage, DEFAULT_DATA_DIR, langOption, type SetExitCode } from "./options.js";
import { reportDiagnostics } from "./report.js";

export function imporCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "impor <FILES..>",
    describe: "Membaca formulir XLSX yang sudah diisi dan menggabungkannya ke data monitoring",
    builder: (y) =>
      y
        .positional("FILES", { type: "string", array: true, describe: "formulir .xlsx yang sudah diisi" })
        .option("ke", { type: "string", default: DEFAULT_DATA_DIR, describe: "folder data road map tujuan" })
        .option("sebagian", { type: "boolean", default: false, describe: "gabungkan formulir yang bersih walaupun formulir lain bermasalah" })
        .option("lang", langOption)
        .example("$0 impor masuk/*.xlsx", "menggabungkan semua formulir ke data/…/monitoring/<periode>.yaml")
        .epilogue("Setiap sel yang salah dilaporkan dengan alamatnya. Bila ada satu saja kesalahan, tidak ada yang ditulis (kecuali dengan --sebagian). Mengimpor formulir yang sama dua kali tidak mengubah apa pun. Kode keluar: 0 berhasil, 1 ada formulir atau data bermasalah, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const dataDir = String(args.ke);
      const validation = validateDataDir(dataDir);
      if (!validation.roadmap || !validation.monitoring) {
        reportDiagnostics(validation.diagnostics, lang);
        process.stderr.write(lang === "id" ? "Perbaiki data dulu (rbdoc validate); tidak ada yang diimpor.\n" : "Fix the data first (rbdoc validate); nothing was imported.\n");
        setExitCode(1);
        return;
      }
      const { planImport } = await import("../pipeline/impor.js");
      const files = (args.FILES as string[]).map(String);
      const result = await planImport(dataDir, validation.roadmap, validation.monitoring, files, Boolean(args.sebagian));
      reportDiagnostics(result.diagnostics, lang);
      for (const w of result.writes) mkdirSync(dirname(join(dataDir, w.relPath)), { recursive: true });
      writeFilesAtomic(result.writes.map((w) => ({ path: join(dataDir, w.relPath), data: w.content })));

      const label = (pd: string) => pd || (lang === "id" ? "indikator" : "indicators");
      const width = Math.max(0, ...result.counts.map((c) => label(c.pd).length));
      for (const c of result.counts) {
        const line = lang === "id"
          ? `baru ${c.added}, berubah ${c.changed}, tetap ${c.unchanged}, kosong ${c.empty}`
          : `added ${c.added}, changed ${c.changed}, unchanged ${c.unchanged}, empty ${c.empty}`;
        process.stdout.write(`${c.periode}  ${label(c.pd).padEnd(width)}  ${line}  (${c.file})\n`);
      }
      for (const w of result.writes) process.stdout.write(`${join(dataDir, w.relPath)} ${lang === "id" ? "diperbarui" : "updated"}\n`);
      if (result.refused.length > 0) {
        process.stderr.write(
          lang === "id"
            ? `${result.refused.length} formulir bermasalah: ${result.refused.join(", ")}. ${args.sebagian ? "Formulir lain sudah digabungkan." : "Tidak ada yang ditulis."}\n`
            : `${result.refused.length} form(s) with problems: ${result.refused.join(", ")}. ${args.sebagian ? "The other forms were merged." : "Nothing was written."}\n`,
        );
        setExitCode(1);
      } else if (result.writes.length === 0) {
        process.stdout.write(lang === "id" ? "Tidak ada perubahan.\n" : "No changes.\n");
      }
    },
  };
}
