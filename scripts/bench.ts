// Times the full Perwali: PDF and DOCX from the shipped data (median of several runs, peak memory),
// and, beside it, the route a user would otherwise take: converting our DOCX to PDF with
// LibreOffice headless. Run with `npm run bench`.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { validateDataDir } from "../src/data/validate.js";
import { perwaliDocument } from "../src/pipeline/perwali.js";
import { loadTemplates } from "../src/templates/engine.js";
import { writeDocx } from "../src/writers/docx/index.js";
import { writePdf } from "../src/writers/pdf/index.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Every command below keeps its layout cache here, so "cold" and "warm" mean what they say.
process.env.RBDOC_CACHE_DIR = mkdtempSync(join(tmpdir(), "rbdoc-bench-cache-"));
const DATA = "data/probolinggo-2020-2024";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);

const templates = loadTemplates();
const times = { model: [] as number[], pdf: [] as number[], docx: [] as number[], total: [] as number[] };
let pages = 0;
let passes = 0;
let docxBytes: Uint8Array = new Uint8Array();
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const rm = validateDataDir(DATA).roadmap;
  if (!rm) throw new Error("data tidak sah");
  const model = perwaliDocument(rm, DATA, templates, { edition: "salinan", lampiranOnly: false });
  const t1 = performance.now();
  const pdf = await writePdf(model);
  const t2 = performance.now();
  docxBytes = await writeDocx(pdf.document);
  const t3 = performance.now();
  times.model.push(t1 - t0);
  times.pdf.push(t2 - t1);
  times.docx.push(t3 - t2);
  times.total.push(t3 - t0);
  pages = pdf.pagination.pageCount;
  passes = pdf.passes;
}
clearInterval(timer);
sample();

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Perwali + Lampiran: ${pages} pages, ${passes} PDF layout passes; in-process stages (no start-up), median of ${RUNS} runs`);
console.log(`  data + templates + model   ${fmt(median(times.model))}`);
console.log(`  PDF (pdfmake)              ${fmt(median(times.pdf))}`);
console.log(`  DOCX (docx)                ${fmt(median(times.docx))}`);
console.log(`  both formats               ${fmt(median(times.total))}`);
console.log(`  peak memory (RSS)          ${(peak / 1024 / 1024).toFixed(0)} MiB`);

const dir = mkdtempSync(join(tmpdir(), "rbdoc-bench-"));
writeFileSync(join(dir, "perwali.docx"), docxBytes);

// What a user waits for: the whole command, from Node's start to the files on disk. Cold: no
// layout cache (--no-cache), as the first run of a changed road map. Warm: the cache holds the
// seed from a run of the same document, as every later run (a batch, a re-run after a failure).
// Wall time is what the user waits for; on a shared machine it also holds other tenants' load, so
// the CPU time the process used (user + system, all its threads) and its peak memory are printed
// beside it, from /usr/bin/time.
interface Run {
  wall: number;
  cpu: number;
  rss: number;
}
const timed = (command: string, args: string[]): Run => {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", command, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")}: exit ${r.status}`);
  const [wall, user, sys, kb] = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { wall: wall * 1000, cpu: (user + sys) * 1000, rss: kb * 1024 };
};
const medianRun = (runs: Run[]): Run => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)) });
const whole = (args: string[], runs = Math.min(3, RUNS)) => medianRun(Array.from({ length: runs }, () => timed(process.execPath, ["bin/rbdoc.js", ...args])));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const wall: Record<string, { cold: Run; warm: Run }> = {};
for (const format of ["pdf,docx", "pdf", "docx"]) {
  const args = ["perwali", "--format", format, "--out", join(dir, `cli-${format}`)];
  const cold = whole([...args, "--no-cache"]);
  execFileSync(process.execPath, ["bin/rbdoc.js", ...args], { stdio: "ignore" });
  const warm = whole(args);
  wall[format] = { cold, warm };
  console.log(
    `  rbdoc perwali --format ${format.padEnd(8)} whole command: cold ${fmt(cold.wall)} (CPU ${fmt(cold.cpu)}, ${mib(cold.rss)}), warm ${fmt(warm.wall)} (CPU ${fmt(warm.cpu)}, ${mib(warm.rss)}) (medians)`,
  );
}
try {
  // LibreOffice's time varies from run to run; take the median of a few, each with a new profile
  // as a user's first conversion would have.
  execFileSync("soffice", ["--version"], { stdio: "ignore" });
  const loRuns: Run[] = [];
  for (let i = 0; i < Math.min(3, RUNS); i++) {
    loRuns.push(timed("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile-${i}`, "--convert-to", "pdf", "--outdir", dir, join(dir, "perwali.docx")]));
  }
  const lo = medianRun(loRuns);
  console.log(`  LibreOffice DOCX → PDF, whole process      ${fmt(lo.wall)} (CPU ${fmt(lo.cpu)}, ${mib(lo.rss)}; median of ${loRuns.length}, new profile each)`);
  // Like with like: a PDF from rbdoc's whole process against one from LibreOffice's whole process.
  console.log(
    `  LibreOffice / rbdoc --format pdf (whole processes): wall cold ${(lo.wall / wall.pdf.cold.wall).toFixed(2)}×, warm ${(lo.wall / wall.pdf.warm.wall).toFixed(2)}×; CPU cold ${(lo.cpu / wall.pdf.cold.cpu).toFixed(2)}×, warm ${(lo.cpu / wall.pdf.warm.cpu).toFixed(2)}×`,
  );
} catch {
  console.log("  LibreOffice not found: install libreoffice-writer-nogui to compare");
}

// The Tim Pelaksana's yearly cycle: forms for every PD, then every filled form back in. Both are
// timed as whole commands, as a user runs them; the import goes into a fresh copy each run, so it
// writes the period's file every time.
const formsOut = join(dir, "formulir");
const formTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ["bin/rbdoc.js", "formulir", "--periode", "2021-S2", "--out", formsOut], { stdio: "ignore" });
  formTimes.push(performance.now() - t0);
}
const forms = readdirSync(formsOut).filter((f) => f.endsWith(".xlsx")).map((f) => join(formsOut, f));
const importTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const copy = join(dir, `data-${i}`);
  cpSync(DATA, copy, { recursive: true });
  rmSync(join(copy, "monitoring", "2021-S2.yaml"));
  const t0 = performance.now();
  execFileSync(process.execPath, ["bin/rbdoc.js", "impor", ...forms, "--ke", copy], { stdio: "ignore" });
  importTimes.push(performance.now() - t0);
}
const validateTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ["bin/rbdoc.js", "validate"], { stdio: "ignore" });
  validateTimes.push(performance.now() - t0);
}
console.log(`Monitoring cycle, whole commands, median of ${RUNS} runs`);
console.log(`  rbdoc validate (start-up + all data)        ${fmt(median(validateTimes))}`);
console.log(`  rbdoc formulir --periode 2021-S2 (${forms.length} files)  ${fmt(median(formTimes))}`);
console.log(`  rbdoc impor of all ${forms.length} forms                ${fmt(median(importTimes))}`);

// The Tim Pelaksana's annual report, as a whole command, and every PD's report in one command.
const reportTimes: number[] = [];
const pdReportTimes: number[] = [];
for (let i = 0; i < Math.min(3, RUNS); i++) {
  let t0 = performance.now();
  execFileSync(process.execPath, ["bin/rbdoc.js", "laporan", "--tahun", "2021", "--out", join(dir, "laporan")], { stdio: "ignore" });
  reportTimes.push(performance.now() - t0);
  t0 = performance.now();
  execFileSync(process.execPath, ["bin/rbdoc.js", "laporan", "--tahun", "2021", "--pd", "semua", "--out", join(dir, "laporan-pd")], { stdio: "ignore" });
  pdReportTimes.push(performance.now() - t0);
}
const pdCount = readdirSync(join(dir, "laporan-pd")).filter((f) => f.endsWith(".pdf")).length;
console.log(`Laporan Pelaksanaan RB 2021, whole commands, median of ${reportTimes.length}`);
console.log(`  rbdoc laporan --tahun 2021 (PDF + DOCX)            ${fmt(median(reportTimes))}`);
console.log(`  rbdoc laporan --tahun 2021 --pd semua (${pdCount} PDs, PDF + DOCX)  ${fmt(median(pdReportTimes))}`);
console.log(`  rbdoc validate alone, for the start-up and data share ${fmt(median(validateTimes))}`);

const evaluasiTimes: number[] = [];
for (let i = 0; i < Math.min(3, RUNS); i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ["bin/rbdoc.js", "evaluasi", "--out", join(dir, "evaluasi")], { stdio: "ignore" });
  evaluasiTimes.push(performance.now() - t0);
}
console.log(`  rbdoc evaluasi (PDF + DOCX + XLSX), whole command   ${fmt(median(evaluasiTimes))} (median of ${evaluasiTimes.length})`);

// The shipped batch (data/jobs.yaml) with one worker and with every core, forced, whole commands;
// the layout cache is warm from the runs above and the first batch.
const cores = (await import("node:os")).availableParallelism();
const batchTimes: Record<number, number[]> = { 1: [], [cores]: [] };
for (let i = 0; i < Math.min(2, RUNS); i++) {
  for (const workers of [1, cores]) {
    const t0 = performance.now();
    spawnSync(process.execPath, ["bin/rbdoc.js", "batch", "data/jobs.yaml", "--force", "--jobs", String(workers)], { stdio: "ignore" });
    batchTimes[workers].push(performance.now() - t0);
  }
}
const b1 = median(batchTimes[1]);
const bn = median(batchTimes[cores]);
console.log(`Batch of data/jobs.yaml (--force), median of ${batchTimes[1].length}`);
console.log(`  1 worker ${fmt(b1)}; ${cores} workers ${fmt(bn)}; ratio ${(b1 / bn).toFixed(2)}×`);
const t0 = performance.now();
spawnSync(process.execPath, ["bin/rbdoc.js", "batch", "data/jobs.yaml"], { stdio: "ignore" });
console.log(`  a second run with nothing changed: ${fmt(performance.now() - t0)}`);

// Growth: the road map with its rencana aksi copied 3× and 10× (text changed), time and peak memory.
console.log("Perwali of larger road maps (rencana aksi copied with changed text), whole command, cold");
for (const factor of [1, 3, 10]) {
  const r = timed(process.execPath, ["bin/rbdoc.js", "perwali", synthetic(factor), "--no-cache", "--out", join(dir, `x${factor}`)]);
  console.log(`  ×${factor}: ${fmt(r.wall)} (CPU ${fmt(r.cpu)}), peak ${mib(r.rss)}`);
}

function synthetic(factor: number): string {
  const out = mkdtempSync(join(tmpdir(), `rbdoc-x${factor}-`));
  cpSync(DATA, out, { recursive: true });
  rmSync(join(out, "monitoring"), { recursive: true, force: true });
  rmSync(join(out, "evaluasi"), { recursive: true, force: true });
  if (factor === 1) return out;
  for (const name of readdirSync(join(out, "areas"))) {
    const path = join(out, "areas", name);
    const area = parse(readFileSync(path, "utf8")) as { indikator: { kegiatan?: { nama: string; rencana_aksi: { kode: string; aksi: string }[] }[] }[] };
    for (const ind of area.indikator) {
      const base = ind.kegiatan ?? [];
      ind.kegiatan = Array.from({ length: factor }, (_, f) =>
        base.map((k) => ({ ...k, nama: f ? `${k.nama} (${f})` : k.nama, rencana_aksi: k.rencana_aksi.map((ra) => ({ ...ra, kode: f ? `${ra.kode}.${f}` : ra.kode, aksi: f ? `${ra.aksi} (${f})` : ra.aksi })) })),
      ).flat();
    }
    writeFileSync(path, JSON.stringify(area));
  }
  return out;
}
