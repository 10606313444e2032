import { join } from "node:path";
import type { CommandModule } from "yargs";
import { UsageError } from "../diagnostics/diagnostic.js";
import { parsePeriode } from "../domain/periode.js";
import { aksiOfPd, indexRencanaAksi } from "../domain/rencana-aksi.js";
import { indexQuickWins, quickWinsOfPd } from "../domain/quick-wins.js";
import { prepareOutputDir, writeFilesAtomic } from "../output/atomic-write.js";
import { asLanguage, dataDirArguments, type SetExitCode } from "./options.js";
import { withTemplateErrors } from "./report.js";
import { checkedData, checkPdIds, pdArgument } from "./data.js";

export function formulirCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "formulir [DATA_DIR]",
    describe: "Membuat formulir XLSX monitoring rencana aksi, satu per Perangkat Daerah, dan formulir realisasi indikator",
    builder: (y) =>
      dataDirArguments(y)
        .option("periode", { type: "string", demandOption: true, describe: "periode pelaporan: 2021 (tahun), 2021-S1/S2 (semester) atau 2021-TW1..TW4 (triwulan)" })
        .option("pd", { type: "string", array: true, describe: "hanya untuk Perangkat Daerah ini (id, boleh beberapa); bawaan: semua yang punya rencana aksi pada tahun itu" })
        .option("indikator", { type: "boolean", default: true, describe: "juga membuat formulir realisasi indikator untuk Tim Pelaksana (--no-indikator untuk tidak)" })
        .option("batas", { type: "string", describe: "batas pengisian, YYYY-MM-DD, dicetak di formulir" })
        .option("kontak", { type: "string", describe: "kepada siapa formulir dikirim kembali, mis. 'Bagian Organisasi Setda, telp. (0335) 421228'" })
        .option("templates", { type: "string", describe: "folder templat pengganti (templates/formulir/formulir.hbs memuat kata-kata formulir)" })
        .option("out", { type: "string", describe: "folder keluaran (bawaan: output/formulir-PERIODE)" })
        .example("$0 formulir --periode 2021-S2 --batas 2022-01-15 --out /tmp/f", "satu berkas <pd>-2021-S2.xlsx per Perangkat Daerah, dan indikator-2021-S2.xlsx")
        .epilogue("Formulir berisi isian periode itu bila sudah ada, atau isian periode sebelumnya pada tahun yang sama (Semester II dimulai dari Semester I). Semua berkas ditulis atau tidak sama sekali. Kode keluar: 0 berhasil, 1 data bermasalah, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const periode = parsePeriode(String(args.periode));
      if (!periode) throw new UsageError(`periode '${args.periode}' tidak dikenal (contoh: 2021, 2021-S2, 2021-TW3)`);
      if (args.batas !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(args.batas))) throw new UsageError(`--batas '${args.batas}' bukan tanggal YYYY-MM-DD`);
      const dataDir = String(args.DATA_DIR);
      const data = checkedData(dataDir, lang, setExitCode);
      if (!data) return;
      const { roadmap: rm, monitoring = [] } = data;
      if (periode.tahun < rm.periode.mulai || periode.tahun > rm.periode.selesai) {
        throw new UsageError(`periode ${periode.id} di luar road map ${rm.periode.mulai}-${rm.periode.selesai}`);
      }
      const index = indexRencanaAksi(rm);
      const wanted = pdArgument(args.pd);
      checkPdIds(rm, wanted ?? []);
      const pds = wanted ?? rm.perangkat_daerah.map((p) => p.id);
      const quickWins = indexQuickWins(rm);
      // A PD with a quick win to report gets a form even in a year without rencana aksi.
      const idle = pds.filter((id) => aksiOfPd(index, id, periode.tahun).length === 0 && quickWinsOfPd(quickWins, id).length === 0);
      prepareOutputDir(String(args.out ?? join("output", `formulir-${periode.id}`)));
      await withTemplateErrors(setExitCode, async () => {
        const [{ loadTemplates }, { aksiFormSpec, indikatorFormSpec }, { writeFormWorkbook }] = await Promise.all([
          import("../templates/engine.js"),
          import("../forms/build.js"),
          import("../forms/write.js"),
        ]);
        const templates = loadTemplates(args.templates as string | undefined);
        const options = { batas: args.batas as string | undefined, kontak: args.kontak as string | undefined };
        const out = String(args.out ?? join("output", `formulir-${periode.id}`));
        const files: { path: string; data: Uint8Array }[] = [];
        for (const pd of pds) {
          const spec = aksiFormSpec(rm, monitoring, periode, pd, templates, options);
          if (spec) files.push({ path: join(out, `${pd}-${periode.id}.xlsx`), data: await writeFormWorkbook(spec) });
        }
        if (args.indikator) {
          files.push({ path: join(out, `indikator-${periode.id}.xlsx`), data: await writeFormWorkbook(indikatorFormSpec(rm, monitoring, periode, templates, options)) });
        }
        writeFilesAtomic(files);
        for (const f of files) process.stdout.write(`${f.path}\n`);
        if (idle.length > 0) {
          process.stdout.write(`Tanpa formulir (tidak ada rencana aksi terjadwal pada ${periode.tahun}): ${idle.join(", ")}\n`);
        }
        process.stdout.write(`${files.length} formulir ditulis ke ${out}\n`);
      });
    },
  };
}
