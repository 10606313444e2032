import type { CommandModule } from "yargs";
import { validateDataDir } from "../data/validate.js";
import { summarize, summarizeEvaluasi, summarizeFigures, summarizeMonitoring } from "../domain/summary.js";
import { asLanguage, dataDirArguments, type SetExitCode } from "./options.js";
import { reportDiagnostics } from "./report.js";

export function validateCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "validate [DATA_DIR]",
    describe: "Memeriksa data road map, monitoring dan evaluasi: skema, rujukan silang, tahun, berkas gambar dan bukti",
    builder: (y) =>
      dataDirArguments(y)
        .epilogue("Kode keluar: 0 data sah, 1 ada galat pada data, 2 salah penggunaan perintah."),
    handler: (args) => {
      const lang = asLanguage(args.lang);
      const result = validateDataDir(String(args.DATA_DIR));
      reportDiagnostics(result.diagnostics, lang);
      if (!result.roadmap) {
        setExitCode(1);
        return;
      }
      const rows = summarize(result.roadmap);
      const width = Math.max(...rows.map((r) => r.label.length));
      process.stdout.write(lang === "id" ? `Data sah: ${result.dataDir}\n` : `Data is valid: ${result.dataDir}\n`);
      for (const row of rows) process.stdout.write(`  ${row.label.padEnd(width)}  ${String(row.count).padStart(4)}\n`);
      const figures = summarizeFigures(result.roadmap);
      if (figures.diolah.length > 0) {
        process.stdout.write(lang === "id" ? "Gambar yang disusun ulang, bukan gambar asli (dicetak 'Sumber: diolah dari …'):\n" : "Figures redrawn, not the original's images (printed 'Sumber: diolah dari …'):\n");
        for (const line of figures.diolah) process.stdout.write(`  Gambar ${line}\n`);
      }
      if (figures.tanpaSumber.length > 0) {
        process.stdout.write(lang === "id" ? `Gambar yang digambar rbdoc tanpa keterangan sumber ('diolah_dari'): ${figures.tanpaSumber.join(", ")}\n` : `Figures drawn by rbdoc with no stated source ('diolah_dari'): ${figures.tanpaSumber.join(", ")}\n`);
      }
      const monitoring = summarizeMonitoring(result.roadmap, result.monitoring ?? []);
      if (monitoring.length > 0) {
        process.stdout.write(lang === "id" ? "Monitoring (CONTOH = data ilustrasi, bukan hasil nyata):\n" : "Monitoring (CONTOH = illustrative data, not real results):\n");
        for (const line of monitoring) process.stdout.write(`  ${line}\n`);
      }
      const evaluasi = summarizeEvaluasi(result.evaluasi?.years ?? []);
      if (evaluasi.length > 0) {
        process.stdout.write(lang === "id" ? "Evaluasi RB:\n" : "RB evaluation:\n");
        for (const line of evaluasi) process.stdout.write(`  ${line}\n`);
      }
    },
  };
}
