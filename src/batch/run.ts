import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { ROOT_DIR } from "../assets.js";
import type { PlannedJob } from "./jobs.js";
import { fileRecord, type JobRecord } from "./manifest.js";

export interface JobResult extends JobRecord {
  id: string;
  stderr: string;
}

const running = new Set<ChildProcess>();

/** Stops every running job (Ctrl-C): each removes its own temporary files on SIGINT. */
export function stopAll(): void {
  for (const child of running) child.kill("SIGINT");
}

/**
 * Runs jobs on `workers` child processes, each the rbdoc command line itself: a job that fails,
 * even by crashing, fails alone, and its messages are the command's own.
 */
export async function runPool(jobs: readonly { job: PlannedJob; inputs: string }[], workers: number, onDone: (r: JobResult) => void): Promise<JobResult[]> {
  const results: JobResult[] = [];
  const pool = Math.max(1, Math.min(workers, jobs.length));
  // Each job may use the cores the pool leaves it: a second thread for the DOCX only when fewer
  // jobs run than there are cores.
  const threads = Math.max(1, Math.floor(availableParallelism() / pool));
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { job, inputs } = jobs[next++];
      const r = await runOne(job, inputs, threads);
      results.push(r);
      onDone(r);
    }
  };
  await Promise.all(Array.from({ length: pool }, worker));
  return results;
}

function runOne(job: PlannedJob, inputs: string, threads: number): Promise<JobResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT_DIR, "bin", "rbdoc.js"), ...job.args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, RBDOC_THREADS: String(threads) } });
    running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("close", (code) => {
      running.delete(child);
      const seconds = Math.round((performance.now() - started) / 10) / 100;
      const outputs = code === 0 ? outputsOf(stdout) : [];
      const firstError = stderr.split("\n").find((l) => /galat|error|rbdoc:/.test(l));
      resolve({
        id: job.id,
        job: job.id,
        inputs,
        rbdoc: "",
        status: code === 0 ? "berhasil" : "gagal",
        seconds,
        outputs,
        ...(code === 0 ? {} : { pesan: firstError ?? `keluar dengan kode ${code}` }),
        stderr,
      });
    });
  });
}

/** The commands print each file they wrote on its own line: "path (N halaman …)". */
function outputsOf(stdout: string) {
  return stdout
    .split("\n")
    .map((l) => /^(\S.*?\.(?:pdf|docx|xlsx))(?: \((\d+) halaman.*\))?$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => fileRecord(m[1], m[2] === undefined ? undefined : Number(m[2])));
}
