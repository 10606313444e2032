import { join } from "node:path";
import fc from "fast-check";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { countRencanaAksi } from "../src/domain/summary.js";
import { copyOfShipped, replaceInFile, SHIPPED, writeKabupatenFixture } from "./helpers/fixture.js";

const errors = (dir: string) => validateDataDir(dir).diagnostics.filter((d) => d.severity === "error");

describe("shipped Probolinggo 2020-2024 data", () => {
  const result = validateDataDir(SHIPPED);
  it("is valid", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.roadmap).toBeDefined();
  });
  it("matches the seed's counts", () => {
    const rm = result.roadmap!;
    expect(rm.regulasi.menimbang).toHaveLength(2);
    expect(rm.regulasi.mengingat).toHaveLength(21);
    expect(rm.regulasi.pasal).toHaveLength(5);
    expect(rm.area_perubahan.map((a) => a.nama)).toHaveLength(8);
    expect(rm.sasaran.flatMap((s) => s.indikator)).toHaveLength(7);
    // Rencana aksi per area as counted row by row against Tabel 4.4 (seed lines 857-1602).
    const perArea = rm.area_perubahan.map((a) => a.indikator.reduce((n, i) => n + i.kegiatan.reduce((m, k) => m + k.rencana_aksi.length, 0), 0));
    expect(perArea).toEqual([15, 6, 16, 37, 142, 17, 33, 22]);
    expect(countRencanaAksi(rm)).toBe(288);
    expect(rm.area_perubahan.flatMap((a) => a.indikator)).toHaveLength(21);
    expect(rm.tim.pokja).toHaveLength(8);
  });
});

describe("file formats", () => {
  it("accepts JSON for any data file", () => {
    const dir = copyOfShipped();
    const tim = parse(readFileSync(join(dir, "tim.yaml"), "utf8"));
    writeFileSync(join(dir, "tim.json"), JSON.stringify(tim, null, 2));
    rmSync(join(dir, "tim.yaml"));
    expect(errors(dir)).toEqual([]);
  });
});

describe("another pemda", () => {
  it("accepts a kabupaten with five areas and a 2025-2029 period", () => {
    const result = validateDataDir(writeKabupatenFixture());
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.roadmap?.area_perubahan).toHaveLength(5);
  });
});

describe("broken data", () => {
  it("derives no warning from an area file that failed its schema: its PDs do not look idle", () => {
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "areas/05-area.yaml"), /^id: area-5$/m, "id: area-5\nwarna: merah");
    const d = validateDataDir(dir, { monitoring: false }).diagnostics;
    expect(d.filter((x) => x.severity === "error").map((x) => `${x.file?.split("/").at(-1)} ${x.message.id}`)).toEqual(["05-area.yaml kolom 'warna' tidak dikenal (salah ketik?)"]);
    expect(d.map((x) => x.message.id).filter((m) => m.includes("tidak menjadi pengampu"))).toEqual([]);
  });
  it("points at the line and column of a wrong type, with what was expected and found", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "sasaran.yaml"), /tahun: 2018/, "tahun: dua ribu");
    const [first] = errors(dir);
    expect(first.file).toMatch(/sasaran\.yaml$/);
    expect(first.line).toBeGreaterThan(1);
    expect(first.column).toBeGreaterThan(1);
    expect(first.message.id).toMatch(/diharapkan angka, ditemukan teks "dua ribu"/);
    expect(first.message.en).toMatch(/expected number, found the text "dua ribu"/);
  });

  it("reports every problem in one run, across files", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "areas/01-manajemen-perubahan.yaml"), /pengampu: bag-organisasi/, "pengampu: bag-organisasii");
    replaceInFile(join(dir, "areas/02-deregulasi-kebijakan.yaml"), /tahun: \[2020, 2021, 2022, 2023, 2024\]/, "tahun: [2019, 2021, 2022, 2023, 2024]");
    replaceInFile(join(dir, "areas/03-penataan-organisasi.yaml"), /"2024": 43.88/, '"2025": 43.88');
    const list = errors(dir);
    const text = list.map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/01-manajemen-perubahan\.yaml:\d+ Perangkat Daerah 'bag-organisasii' tidak ada \(maksudnya 'bag-organisasi'\?\)/);
    expect(text).toMatch(/02-deregulasi-kebijakan\.yaml:\d+ tahun 2019 di luar periode 2020-2024/);
    expect(text).toMatch(/03-penataan-organisasi\.yaml:\d+ tahun 2025 di luar periode/);
    expect(text).toMatch(/03-penataan-organisasi\.yaml:\d+ target tahun 2024 belum diisi/);
  });

  it("checks cross-references in sound files while another file has errors", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "areas/01-manajemen-perubahan.yaml"), /jenis: angka/, "jenis: bilangan");
    replaceInFile(join(dir, "areas/03-penataan-organisasi.yaml"), /pengampu: bag-organisasi/, "pengampu: bag-organisasi-x");
    const text = errors(dir).map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/01-manajemen-perubahan\.yaml:\d+ diharapkan salah satu dari "angka", "persen", "kategori", ditemukan teks "bilangan"/);
    expect(text).toMatch(/03-penataan-organisasi\.yaml:\d+ Perangkat Daerah 'bag-organisasi-x' tidak ada/);
    // The broken area still exists: the pokja that names it is not reported.
    expect(text).not.toMatch(/area perubahan 'manajemen-perubahan' tidak ada/);
    expect(validateDataDir(dir).roadmap).toBeUndefined();
  });

  it("rejects an id used twice", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "perangkat-daerah.yaml"), /id: bag-hukum/, "id: bag-organisasi");
    const text = errors(dir).map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/perangkat-daerah\.yaml:\d+ id 'bag-organisasi' dipakai lebih dari sekali/);
  });

  it("requires a code on every rencana aksi, and each code only once", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "areas/04-penataan-tatalaksana.yaml"), /kode: "4\.1\.02"/, 'kode: "4.1.01"');
    replaceInFile(join(dir, "areas/02-deregulasi-kebijakan.yaml"), /- kode: "2\.1\.01"\n( *)aksi:/, "- aksi:");
    const text = errors(dir).map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/04-penataan-tatalaksana\.yaml:38 kode rencana aksi '4\.1\.01' sudah dipakai rencana aksi lain/);
    expect(text).toMatch(/02-deregulasi-kebijakan\.yaml:25 kolom wajib belum diisi/);
  });

  it("warns when a chapter signs the Lampiran that the template already signs", () => {
    const dir = copyOfShipped();
    writeFileSync(join(dir, "lampiran/50-bab-5.yaml"), readFileSync(join(dir, "lampiran/50-bab-5.yaml"), "utf8") + '  - ttd: {penanda_tangan: kepala-daerah, tanggal: "2020-12-23"}\n');
    const warning = validateDataDir(dir).diagnostics.find((d) => d.message.id.includes("menggandakan tanda tangan"));
    expect(`${warning?.file}:${warning?.severity}`).toMatch(/50-bab-5\.yaml:warning$/);
    expect(validateDataDir(SHIPPED).diagnostics.some((d) => d.message.id.includes("menggandakan tanda tangan"))).toBe(false);
  });

  it("names what a chapter number must be, refuses a Perwali for a kabupaten, and warns when targets run against the direction", () => {
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "lampiran/10-bab-1.yaml"), /bab: I\n/, "bab: 3\n");
    replaceInFile(join(dir, "roadmap.yaml"), /jenis: perbup/, "jenis: perwali");
    replaceInFile(join(dir, "areas/01-area.yaml"), /arah: naik/, "arah: turun");
    const list = validateDataDir(dir).diagnostics;
    const text = list.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/error \S+10-bab-1\.yaml:\d+ diharapkan nomor bab dalam angka Romawi seperti "III", ditulis sebagai teks/);
    expect(text).toMatch(/error \S+roadmap\.yaml:\d+ jenis 'perwali' tidak sesuai dengan pemda kabupaten; tulis 'perbup'/);
    expect(text).toMatch(/warning \S+01-area\.yaml:\d+ target naik dari 61 ke 65 padahal arah indikator 'turun'/);
  });

  it("still checks every other file when roadmap.yaml fails its schema", () => {
    const dir = writeKabupatenFixture({ tabelSasaran: true });
    replaceInFile(join(dir, "roadmap.yaml"), /tanggal: 2025-03-01/, "tanggal: 2025-02-30");
    replaceInFile(join(dir, "areas/02-area.yaml"), /pengampu: bag-organisasi/, "pengampu: bag-organisasi-x");
    replaceInFile(join(dir, "roadmap.yaml"), /"2026": WTP/, '"2026": WTTP');
    replaceInFile(join(dir, "areas/03-area.yaml"), /"2027": 65/, '"2027": "10,84%"');
    replaceInFile(join(dir, "areas/04-area.yaml"), /\s*"2029": 68/, "");
    const text = errors(dir).map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n");
    expect(text).toMatch(/roadmap\.yaml:\d+ tanggal berbentuk YYYY-MM-DD/);
    expect(text).toMatch(/02-area\.yaml:\d+ Perangkat Daerah 'bag-organisasi-x' tidak ada/);
    expect(text).toMatch(/roadmap\.yaml:\d+ diharapkan kategori WTP, WDP, TW, TMP atau "n\.a", ditemukan "WTTP"/);
    expect(text).toMatch(/03-area\.yaml:\d+ diharapkan angka .*ditemukan "10,84%"/);
    expect(text).toMatch(/04-area\.yaml:\d+ target tahun 2029 belum diisi/);
  });

  it("locates a misspelt field at its own line", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "tim.yaml"), /jabatan_tim: Ketua Tim Pengarah/, "jabatan_tm: Ketua Tim Pengarah");
    const lines = replaceLine(join(dir, "tim.yaml"), "jabatan_tm");
    const list = errors(dir);
    const unknown = list.find((d) => d.message.id.includes("'jabatan_tm' tidak dikenal"));
    expect(unknown?.line).toBe(lines);
  });

  it("rejects a category outside its scale", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "sasaran.yaml"), /"2022": WTP/, '"2022": WTTP');
    expect(errors(dir).map((d) => d.message.id).join("\n")).toMatch(/kategori WTP, WDP, TW, TMP atau "n.a", ditemukan "WTTP"/);
  });

  it("names the allowed forms of a prose block that has an unknown key", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "lampiran/00-kata-pengantar.yaml"), /^  - p: /m, "  - paragraf: ");
    const [first] = errors(dir);
    expect(first.file).toMatch(/00-kata-pengantar\.yaml$/);
    expect(first.message.id).toMatch(/diharapkan satu kunci dari 'p', 'judul', 'daftar', 'gambar', 'tabel', 'sisipan', 'ttd', ditemukan pemetaan dengan kunci paragraf/);
  });

  it("calls a missing image file an error", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    replaceInFile(join(dir, "lampiran/10-bab-1.yaml"), /gambar\/gambar-1-1\.png/, "gambar/tidak-ada.png");
    expect(errors(dir).map((d) => d.message.id).join("\n")).toMatch(/berkas gambar 'gambar\/tidak-ada\.png' tidak ditemukan/);
  });

  it("calls a file that is not really an image an error", () => {
    const dir = writeKabupatenFixture({ gambar: true });
    writeFileSync(join(dir, "gambar/gambar-1-1.png"), "bukan gambar");
    expect(errors(dir).map((d) => `${d.file}:${d.line} ${d.message.id}`).join("\n")).toMatch(/10-bab-1\.yaml:\d+ berkas 'gambar\/gambar-1-1\.png' bukan gambar PNG atau JPEG yang utuh/);
  });

  it("names the YAML syntax error's position", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "quick-wins.yaml"), /quick_wins:/, "quick_wins: [");
    const [first] = errors(dir);
    expect(first.file).toMatch(/quick-wins\.yaml$/);
    expect(first.line).toBeGreaterThan(0);
  });

  it("never throws on arbitrary YAML, it only reports", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const dir = mkdtempSync(join(tmpdir(), "rbdoc-fuzz-"));
        writeFileSync(join(dir, "roadmap.yaml"), a);
        writeFileSync(join(dir, "lain.yaml"), `perangkat_daerah:\n  - ${b}`);
        const result = validateDataDir(dir);
        expect(result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

function replaceLine(path: string, needle: string): number {
  const text = readFileSync(path, "utf8");
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("the instrument's RB Tematik themes against the road map's", () => {
  it("says which RB Tematik areas no komponen scores, and which themes have no area, matching by name or by 'area'", () => {
    const dir = mkdtempSync(join(tmpdir(), "rbdoc-tematik-"));
    cpSync("tests/data/kabupaten-sukamaju-2025-2029", dir, { recursive: true });
    // The folder's own evaluation years are replaced by the two this test needs.
    rmSync(join(dir, "evaluasi"), { recursive: true, force: true });
    mkdirSync(join(dir, "evaluasi"));
    mkdirSync(join(dir, "instrumen"));
    writeFileSync(join(dir, "evaluasi/2025.yaml"), "tahun: 2025\ninstrumen: rb-2023\n");
    // A pemda's own copy whose P3DN komponen scores the road map's 'percepatan prioritas aktual presiden'.
    const own = readFileSync("data/instrumen/rb-2023.yaml", "utf8")
      .replace(/^id: rb-2023$/m, "id: rb-2023-sukamaju")
      .replace("{id: tematik-p3dn, nama: Peningkatan Penggunaan Produk Dalam Negeri, bobot: 18, tema: true}", "{id: tematik-p3dn, nama: Peningkatan Penggunaan Produk Dalam Negeri, bobot: 18, area: [percepatan-prioritas-aktual-presiden]}");
    writeFileSync(join(dir, "instrumen/rb-2023-sukamaju.yaml"), own);
    writeFileSync(join(dir, "evaluasi/2026.yaml"), "tahun: 2026\ninstrumen: rb-2023-sukamaju\n");
    const d = validateDataDir(dir).diagnostics;
    expect(d.filter((x) => x.severity === "error")).toEqual([]);
    const said = d.filter((x) => /tanpa komponen|tanpa area/.test(x.message.id)).map((x) => `${x.severity} ${x.file?.split("/").slice(-2).join("/")}:${x.line} ${x.message.id}`);
    expect(said).toEqual([
      "warning evaluasi/2025.yaml:2 area RB Tematik road map tanpa komponen di instrumen rb-2023: 'Percepatan Prioritas Aktual Presiden'; capaiannya tidak dinilai oleh instrumen ini (komponen dicocokkan dengan nama area, atau dengan 'area' pada komponen)",
      "warning evaluasi/2025.yaml:2 tema RB Tematik instrumen rb-2023 tanpa area di road map: 'Peningkatan Penggunaan Produk Dalam Negeri', 'Pengendalian Inflasi'; nilainya tidak bersandar pada rencana aksi road map",
      "warning evaluasi/2026.yaml:2 tema RB Tematik instrumen rb-2023-sukamaju tanpa area di road map: 'Pengendalian Inflasi'; nilainya tidak bersandar pada rencana aksi road map",
    ]);
  });
});
