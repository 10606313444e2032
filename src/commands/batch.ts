import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { CommandModule } from "yargs";
import { RBDOC_VERSION } from "../assets.js";
import { UsageError } from "../diagnostics/diagnostic.js";
import { writeFileAtomic } from "../output/atomic-write.js";
import { asLanguage, langOption, type SetExitCode } from "./options.js";
import { reportDiagnostics } from "./report.js";

export function batchCommand(setExitCode: SetExitCode): CommandModule {
  return {
    command: "batch [JOBS_FILE]",
    describe: "Membuat banyak dokumen sekaligus dari berkas pekerjaan YAML, paralel, hanya yang berubah",
    builder: (y) =>
      y
        .positional("JOBS_FILE", { type: "string", default: "data/jobs.yaml", describe: "berkas pekerjaan (lihat data/jobs.yaml)" })
        .option("jobs", { type: "number", default: availableParallelism(), describe: "jumlah pekerja paralel (bawaan: jumlah inti prosesor)" })
        .option("force", { type: "boolean", default: false, describe: "buat ulang semua, walaupun masukannya tidak berubah" })
        .option("lang", langOption)
        .example("$0 batch", "semua dokumen dalam data/jobs.yaml; yang tidak berubah dilewati")
        .epilogue("Setiap pekerjaan berjalan sendiri: yang gagal tidak menghentikan yang lain. output/manifest.json mencatat setiap berkas (ukuran, sha256, halaman), hash masukannya dan versi rbdoc. Kode keluar: 0 semua berhasil, 1 ada yang gagal, 2 salah penggunaan."),
    handler: async (args) => {
      const lang = asLanguage(args.lang);
      const workers = Number(args.jobs);
      if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--jobs harus bilangan bulat ≥ 1, ditemukan '${args.jobs}'`);
      const [{ readJobs }, { inputsHash, readManifest, upToDate }, { runPool, stopAll }, progress] = await Promise.all([
        import("../batch/jobs.js"),
        import("../batch/manifest.js"),
        import("../batch/run.js"),
        import("../batch/progress.js"),
      ]);
      const { jobs, out, diagnostics } = readJobs(String(args.JOBS_FILE));
      reportDiagnostics(diagnostics, lang);
      if (diagnostics.some((d) => d.severity === "error")) {
        setExitCode(1);
        return;
      }
      const manifestPath = join(out, "manifest.json");
      const manifest = readManifest(manifestPath);
      const planned = jobs.map((job) => ({ job, inputs: inputsHash(job) }));
      // Longest jobs first (by their last recorded duration; unknown ones count as long), so that on
      // a few cores no long job starts last while the others sit idle.
      const todo = planned
        .filter(({ job, inputs }) => args.force || !upToDate(manifest.jobs[job.id], inputs))
        .sort((a, b) => (manifest.jobs[b.job.id]?.seconds ?? 1e9) - (manifest.jobs[a.job.id]?.seconds ?? 1e9));
      const fresh = planned.length - todo.length;
      const saveManifest = () => {
        mkdirSync(dirname(manifestPath), { recursive: true });
        writeFileAtomic(manifestPath, `${JSON.stringify({ rbdoc: RBDOC_VERSION, jobs: manifest.jobs }, null, 2)}\n`);
      };
      if (todo.length === 0) {
        process.stdout.write(`Semua ${planned.length} pekerjaan sudah mutakhir (${manifestPath}); --force untuk membuat ulang.\n`);
        return;
      }
      const display = progress.startProgress(todo.length, fresh);
      let interrupted = false;
      process.once("SIGINT", () => {
        interrupted = true;
        stopAll();
      });
      const results = await runPool(todo, workers, (r) => {
        if (!interrupted) manifest.jobs[r.id] = { job: r.job, inputs: r.inputs, rbdoc: RBDOC_VERSION, status: r.status, seconds: r.seconds, outputs: r.outputs, ...(r.pesan ? { pesan: r.pesan } : {}) };
        display.done(r);
      });
      display.stop();
      saveManifest();
      const failed = results.filter((r) => r.status === "gagal");
      for (const f of failed) process.stderr.write(`\n${f.job}\n${f.stderr.trim()}\n`);
      process.stdout.write(
        `${results.length - failed.length} berhasil, ${failed.length} gagal, ${fresh} sudah mutakhir; manifest: ${manifestPath}\n`,
      );
      if (failed.length > 0) {
        process.stdout.write("Gagal:\n");
        for (const f of failed) process.stdout.write(`  ${f.job}\n    ${f.pesan}\n`);
      }
      if (interrupted) {
        process.stderr.write("Dihentikan (Ctrl-C): pekerjaan yang selesai tercatat di manifest.\n");
        setExitCode(130);
      } else if (failed.length > 0) setExitCode(1);
    },
  };
}
