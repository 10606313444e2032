import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { copyOfShipped, replaceInFile, SAMPLE_PNG, writeKabupatenFixture } from "./helpers/fixture.js";

/**
 * Untrusted input, one case per class: each names the file (and line where there is one), exits 1,
 * never says "kesalahan internal", and leaves earlier output alone.
 */
const rbdoc = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/rbdoc.js", ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const errors = (dir: string) => validateDataDir(dir).diagnostics.filter((d) => d.severity === "error");
const one = (dir: string) => {
  const list = errors(dir);
  expect(list.map((d) => d.message.id).join("\n")).not.toMatch(/internal/);
  expect(list).toHaveLength(1);
  return list[0];
};

function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(16))), chunk("IEND", Buffer.alloc(0))]);
}

describe("files outside the data folder are never read", () => {
  it("refuses an image path with ../ at its line", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    replaceInFile(join(dir, "lampiran/10-bab-1.yaml"), /gambar\/gambar-1-1\.png/, "../../../etc/gambar.png");
    const d = one(dir);
    expect(`${d.file}:${d.line}`).toMatch(/10-bab-1\.yaml:\d+$/);
    expect(d.message.id).toMatch(/'\.\.\/\.\.\/\.\.\/etc\/gambar\.png' berada di luar folder data/);
  });
  it("refuses an image that is a symlink leading out of the folder", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    const outside = join(mkdtempSync(join(tmpdir(), "rbdoc-outside-")), "rahasia.png");
    writeFileSync(outside, png(4, 4));
    rmSync(join(dir, "gambar/gambar-1-1.png"));
    symlinkSync(outside, join(dir, "gambar/gambar-1-1.png"));
    expect(one(dir).message.id).toMatch(/berada di luar folder data/);
  });
  it("refuses a template folder whose link leads out of it", () => {
    const templates = mkdtempSync(join(tmpdir(), "rbdoc-tpl-"));
    symlinkSync("/etc", join(templates, "partials"));
    const r = rbdoc("perwali", "--format", "pdf", "--templates", templates, "--out", mkdtempSync(join(tmpdir(), "rbdoc-o-")));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/templat \S+partials: menunjuk ke luar folder templat/);
    expect(r.err).not.toMatch(/kesalahan internal/);
  });
});

describe("limits", () => {
  it("refuses a data file over 5 MB without reading it", () => {
    const dir = copyOfShipped();
    writeFileSync(join(dir, "besar.yaml"), Buffer.alloc(6 * 1024 * 1024, 0x20));
    expect(one(dir).message.id).toMatch(/berkas terlalu besar: 6\.0 MB \(batas 5 MB per berkas data\)/);
  });
  it("refuses a pixel bomb from its header, and a cut-off image", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    writeFileSync(join(dir, "gambar/gambar-1-1.png"), png(20000, 20000));
    expect(one(dir).message.id).toMatch(/20000 × 20000 piksel \(batas 50 megapiksel\)/);
    writeFileSync(join(dir, "gambar/gambar-1-1.png"), readFileSync(SAMPLE_PNG).subarray(0, 3000));
    expect(one(dir).message.id).toMatch(/bukan gambar PNG atau JPEG yang utuh/);
  });
  it("refuses a 100 MB image and a FIFO within seconds, without reading them", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    const big = join(dir, "gambar/gambar-1-1.png");
    rmSync(big);
    spawnSync("truncate", ["-s", "100M", big]);
    const started = performance.now();
    expect(one(dir).message.id).toMatch(/terlalu besar: 100\.0 MB \(batas 20 MB\)/);
    rmSync(big);
    spawnSync("mkfifo", [big]);
    expect(one(dir).message.id).toMatch(/bukan berkas biasa/);
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it("refuses an image that is not a regular file", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    rmSync(join(dir, "gambar/gambar-1-1.png"));
    mkdirSync(join(dir, "gambar/gambar-1-1.png"));
    expect(one(dir).message.id).toMatch(/bukan berkas biasa/);
  });
  it("names nesting too deep instead of overflowing the stack", () => {
    const dir = copyOfShipped();
    writeFileSync(join(dir, "dalam.yaml"), `x: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    const d = one(dir);
    expect(d.file).toMatch(/dalam\.yaml$/);
    expect(d.message.id).toMatch(/bersarang terlalu dalam/);
  });
});

describe("text integrity", () => {
  it("reports bytes that are not UTF-8 with their line and byte", () => {
    const dir = copyOfShipped();
    writeFileSync(join(dir, "latin1.yaml"), Buffer.concat([Buffer.from("a: 1\nb: \"caf"), Buffer.from([0xe9]), Buffer.from("\"\n")]));
    const d = one(dir);
    expect([d.line, d.column]).toEqual([2, 8]);
    expect(d.message.id).toMatch(/bukan teks UTF-8: urutan byte tidak sah pada byte ke-13/);
  });
  it("rejects control characters in text, and names numbers that are not finite", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "sasaran.yaml"), /"2022": 64,/, '"2022": .inf,');
    writeFileSync(join(dir, "nul.yaml"), 'catatan: "a\\0b"\n');
    const text = errors(dir).map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/sasaran\.yaml:\d+ angka tidak terhingga atau bukan angka \(Infinity\)/);
    expect(text).toMatch(/nul\.yaml:1 karakter kendali U\+0000 di dalam teks/);
    // The refused file's keys are not also reported as missing.
    expect(text).not.toMatch(/kolom wajib belum diisi/);
  });
  it("finds unclosed or overlapping emphasis at its line, before any template runs, and nothing else about that file", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "areas/02-deregulasi-kebijakan.yaml"), /kegiatan_mikro:\n/, 'kegiatan_mikro:\n  - "Teks *miring tanpa penutup"\n  - "Bertumpuk *a **b* c**"\n');
    const list = errors(dir);
    expect(list.map((d) => `${d.file}:${d.line} ${d.message.id}`)).toEqual([
      expect.stringMatching(/02-deregulasi-kebijakan\.yaml:9 tanda \* atau \*\* tidak tertutup atau bertumpuk/),
      expect.stringMatching(/02-deregulasi-kebijakan\.yaml:10 tanda \* atau \*\* tidak tertutup atau bertumpuk/),
    ]);
  });
  it("warns, at its place, about characters the document's fonts cannot draw", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "areas/02-deregulasi-kebijakan.yaml"), /kegiatan_mikro:\n/, 'kegiatan_mikro:\n  - "Dengan emoji 😀 dan ع"\n');
    const warning = validateDataDir(dir).diagnostics.find((d) => d.message.id.includes("huruf dokumen"))!;
    expect(`${warning.file}:${warning.line}`).toMatch(/02-deregulasi-kebijakan\.yaml:9$/);
    expect(warning.message.id).toBe("karakter '😀' (U+1F600), 'ع' (U+0639) tidak ada di huruf dokumen dan akan tercetak kosong");
    expect(errors(dir)).toEqual([]);
  });
  it("prints any data text that passes validation as valid markup", async () => {
    const fc = (await import("fast-check")).default;
    const { RichText } = await import("../src/schema/prose.js");
    const { richTextToMarkup } = await import("../src/templates/rich-text.js");
    const { parseMarkup } = await import("../src/markup/parse.js");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "*", "\\", "<", "&", "{", "}", '"', "é", "–"), maxLength: 30 }), (s) => {
        if (!RichText.safeParse(s).success) return;
        expect(() => parseMarkup(`<document><section id="s"><p>${richTextToMarkup(s)}</p></section></document>`)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
  it("treats __proto__ and constructor as unknown keys like any other", () => {
    const dir = copyOfShipped();
    writeFileSync(join(dir, "zz.yaml"), "__proto__: {polluted: 1}\nconstructor: 1\n");
    const text = errors(dir).map((d) => d.message.id).join("\n");
    expect(text).toContain("kolom '__proto__' tidak dikenal");
    expect(text).toContain("kolom 'constructor' tidak dikenal");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the data folder and the operating system", () => {
  it("says in one line that a data folder is missing, not a folder, or empty", () => {
    for (const [dir, msg] of [["/tmp/rbdoc-tidak-ada-sama-sekali", /folder data tidak ditemukan/], ["README.md", /ini bukan folder/], [mkdtempSync(join(tmpdir(), "rbdoc-kosong-")), /folder data kosong/]] as const) {
      const list = validateDataDir(dir).diagnostics;
      expect(list).toHaveLength(1);
      expect(list[0].message.id).toMatch(msg);
    }
  });
  it("names a broken symlink and an unreadable file instead of crashing", () => {
    const dir = copyOfShipped();
    symlinkSync(join(dir, "tidak-ada.yaml"), join(dir, "areas/99-putus.yaml"));
    expect(one(dir).message.id).toMatch(/berkas tidak ditemukan \(tautan simbolik yang putus\?\)/);
    if (process.getuid?.() === 0) return; // root reads anything: the permission case cannot be made here
    const dir2 = copyOfShipped();
    chmodSync(join(dir2, "tim.yaml"), 0o000);
    expect(one(dir2).message.id).toMatch(/tidak ada izin membaca/);
  });
  it("leaves no temporary file and the earlier output when stopped by SIGTERM", async () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-o-"));
    writeFileSync(join(out, "perwali-probolinggo-166-2020.pdf"), "hasil lama");
    const { spawn } = await import("node:child_process");
    for (const delay of [1500, 3500]) {
      const child = spawn(process.execPath, ["bin/rbdoc.js", "perwali", "--out", out], { stdio: "ignore" });
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGTERM");
      await new Promise((r) => child.on("close", r));
      const { readdirSync } = await import("node:fs");
      expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      const pdf = readFileSync(join(out, "perwali-probolinggo-166-2020.pdf"));
      // Either the old file, untouched, or a whole new PDF: never a half-written one.
      expect(pdf.toString("latin1") === "hasil lama" || pdf.subarray(-6).toString("latin1").includes("EOF")).toBe(true);
    }
  });

  it("checks --out before rendering, and never replaces good output with a failed run", () => {
    const file = join(mkdtempSync(join(tmpdir(), "rbdoc-o-")), "berkas");
    writeFileSync(file, "bukan folder");
    const r = rbdoc("perwali", "--format", "pdf", "--out", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/tidak dapat menulis .*berkas: sudah ada berkas dengan nama folder itu/);
    expect(r.err).not.toMatch(/kesalahan internal/);

    const out = mkdtempSync(join(tmpdir(), "rbdoc-o-"));
    writeFileSync(join(out, "perwali-probolinggo-166-2020.pdf"), "hasil lama");
    mkdirSync(join(out, "perwali-probolinggo-166-2020.docx"));
    const taken = rbdoc("perwali", "--out", out);
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/nama itu sudah dipakai sebuah folder/);
    // The PDF was not replaced alone: both files or neither.
    expect(readFileSync(join(out, "perwali-probolinggo-166-2020.pdf"), "utf8")).toBe("hasil lama");
  });
});

describe("a decimal comma in YAML", () => {
  it("takes '61,5' and 41,59 (text to YAML) as the numbers they are", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "sasaran.yaml"), "baseline: {tahun: 2018, nilai: 61}", 'baseline: {tahun: 2018, nilai: "61,5"}');
    replaceInFile(join(dir, "monitoring/2021-S2.yaml"), /(sasaran-indeks-kelembagaan:\n\s+nilai:) 41\.59/, "$1 41,59");
    const v = validateDataDir(dir);
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(v.roadmap!.sasaran.flatMap((s) => s.indikator).map((i) => i.baseline.nilai)).toContain(61.5);
    expect(v.monitoring!.find((p) => p.periode.id === "2021-S2")!.data.indikator["sasaran-indeks-kelembagaan"].nilai).toBe(41.59);
  });
  it("says plainly when a comma inside { } split a number into a field of its own", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "sasaran.yaml"), "baseline: {tahun: 2018, nilai: 2.53}", "baseline: {tahun: 2018, nilai: 2,53}");
    const d = one(dir);
    const line = readFileSync(join(dir, "sasaran.yaml"), "utf8").split("\n").findIndex((l) => l.includes("nilai: 2,53")) + 1;
    expect(`${d.file}:${d.line}:${d.column}`).toMatch(new RegExp(`sasaran\\.yaml:${line}:\\d+$`));
    expect(d.message.id).toBe("angka '2,53' ditulis dengan koma di dalam { }: di sana koma memisahkan kolom, sehingga YAML membaca nilai: 2 dan kolom '53'. Di YAML angka ditulis dengan titik (nilai: 2.53), atau tulis sebagai teks (nilai: \"2,53\")");
  });
});
