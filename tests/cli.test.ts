import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { jsonSchemaOf, SCHEMA_FILES } from "../src/commands/schema.js";
import { copyOfShipped, replaceInFile, SHIPPED, writeKabupatenFixture } from "./helpers/fixture.js";
import { validateDataDir } from "../src/data/validate.js";
import { pdfDocumentInfo, pdfFillColours, pdfPageCount, pdfPages, pdfRawObjects, pdfText } from "./helpers/pdf.js";

const rbdoc = (...args: string[]) => rbdocWith({}, ...args);
const rbdocWith = (env: NodeJS.ProcessEnv, ...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/rbdoc.js", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** A folder of user templates, as `--templates` takes it. */
/** The document a run wrote (a salinan also writes its JDIH entry file beside it). */
function written(out: string, format: string): string {
  return readdirSync(out).find((f) => f.endsWith(`.${format}`))!;
}

function userTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "rbdoc-tpl-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("rbdoc validate", () => {
  it("exits 0 and prints counts per table for the shipped data", () => {
    const r = rbdoc("validate", "data/probolinggo-2020-2024");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Data sah/);
    expect(r.out).toMatch(/Rencana aksi seluruhnya\s+288/);
  });

  it("exits 1 with file:line:column messages, in English on request", () => {
    const dir = copyOfShipped();
    replaceInFile(join(dir, "tim.yaml"), /area: manajemen-perubahan/, "area: manajemen-perubahn");
    const r = rbdoc("validate", dir, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/tim\.yaml:\d+:\d+: error: area perubahan 'manajemen-perubahn' does not exist \(did you mean 'manajemen-perubahan'\?\) \(field: tim\.pokja\[0\]\.area\)/);
  });

  it("exits 2 on a usage error", () => {
    expect(rbdoc("validate", "--bahasa", "jawa").code).toBe(2);
    expect(rbdoc("perwali", "--format", "odt").code).toBe(2);
  });

  it("has --help on every command", () => {
    for (const cmd of ["validate", "perwali", "schema", "formulir", "impor", "laporan", "evaluasi"]) {
      const r = rbdoc(cmd, "--help");
      expect(r.code).toBe(0);
      expect(r.out).toContain(`rbdoc ${cmd}`);
    }
  });
});

describe("rbdoc schema", () => {
  it("the JSON Schemas shipped in data/schema match the zod schema", () => {
    for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
      expect(readFileSync(join("data/schema", name), "utf8"), name).toBe(jsonSchemaOf(schema));
    }
  });
});

describe("rbdoc perwali", () => {
  it("never replaces a good output with a failed run", () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const good = join(out, "perbup-contoh-makmur-12-2025.pdf");
    writeFileSync(good, "earlier good output");
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "roadmap.yaml"), /nomor: 12\n/, "nomor: -12\n");
    const r = rbdoc("perwali", dir, "--out", out, "--format", "pdf");
    expect(r.code).toBe(1);
    expect(readFileSync(good, "utf8")).toBe("earlier good output");
    expect(readdirSync(out)).toEqual(["perbup-contoh-makmur-12-2025.pdf"]);
  });

  it("lays a document out again from its cached layout to the same bytes, and writes the DOCX beside the PDF to the same bytes as alone", () => {
    const dir = writeKabupatenFixture();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const cache = mkdtempSync(join(tmpdir(), "rbdoc-cache-"));
    const run = (...args: string[]) => rbdocWith({ RBDOC_CACHE_DIR: cache }, "perwali", dir, ...args).code;
    const files = () => Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f)).toString("base64")]));
    expect(run("--out", out)).toBe(0);
    const first = files();
    const seeds = readdirSync(join(cache, "tata-letak"));
    expect(seeds).toHaveLength(1);
    expect(run("--out", out)).toBe(0);
    expect(files()).toEqual(first);
    // The DOCX alone takes its page numbers from the cached layout, with no layout of its own.
    const docxName = Object.keys(first).find((f) => f.endsWith(".docx"))!;
    const alone = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(run("--out", alone, "--format", "docx")).toBe(0);
    expect(readFileSync(join(alone, docxName)).toString("base64")).toBe(first[docxName]);
    // A damaged cache only costs time: it fails its checksum and is not read.
    const seed = join(cache, "tata-letak", seeds[0]);
    writeFileSync(seed, readFileSync(seed, "utf8").replace(/,(\d+)\]/g, (_, n) => `,${Number(n) + 1}]`));
    expect(run("--out", out)).toBe(0);
    expect(files()).toEqual(first);
    // Without the cache, and the DOCX alone (written in this thread after a measuring layout).
    const plain = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const empty = mkdtempSync(join(tmpdir(), "rbdoc-cache-"));
    expect(rbdocWith({ RBDOC_CACHE_DIR: empty }, "perwali", dir, "--out", plain, "--no-cache", "--format", "docx").code).toBe(0);
    expect(readdirSync(empty)).toEqual([]);
    expect(readdirSync(plain)).toEqual([Object.keys(first).find((f) => f.endsWith(".docx"))]);
    expect(readFileSync(join(plain, readdirSync(plain)[0])).toString("base64")).toBe(first[readdirSync(plain)[0]]);
  });

  it("reports a user template that writes broken markup, and writes nothing", () => {
    const dir = writeKabupatenFixture();
    const templates = userTemplates({ "partials/blok-lampiran.hbs": "<p>LAMPIRAN <b>{{regulasi.nomor}}</p>\n" });
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("perwali", dir, "--out", out, "--templates", templates);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hasil templat .*perwali\.hbs tidak sah \(baris \d+, kolom \d+ hasil templat\)/);
    expect(r.err).toContain("LAMPIRAN <b>12</p>");
    expect(readdirSync(out)).toEqual([]);
  });

  it("prints each baseline's own year in Tabel 4.1 when the indicators' baseline years differ", async () => {
    const dir = writeKabupatenFixture({
      tabelSasaran: true,
      indikator: [{ id: "s-ipp", nama: "Indeks Pelayanan Publik", jenis: "angka", arah: "naik", baseline: { tahun: 2022, nilai: 3.1 }, target: { "2025": 3.5, "2026": 3.6, "2027": 3.7, "2028": 3.8, "2029": 3.9 } }],
    });
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", dir, "--out", out, "--format", "pdf", "--lampiran-only").code).toBe(0);
    const text = await pdfText(readFileSync(join(out, "perbup-contoh-makmur-12-2025-lampiran.pdf")));
    expect(text).toContain("WTP (2024)");
    expect(text).toContain("3,1 (2022)");
    expect(text).not.toMatch(/BASELINE 202\d/);
  });

  it("signs for a Plt. on two lines, keeping 'Plt.' as written", async () => {
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "roadmap.yaml"), /jabatan: BUPATI CONTOH MAKMUR/, 'jabatan: "Plt. BUPATI CONTOH MAKMUR\\nwakil bupati"');
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", dir, "--out", out, "--format", "pdf").code).toBe(0);
    const text = await pdfText(readFileSync(join(out, "perbup-contoh-makmur-12-2025.pdf")));
    expect(text).toContain("Plt. BUPATI CONTOH MAKMUR, WAKIL BUPATI,");
    expect(text).not.toContain("PLT.");
  });

  it("answers to the neutral name 'peraturan' as well, for a Perbup or a Pergub", () => {
    const dir = writeKabupatenFixture();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("peraturan", dir, "--out", out, "--format", "pdf", "--lampiran-only").code).toBe(0);
    expect(readdirSync(out)).toEqual(["perbup-contoh-makmur-12-2025-lampiran.pdf"]);
  });

  it("leaves nomor and dates blank in a konsep, and names no nomor in its title, bookmarks, DOCX title or file name", async () => {
    const dir = writeKabupatenFixture();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", dir, "--out", out, "--edition", "konsep").code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["perbup-contoh-makmur-2025-konsep.docx", "perbup-contoh-makmur-2025-konsep.pdf"]);
    const bytes = new Uint8Array(readFileSync(join(out, "perbup-contoh-makmur-2025-konsep.pdf")));
    const text = await pdfText(bytes);
    expect(text).toContain("NOMOR .......... TAHUN 2025");
    expect(text).toContain("pada tanggal ..........");
    expect(text).not.toContain("NOMOR 12 TAHUN");
    const { info, outline } = await pdfDocumentInfo(bytes);
    expect(info.Title).toBe("Peraturan Bupati Contoh Makmur Tahun 2025 tentang Road Map Reformasi Birokrasi Kabupaten Contoh Makmur Tahun 2025-2029");
    expect(outline[0]).toBe("Peraturan Bupati Contoh Makmur Tahun 2025");
    const core = strFromU8(unzipSync(readFileSync(join(out, "perbup-contoh-makmur-2025-konsep.docx")))["docProps/core.xml"]);
    expect(core).toMatch(/<dc:title>Peraturan Bupati Contoh Makmur Tahun 2025 tentang /);
    expect(core).not.toMatch(/Nomor 12/);
  });

  it("writes the salinan as PDF/A-2b: XMP with pdfaid and Dublin Core, an sRGB OutputIntent, /Lang, fonts embedded, no encryption, bookmarks and links kept", async () => {
    const dir = writeKabupatenFixture();
    // A title with "&" must still make a well-formed XMP packet.
    replaceInFile(join(dir, "roadmap.yaml"), /tentang: Road Map Reformasi Birokrasi Kabupaten/, "tentang: Road Map & Reformasi Birokrasi Kabupaten");
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", dir, "--out", out, "--format", "pdf").code).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(out, "perbup-contoh-makmur-12-2025.pdf")));
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw.slice(0, 9)).toBe("%PDF-1.7\n");
    // The comment after the header holds bytes above 127, so the file is taken as binary.
    expect([...bytes.slice(10, 14)].every((b) => b > 127)).toBe(true);
    const { info, xmp, xmpValue, outline } = await pdfDocumentInfo(bytes);
    const title = "Peraturan Bupati Contoh Makmur Nomor 12 Tahun 2025 tentang Road Map & Reformasi Birokrasi Kabupaten Contoh Makmur Tahun 2025-2029";
    expect(info.Title).toBe(title);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(xmp).toContain("Road Map &amp; Reformasi");
    expect(xmpValue("dc:title")).toBe(title);
    expect(xmpValue("dc:creator")).toEqual(["Pemerintah Kabupaten Contoh Makmur"]);
    expect(info.Author).toBe("Pemerintah Kabupaten Contoh Makmur");
    expect(xmpValue("dc:description")).toBe(info.Subject);
    expect([xmpValue("dc:language")].flat()).toEqual(["id-ID"]);
    // The information dictionary and the XMP agree on the dates.
    expect(xmp).toContain("<xmp:CreateDate>2025-");
    expect(xmp).toMatch(/<xmp:ModifyDate>\d{4}-\d\d-\d\dT00:00:00Z<\/xmp:ModifyDate>/);
    const objects = pdfRawObjects(bytes);
    const ref = (dict: string, key: string) => objects.get(Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]))!;
    const catalog = [...objects.values()].find((o) => o.includes("/Type /Catalog"))!;
    expect(catalog).toContain("/Lang (id-ID)");
    expect(catalog).toMatch(/\/Outlines \d+ 0 R/);
    expect(ref(catalog, "Metadata")).toMatch(/\/Subtype \/XML/);
    const intent = objects.get(Number(/\/OutputIntents \[(\d+) 0 R\]/.exec(catalog)?.[1]))!;
    expect(intent).toContain("/S /GTS_PDFA1");
    expect(intent).toContain("/OutputConditionIdentifier (sRGB IEC61966-2.1)");
    expect(ref(intent, "DestOutputProfile")).toContain("/N 3");
    // Every font is embedded: each font that is not a composite one has a descriptor, and each
    // descriptor a font program.
    const fonts = [...objects.values()].filter((o) => /\/Type \/Font\n/.test(o));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts.filter((f) => !f.includes("/Subtype /Type0"))) expect(ref(font, "FontDescriptor")).toMatch(/\/FontFile[23]? \d+ 0 R/);
    expect(raw).not.toMatch(/\/Encrypt\b/);
    expect(outline.length).toBeGreaterThan(0);
    // Links stay, each printable (PDF/A asks for the Print flag).
    const links = [...objects.values()].filter((o) => o.includes("/Subtype /Link"));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/\/F 4\b/);
  });

  it("writes the JDIH entry's data beside the salinan, with the documents or not at all, and none for a konsep", () => {
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "roadmap.yaml"), /\n  ditetapkan:/, "\n  pemrakarsa: Bagian Organisasi Sekretariat Daerah\n  ditetapkan:");
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("perwali", dir, "--out", out);
    expect(r.code).toBe(0);
    const base = "perbup-contoh-makmur-12-2025";
    expect(readdirSync(out).sort()).toEqual([`${base}.docx`, `${base}.jdih.json`, `${base}.pdf`]);
    expect(r.out).toContain(`${base}.jdih.json\n`);
    const entry = JSON.parse(readFileSync(join(out, `${base}.jdih.json`), "utf8"));
    const file = (name: string) => readFileSync(join(out, name));
    const sha = (name: string) => createHash("sha256").update(file(name)).digest("hex");
    expect(entry).toEqual({
      jenis: "Peraturan Bupati",
      nomor: "12",
      tahun: 2025,
      judul: "Road Map Reformasi Birokrasi Kabupaten Contoh Makmur Tahun 2025-2029",
      tempat_penetapan: expect.any(String),
      tanggal_penetapan: expect.stringMatching(/^2025-\d\d-\d\d$/),
      tempat_pengundangan: expect.any(String),
      tanggal_pengundangan: expect.stringMatching(/^2025-\d\d-\d\d$/),
      pemrakarsa: "Bagian Organisasi Sekretariat Daerah",
      berita_daerah: { tahun: 2025, nomor: expect.any(String), seri: "E" },
      status: "berlaku",
      penandatangan: { jabatan: "BUPATI CONTOH MAKMUR", nama: "AMIR BUDIMAN" },
      bahasa: "Indonesia",
      berkas: [
        { nama: `${base}.pdf`, jenis: "application/pdf", ukuran: file(`${base}.pdf`).length, sha256: sha(`${base}.pdf`) },
        { nama: `${base}.docx`, jenis: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ukuran: file(`${base}.docx`).length, sha256: sha(`${base}.docx`) },
      ],
    });
    // The Probolinggo salinan names the regulation it repeals.
    const shipped = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", "--out", shipped, "--format", "pdf").code).toBe(0);
    const pbl = JSON.parse(readFileSync(join(shipped, readdirSync(shipped).find((f) => f.endsWith(".jdih.json"))!), "utf8"));
    expect(pbl.mencabut).toEqual([expect.objectContaining({ jenis: "Peraturan Walikota Probolinggo", tahun: 2018 })]);
    expect(pbl.penandatangan.nama).toBe(validateDataDir(SHIPPED).roadmap!.regulasi.penanda_tangan.kepala_daerah.nama);
    // Without pemrakarsa in the data the entry leaves it out; a konsep gets no entry.
    const plain = writeKabupatenFixture();
    const konsep = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", plain, "--out", konsep, "--format", "pdf", "--edition", "konsep").code).toBe(0);
    expect(readdirSync(konsep).filter((f) => f.endsWith(".json"))).toEqual([]);
    // A failed write leaves neither the documents nor the entry: a folder in the entry's place.
    const blocked = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    mkdirSync(join(blocked, `${base}.jdih.json`));
    expect(rbdoc("perwali", plain, "--out", blocked, "--format", "pdf").code).toBe(1);
    expect(readdirSync(blocked)).toEqual([`${base}.jdih.json`]);
  });

  it("draws a konsep's watermark as shapes, not text: a search of the text does not find it", async () => {
    const dir = writeKabupatenFixture();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("perwali", dir, "--out", out, "--format", "pdf", "--edition", "konsep", "--lampiran-only").code).toBe(0);
    const path = join(out, written(out, "pdf"));
    const bytes = new Uint8Array(readFileSync(path));
    expect(await pdfText(bytes)).not.toMatch(/K\s*O\s*N\s*S\s*E\s*P/);
    const poppler = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
    if (poppler.status === 0) expect(poppler.stdout).not.toMatch(/K\s*O\s*N\s*S\s*E\s*P/);
    // Still drawn, in its grey, on every page.
    expect(await pdfFillColours(bytes, 1)).toContain("#9a9a9a");
    expect(await pdfFillColours(bytes, await pdfPageCount(bytes))).toContain("#9a9a9a");
  });

  it("takes a user's template over the built-in one, and can write the lampiran alone", async () => {
    const dir = writeKabupatenFixture();
    const templates = userTemplates({ "partials/blok-lampiran.hbs": '<p align="right">LAMPIRAN KHUSUS {{regulasi.nomor}}</p>\n' });
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("perwali", dir, "--out", out, "--format", "pdf", "--lampiran-only", "--templates", templates);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const text = await pdfText(readFileSync(join(out, "perbup-contoh-makmur-12-2025-lampiran.pdf")));
    expect(text).toContain("LAMPIRAN KHUSUS 12");
    // Data text reaches the page exactly as written, whatever markup characters it holds.
    expect(text).toContain("Aksi 1 <&> {{x}}");
    expect(text).not.toContain("Menimbang");
  });
});

describe("rbdoc formulir and rbdoc impor", () => {
  it("writes one workbook per PD with scheduled actions, plus the indicator form, and names the PDs left out", () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-f-"));
    const r = rbdoc("formulir", "--periode", "2021-S2", "--batas", "2022-01-15", "--out", out);
    expect(r.err).not.toMatch(/: galat:/);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      // Dispendukcapil has no rencana aksi in 2021 but answers for its quick win (Dukcapil GOOL).
      ["bag-hukum", "bag-organisasi", "bag-pbj", "bappedalitbang", "bkpsdm", "bppkad", "diskominfo", "dispendukcapil", "disperpusip", "indikator", "inspektorat"].map((n) => `${n}-2021-S2.xlsx`),
    );
    expect(r.out).toMatch(/Tanpa formulir \(tidak ada rencana aksi terjadwal pada 2021\): bag-pemerintahan\n/);
  });

  it("refuses a period outside the road map and an unknown PD as usage errors", () => {
    expect(rbdoc("formulir", "--periode", "2019").err).toMatch(/periode 2019 di luar road map 2020-2024/);
    const r = rbdoc("formulir", "--periode", "2021-S2", "--pd", "diskominfoo", "--out", mkdtempSync(join(tmpdir(), "rbdoc-f-")));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Perangkat Daerah 'diskominfoo' tidak ada \(maksudnya 'diskominfo'\?\)/);
    expect(rbdoc("formulir", "--periode", "2021-S5").code).toBe(2);
  });

  it("imports an unchanged form as 'no changes', and answers a bad file in English on request", () => {
    const dir = copyOfShipped();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-f-"));
    expect(rbdoc("formulir", dir, "--periode", "2021-S2", "--pd", "bag-hukum", "--no-indikator", "--out", out).code).toBe(0);
    const form = join(out, "bag-hukum-2021-S2.xlsx");
    const r = rbdoc("impor", form, "--ke", dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2021-S2 {2}bag-hukum {2}baru 0, berubah 0, tetap 6, kosong 0 {2}\(bag-hukum-2021-S2\.xlsx\)/);
    expect(r.out).toContain("Tidak ada perubahan.");
    writeFileSync(join(out, "rusak.xlsx"), "x");
    const bad = rbdoc("impor", join(out, "rusak.xlsx"), "--ke", dir, "--lang", "en");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("rusak.xlsx: error: not a readable XLSX file (save it again as .xlsx)");
  });
});

describe("rbdoc laporan", () => {
  it("writes the year's report from the period that stands for the year, and names the CONTOH data", () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-lap-"));
    const r = rbdoc("laporan", "--tahun", "2021", "--format", "pdf", "--out", out);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(["laporan-rb-probolinggo-2021.pdf"]);
    expect(r.out).toContain("CONTOH – DATA ILUSTRASI");
  });

  it("writes one report per PD with --pd semua, and a semester's own report with --periode", async () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-lap-"));
    expect(rbdoc("laporan", "--periode", "2021-S1", "--pd", "semua", "--format", "pdf", "--out", out).code).toBe(0);
    expect(readdirSync(out)).toHaveLength(11);
    expect(readdirSync(out)).toContain("laporan-rb-probolinggo-2021-s1-dispendukcapil.pdf");
    const text = await pdfText(readFileSync(join(out, "laporan-rb-probolinggo-2021-s1-diskominfo.pdf")));
    expect(text).toContain("SEMESTER I 2021");
    expect(text).toContain("DINAS KOMUNIKASI DAN INFORMATIKA");
  });

  it("answers a year without monitoring data, a wrong period and an unknown PD as usage errors", () => {
    expect(rbdoc("laporan", "--tahun", "2023").err).toMatch(/belum ada data monitoring tahun 2023 \(ada: 2020, 2021-S1, 2021-S2\)/);
    expect(rbdoc("laporan", "--periode", "2021-S2", "--tahun", "2020").code).toBe(2);
    const r = rbdoc("laporan", "--tahun", "2021", "--pd", "bkpsd");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Perangkat Daerah 'bkpsd' tidak ada \(maksudnya 'bkpsdm'\?\)/);
    expect(rbdoc("laporan").err).toMatch(/sebutkan --tahun/);
  });
});

describe("rbdoc evaluasi", () => {
  it("writes the summary as PDF, DOCX and XLSX, up to the year asked for", async () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-ev-"));
    const r = rbdoc("evaluasi", "--sampai", "2020", "--out", out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["pdf", "docx", "xlsx"].map((e) => `evaluasi-rb-probolinggo-2020-2024-sampai-2020.${e}`).sort());
    const text = await pdfText(readFileSync(join(out, "evaluasi-rb-probolinggo-2020-2024-sampai-2020.pdf")));
    // The cover names the years reported (one year here), never the year of printing.
    expect(text).toContain("REFORMASI BIROKRASI TAHUN 2020 Road Map");
    expect(text).not.toContain("Tahun 2021:");
    expect(rbdoc("evaluasi", "--sampai", "2019").code).toBe(2);
    expect(rbdoc("evaluasi", "--format", "pptx").code).toBe(2);
  });
});

describe("figures marked as not available", () => {
  const withPlaceholder = () => {
    const dir = writeKabupatenFixture();
    replaceInFile(join(dir, "lampiran", "10-bab-1.yaml"), /bagan: area-perubahan/, 'belum_tersedia: "gambar asli belum diserahkan Bagian Organisasi"');
    return dir;
  };

  it("are a warning in validate, at the line that marks them", () => {
    const r = rbdoc("validate", withPlaceholder());
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/10-bab-1\.yaml:\d+:\d+: peringatan: Gambar 1\.1 belum tersedia .*--izinkan-placeholder/);
  });

  it("stop the salinan with exit 1 naming each one, unless allowed; a konsep may carry them", async () => {
    const dir = withPlaceholder();
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const refused = rbdoc("peraturan", dir, "--format", "pdf", "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/10-bab-1\.yaml:\d+:\d+: galat: Gambar 1\.1 belum tersedia/);
    expect(readdirSync(out)).toEqual([]);
    const konsep = rbdoc("peraturan", dir, "--edition", "konsep", "--format", "pdf", "--out", out);
    expect(konsep.code).toBe(0);
    const allowed = rbdoc("peraturan", dir, "--izinkan-placeholder", "--format", "pdf", "--out", out);
    expect(allowed.code).toBe(0);
    const text = await pdfText(new Uint8Array(readFileSync(join(out, readdirSync(out).find((f) => !f.includes("konsep") && f.endsWith(".pdf"))!))));
    expect(text).toContain("Gambar 1.1 belum tersedia");
    expect(text).toContain("gambar asli belum diserahkan Bagian Organisasi");
  });
});

describe("a figure written as a diagram in the data", () => {
  it("prints its boxes, their items and the arrows between them", async () => {
    const dir = writeKabupatenFixture();
    replaceInFile(
      join(dir, "lampiran", "10-bab-1.yaml"),
      /bagan: area-perubahan/,
      `diagram:
          baris:
            - kotak:
                - {judul: "Evaluasi", isi: ["Capaian periode lalu", "Hambatan"]}
                - {judul: "Lingkungan Strategis"}
            - kotak:
                - {judul: "Tujuan", isi: ["Pemerintahan yang baik dan bersih"]}
                - {judul: "Sasaran", isi: ["Birokrasi kapabel"]}
              panah: true`,
    );
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    expect(rbdoc("peraturan", dir, "--format", "pdf", "--out", out).code).toBe(0);
    const text = await pdfText(new Uint8Array(readFileSync(join(out, written(out, "pdf")))));
    expect(text).toMatch(/Evaluasi .*Capaian periode lalu .*Hambatan .*Lingkungan Strategis .*↓ .*Tujuan .*→ .*Sasaran/);
  });
});


describe("tables that follow the data, for any pemda", () => {
  const render = async (dir: string, format: "pdf" | "docx" = "pdf") => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("peraturan", dir, "--format", format, "--out", out);
    expect(r.code, r.err).toBe(0);
    return new Uint8Array(readFileSync(join(out, written(out, format))));
  };

  it("gives Tabel 4.1 a satuan column and marks an indicator that should go down with ↓ and a note", async () => {
    const dir = writeKabupatenFixture({
      tabelSasaran: true,
      indikator: [
        { id: "s-miskin", nama: "Persentase Penduduk Miskin", jenis: "persen", satuan: "%", arah: "turun", baseline: { tahun: 2024, nilai: 9.5 }, target: { "2025": 9, "2026": 8.5, "2027": 8, "2028": 7.5, "2029": 7 } },
        { id: "s-pad", nama: "Pendapatan Asli Daerah", jenis: "angka", satuan: "Rp miliar", arah: "naik", baseline: { tahun: 2024, nilai: 120 }, target: { "2025": 125, "2026": 130, "2027": 135, "2028": 140, "2029": 145 } },
      ],
    });
    const text = await pdfText(await render(dir));
    expect(text).toMatch(/SATUAN/);
    expect(text).toContain("Rp miliar");
    expect(text).toMatch(/Persentase Penduduk Miskin ↓/);
    expect(text).toContain("Indikator yang makin baik bila nilainya makin kecil");
    const docx = strFromU8(unzipSync(await render(dir, "docx"))["word/document.xml"]);
    expect(docx).toContain("Rp miliar");
    expect(docx).toContain("Indikator yang makin baik bila nilainya makin kecil");
  });

  it("sizes Tabel 4.2's sasaran columns to their names, and numbers them when there are many", async () => {
    // One and three sasaran are named in full, every word whole; eight are numbered, with a legend.
    for (const extra of [[], ["Birokrasi Kapabel", "Pelayanan Publik Prima"]]) {
      const text = await pdfText(await render(writeKabupatenFixture({ sasaranTambahan: extra })));
      for (const word of ["Birokrasi", "Bersih", ...extra.flatMap((n) => n.split(" "))]) expect(text, `${extra.length + 1} sasaran`).toMatch(new RegExp(`(^| )${word}( |$)`));
    }
    const eight = ["Pengembangan Kapabilitas Aparatur", "Transformasi Digital", "Penanggulangan Kemiskinan", "Peningkatan Investasi", "Percepatan Prioritas Presiden", "Pengendalian Inflasi", "Penurunan Stunting"];
    const text = await pdfText(await render(writeKabupatenFixture({ sasaranTambahan: eight })));
    expect(text).toMatch(/Sasaran: 1 = Birokrasi yang Bersih; 2 = Pengembangan Kapabilitas Aparatur;.* 8 = Penurunan Stunting\./);
  });

  it("prints the certifying official's pangkat between name and NIP, and lets a prose signature name the Sekretaris Daerah", async () => {
    const dir = writeKabupatenFixture({ prosa: [{ ttd: { penanda_tangan: "sekretaris-daerah", tanggal: "2025-03-01" } }] });
    replaceInFile(join(dir, "roadmap.yaml"), /nama: DEWI LESTARI, S\.H\.\n/, "nama: DEWI LESTARI, S.H.\n      pangkat: Pembina Tingkat I (IV/b)\n");
    const text = await pdfText(await render(dir));
    expect(text).toMatch(/DEWI LESTARI, S\.H\. Pembina Tingkat I \(IV\/b\) NIP\. 19800101 200501 2 001/);
    expect(text).toMatch(/Sukamaju, 1 Maret 2025 SEKRETARIS DAERAH, ttd SITI RAHAYU/);
  });
});

describe("RB General and RB Tematik", () => {
  it("numbers areas within their group, draws the groups, and prints one Tabel 4.4 per group with budget and koordinator", async () => {
    const dir = writeKabupatenFixture({ kelompok: true });
    replaceInFile(join(dir, "roadmap.yaml"), /area: area-1\n/, "area: [area-1, area-4]\n");
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("peraturan", dir, "--format", "pdf", "--out", out);
    expect(r.code, r.err).toBe(0);
    const pages = (await pdfPages(new Uint8Array(readFileSync(join(out, written(out, "pdf")))))).map((p) => p.replace(/[\s\u200b]+/g, " "));
    const text = pages.join(" ");
    expect(text).toMatch(/Gambar 1\.1 Area Perubahan RB General 1 Area Perubahan 1 2 Area Perubahan 2 3 Area Perubahan 3 RB Tematik 1 Area Perubahan 4 2 Area Perubahan 5/);
    const general = pages.find((p) => p.includes("Tabel 1.1 Rencana Aksi RB General") && p.includes("Rencana Aksi Tahun"))!;
    const tematik = pages.find((p) => p.includes("Tabel 1.4 Rencana Aksi RB Tematik") && p.includes("Rencana Aksi Tahun"))!;
    expect(general).toContain("Area Perubahan 3");
    expect(general).not.toContain("Area Perubahan 4");
    expect(general).not.toContain("Anggaran");
    expect(tematik).toMatch(/1 Area Perubahan 4/);
    expect(tematik).toMatch(/2 Area Perubahan 5/);
    expect(tematik).toContain("Anggaran");
    expect(tematik).toContain("Rp 150.000.000");
    expect(tematik).toContain("APBD");
    expect(tematik).toContain("Koordinator: Inspektorat");
  });

  it("requires every area to name a known group, and allows one Tabel 4.4 per group only", () => {
    const dir = writeKabupatenFixture({ kelompok: true });
    replaceInFile(join(dir, "areas", "01-area.yaml"), /kelompok: general\n/, "");
    replaceInFile(join(dir, "areas", "02-area.yaml"), /kelompok: general/, "kelompok: genral");
    replaceInFile(join(dir, "lampiran", "10-bab-1.yaml"), /kelompok: tematik/, "kelompok: general");
    const r = rbdoc("validate", dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/01-area\.yaml:\d+:\d+: galat: 'kelompok' wajib diisi karena road map memakai kelompok: general, tematik/);
    expect(r.err).toMatch(/02-area\.yaml:\d+:\d+: galat: kelompok 'genral' tidak ada \(maksudnya 'general'\?\)/);
    expect(r.err).toMatch(/10-bab-1\.yaml:\d+:\d+: galat: .*rencana-aksi \(kelompok general\)/);
  });
});

describe("the batang tubuh of a longer regulation", () => {
  it("groups Pasal in BAB and Bagian, numbers Pasal on through them, and sets ayat as (1), (2)", async () => {
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const dir = writeKabupatenFixture({ bab: true });
    expect(rbdoc("peraturan", dir, "--format", "pdf,docx", "--out", out).code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.endsWith(".pdf"))!;
    const text = (await pdfText(new Uint8Array(readFileSync(join(out, pdf))))).replace(/\s+/g, " ");
    expect(text).toMatch(/BAB I KETENTUAN UMUM Pasal 1 Dalam Peraturan Bupati ini .* BAB II ROAD MAP Bagian Kesatu Kedudukan Pasal 2 \(1\) Road Map menjadi acuan Perangkat Daerah\. \(2\) Road Map dievaluasi setiap tahun\. Bagian Kedua Pelaksanaan Pasal 3 Peraturan Bupati ini mulai berlaku/);
    const files = unzipSync(new Uint8Array(readFileSync(join(out, pdf.replace(/\.pdf$/, ".docx")))));
    expect(strFromU8(files["word/document.xml"])).toMatch(/Bagian Kesatu/);
    // Ayat are a Word list numbered (1), (2).
    expect(strFromU8(files["word/numbering.xml"])).toContain('<w:lvlText w:val="(%1)"/>');
    expect(rbdoc("validate", dir).out).toMatch(/Pasal\s+3/);
  });

  it("refuses a BAB with both pasal and bagian at its line, and a Pasal with both isi and ayat", async () => {
    const dir = writeKabupatenFixture({ bab: true });
    replaceInFile(join(dir, "roadmap.yaml"), /- judul: Ketentuan Umum\n/, "- judul: Ketentuan Umum\n      bagian: [{judul: X, pasal: [{isi: [{p: x}]}]}]\n");
    const r = rbdoc("validate", dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/roadmap\.yaml:\d+:\d+: galat: BAB memuat tepat satu dari 'pasal' atau 'bagian'/);
    const { Pasal } = await import("../src/schema/roadmap.js");
    const both = Pasal.safeParse({ isi: [{ p: "x" }], ayat: ["a", "b"] });
    expect(both.success).toBe(false);
    expect(JSON.stringify(both.error?.issues)).toContain("pasal memuat tepat satu dari 'isi' atau 'ayat'");
  });
});

describe("Bagian ordinals", () => {
  it("are written as UU 12/2011 writes them", async () => {
    const { ordinalWord } = await import("../src/domain/batang-tubuh.js");
    expect([1, 2, 7, 10, 11, 12, 19, 20, 21].map(ordinalWord)).toEqual(["Kesatu", "Kedua", "Ketujuh", "Kesepuluh", "Kesebelas", "Kedua Belas", "Kesembilan Belas", "Kedua Puluh", "Kedua Puluh Satu"]);
  });
});

describe("year columns for a period of any length", () => {
  it("prints every year whole in Tabel 4.1 and Tabel 4.4 for a one-year and an eight-year road map", async () => {
    for (const selesai of [2025, 2032]) {
      const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
      const r = rbdoc("peraturan", writeKabupatenFixture({ mulai: 2025, selesai, tabelSasaran: true }), "--format", "pdf", "--out", out);
      expect(r.code, r.err).toBe(0);
      const pages = (await pdfPages(new Uint8Array(readFileSync(join(out, written(out, "pdf")))))).map((p) => p.replace(/\s+/g, " "));
      const years = Array.from({ length: selesai - 2024 }, (_, i) => 2025 + i).join(" ");
      expect(pages.find((p) => p.includes("Tabel 1.2 Sasaran dan Target") && p.includes("TARGET")), `${selesai}`).toContain(`TARGET ${years}`);
      expect(pages.find((p) => p.includes("Rencana Aksi Tahun")), `${selesai}`).toMatch(new RegExp(`Target Indikator Keberhasilan .*Rencana Aksi Tahun .*${years}`));
    }
  });
});

describe("a Lampiran of prose alone", () => {
  it("renders both formats with no figures, no tables and no sections, and leaves out the empty lists", async () => {
    const dir = writeKabupatenFixture();
    writeFileSync(join(dir, "lampiran", "10-bab-1.yaml"), "bab: I\njudul: PENDAHULUAN\nisi:\n  - p: Hanya satu paragraf.\n");
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("peraturan", dir, "--format", "pdf,docx", "--out", out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/kesalahan internal/);
    const text = await pdfText(new Uint8Array(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith(".pdf"))!))));
    expect(text).toContain("Hanya satu paragraf.");
    expect(text).not.toContain("DAFTAR GAMBAR");
    expect(text).not.toContain("DAFTAR TABEL");
    const docx = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith(".docx"))!))))["word/document.xml"]);
    expect(docx).toContain("Hanya satu paragraf.");
  });
});

describe("a lambang as SVG", () => {
  const LAMBANG = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="72" viewBox="0 0 60 72"><path d="M30 2 L58 14 L54 50 L30 70 L6 50 L2 14 Z" fill="#1f7a3a" stroke="#c9a227" stroke-width="3"/><circle cx="30" cy="34" r="12" fill="#c9a227"/></svg>`;

  it("is drawn as vectors on the regulation's first page, and as SVG with a PNG fallback in the DOCX", async () => {
    const dir = writeKabupatenFixture();
    writeFileSync(join(dir, "lambang.svg"), LAMBANG);
    replaceInFile(join(dir, "roadmap.yaml"), /lambang: lambang\.png/, "lambang: lambang.svg");
    const out = mkdtempSync(join(tmpdir(), "rbdoc-out-"));
    const r = rbdoc("peraturan", dir, "--format", "pdf,docx", "--out", out);
    expect(r.code, r.err).toBe(0);
    const pdf = new Uint8Array(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith(".pdf"))!)));
    expect(await pdfFillColours(pdf, 1)).toContain("#1f7a3a");
    const parts = unzipSync(new Uint8Array(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith(".docx"))!))));
    expect(Object.keys(parts).some((n) => /^word\/media\/.*\.svg$/.test(n))).toBe(true);
    expect(Object.keys(parts).some((n) => /^word\/media\/.*\.png$/.test(n))).toBe(true);
  });

  it("is refused at its line when it refers to another file or is not a whole SVG", () => {
    const dir = writeKabupatenFixture();
    writeFileSync(join(dir, "lambang.svg"), LAMBANG.replace("<circle", '<image href="file:///etc/passwd" width="5" height="5"/><circle'));
    replaceInFile(join(dir, "roadmap.yaml"), /lambang: lambang\.png/, "lambang: lambang.svg");
    const r = rbdoc("validate", dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/roadmap\.yaml:\d+:\d+: galat: SVG 'lambang\.svg' merujuk berkas atau alamat lain/);
    writeFileSync(join(dir, "lambang.svg"), "<svg xmlns=");
    expect(rbdoc("validate", dir).err).toMatch(/'lambang\.svg' bukan gambar SVG yang utuh/);
  });
});
