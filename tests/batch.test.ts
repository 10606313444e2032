import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replaceInFile, writeKabupatenFixture } from "./helpers/fixture.js";

const rbdoc = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/rbdoc.js", ...args], { encoding: "utf8", timeout: 170_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

function jobsFile(body: string): { path: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-batch-"));
  const out = join(dir, "keluaran");
  const path = join(dir, "jobs.yaml");
  writeFileSync(path, `out: ${out}\n${body}`);
  return { path, out };
}

describe("rbdoc batch", () => {
  it("reports a jobs file's mistakes at their lines, with suggestions", () => {
    const { path } = jobsFile("jobs:\n  - perwali: {data: x, edisi: konsep}\n  - cetak: {data: x}\n");
    const r = rbdoc("batch", path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/jobs\.yaml:3:\d+: galat: opsi 'edisi' tidak dikenal untuk perwali/);
    expect(r.err).toMatch(/jobs\.yaml:4:\d+: galat: diharapkan satu kunci dari 'perwali', 'laporan', 'evaluasi', 'formulir', ditemukan pemetaan dengan kunci cetak/);
  });

  it("runs jobs in parallel, isolates a broken data folder, records a manifest, and skips what is up to date", () => {
    const good = writeKabupatenFixture();
    const broken = writeKabupatenFixture();
    replaceInFile(join(broken, "areas/01-area.yaml"), /pengampu: bag-organisasi/, "pengampu: bag-organisasii");
    const { path, out } = jobsFile(
      `jobs:\n  - perwali: {data: ${good}, format: pdf}\n  - perwali: {data: ${broken}, format: pdf}\n  - perwali: {data: ${good}, format: pdf, lampiran-only: true}\n`,
    );
    const first = rbdoc("batch", path, "--jobs", "2");
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/2 berhasil, 1 gagal, 0 sudah mutakhir/);
    // The failing job says why, at the file and line; the others made their files.
    expect(first.err).toMatch(/01-area\.yaml:\d+:\d+: galat: Perangkat Daerah 'bag-organisasii' tidak ada \(maksudnya 'bag-organisasi'\?\)/);
    expect(existsSync(join(out, "perbup-contoh-makmur-12-2025.pdf"))).toBe(true);
    expect(existsSync(join(out, "perbup-contoh-makmur-12-2025-lampiran.pdf"))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { jobs: Record<string, { status: string; outputs: { path: string; sha256: string; pages?: number }[]; pesan?: string }> };
    const records = Object.values(manifest.jobs);
    expect(records.map((r) => r.status).sort()).toEqual(["berhasil", "berhasil", "gagal"]);
    const ok = records.find((r) => r.outputs.some((o) => o.path.endsWith("2025.pdf")))!;
    expect(ok.outputs[0]).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), pages: expect.any(Number) });
    expect(records.find((r) => r.status === "gagal")!.pesan).toMatch(/bag-organisasii/);

    // Second run: the good jobs are up to date; only the broken one runs again.
    const second = rbdoc("batch", path, "--jobs", "2");
    expect(second.out).toMatch(/0 berhasil, 1 gagal, 2 sudah mutakhir/);
    // A changed output is rebuilt; --force rebuilds everything.
    writeFileSync(join(out, "perbup-contoh-makmur-12-2025.pdf"), "diubah");
    expect(rbdoc("batch", path).out).toMatch(/1 berhasil, 1 gagal, 1 sudah mutakhir/);
    expect(rbdoc("batch", path, "--force").out).toMatch(/2 berhasil, 1 gagal, 0 sudah mutakhir/);
  });

  it("says everything is up to date when nothing changed", () => {
    const good = writeKabupatenFixture();
    const { path } = jobsFile(`jobs:\n  - perwali: {data: ${good}, format: pdf, lampiran-only: true}\n`);
    expect(rbdoc("batch", path).code).toBe(0);
    const again = rbdoc("batch", path);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Semua 1 pekerjaan sudah mutakhir/);
    // A change in the data makes the job run again.
    replaceInFile(join(good, "roadmap.yaml"), /AMIR BUDIMAN/, "AMIR BUDIMAN, S.H.");
    expect(rbdoc("batch", path).out).toMatch(/1 berhasil, 0 gagal, 0 sudah mutakhir/);
  });
});
