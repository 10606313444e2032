import cliProgress from "cli-progress";
import type { JobResult } from "./run.js";

/**
 * On a terminal, one live bar with done, failed and left and the time left; elsewhere (CI, a log
 * file) one plain line per finished job, so logs stay readable.
 */
export function startProgress(total: number, fresh: number): { done(r: JobResult): void; stop(): void } {
  let finished = 0;
  let failed = 0;
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: "{bar} {value}/{total} dokumen | gagal {failed} | sisa waktu ~{eta_formatted} | {last}", hideCursor: true, clearOnComplete: false, etaBuffer: 8 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { failed: 0, last: fresh > 0 ? `${fresh} sudah mutakhir` : "" });
    return {
      done(r) {
        finished++;
        if (r.status === "gagal") failed++;
        bar.update(finished, { failed, last: r.job.split(" ").slice(0, 2).join(" ") });
      },
      stop: () => bar.stop(),
    };
  }
  if (fresh > 0) process.stdout.write(`${fresh} pekerjaan sudah mutakhir, dilewati\n`);
  return {
    done(r) {
      finished++;
      process.stdout.write(`[${finished}/${total}] ${r.status === "berhasil" ? "ok   " : "GAGAL"} ${r.seconds.toFixed(1)} s  ${r.job}\n`);
    },
    stop: () => undefined,
  };
}
