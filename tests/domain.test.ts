import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatRawValue } from "../src/domain/format.js";
import { pemdaNames } from "../src/domain/pemda.js";
import { interpretValue, numberOf } from "../src/domain/values.js";
import { SasaranIndicator } from "../src/schema/roadmap.js";
import { listMarker } from "../src/markup/list-markers.js";

describe("Indonesian formatting", () => {
  it("writes numbers with a decimal comma and dot grouping", () => {
    expect(formatNumber(82.25)).toBe("82,25");
    expect(formatNumber(1250.5)).toBe("1.250,5");
    expect(formatNumber(71, 2)).toBe("71,00");
  });
  it("writes dates as '23 Desember 2020'", () => {
    expect(formatDate("2020-12-23")).toBe("23 Desember 2020");
    expect(formatDate("2025-03-01")).toBe("1 Maret 2025");
  });
  it("writes values in their indicator's terms", () => {
    expect(formatRawValue(61, { jenis: "persen" })).toBe("61%");
    expect(formatRawValue(43.84, { jenis: "angka" })).toBe("43,84");
    expect(formatRawValue("n.a", { jenis: "angka" })).toBe("n.a");
    expect(formatRawValue("WTP", { jenis: "kategori" })).toBe("WTP");
  });
  it("prints a value with the decimals it was written with, unless `desimal` asks otherwise", () => {
    expect(formatRawValue(3.03755, { jenis: "angka" })).toBe("3,03755");
    expect(formatRawValue(3.8, { jenis: "angka", desimal: 2 })).toBe("3,80");
    expect(formatRawValue(1250000.25, { jenis: "angka" })).toBe("1.250.000,25");
    // A number written as text with trailing zeros stays text, so it prints as written.
    const ind = SasaranIndicator.parse({ id: "x", nama: "X", jenis: "angka", arah: "naik", baseline: { tahun: 2020, nilai: "80,00" }, target: { "2021": "4,5" } });
    expect(ind.baseline.nilai).toBe("80,00");
    expect(ind.target["2021"]).toBe(4.5);
    expect(formatRawValue(ind.baseline.nilai, ind)).toBe("80,00");
    expect(numberOf(ind.baseline.nilai)).toBe(80);
  });
});

describe("values", () => {
  it("ranks categories on their scale and refuses what is not on it", () => {
    const scale = ["WTP", "WDP", "TW", "TMP"];
    expect(interpretValue("WDP", { jenis: "kategori", scale })).toEqual({ ok: true, value: { kind: "kategori", value: "WDP", rank: 1 } });
    expect(interpretValue("BAIK", { jenis: "kategori", scale }).ok).toBe(false);
    expect(interpretValue("61%", { jenis: "persen" }).ok).toBe(false);
    expect(interpretValue("n.a", { jenis: "angka" })).toEqual({ ok: true, value: { kind: "na" } });
  });
});

describe("names follow the kind of pemda", () => {
  it("kota, kabupaten and provinsi", () => {
    expect(pemdaNames({ jenis: "kota", nama: "Probolinggo", ibu_kota: "Probolinggo" }, "perwali").regulasi).toBe("Peraturan Walikota Probolinggo");
    expect(pemdaNames({ jenis: "kabupaten", nama: "Sleman", ibu_kota: "Sleman" }, "perbup").kepalaDaerah).toBe("Bupati Sleman");
    expect(pemdaNames({ jenis: "provinsi", nama: "Jawa Timur", ibu_kota: "Surabaya" }, "pergub").daerah).toBe("Provinsi Jawa Timur");
  });
});

describe("list markers", () => {
  it("follow drafting conventions", () => {
    expect([1, 2, 27].map((n) => listMarker("huruf", n))).toEqual(["a.", "b.", "aa."]);
    expect(listMarker("angka-kurung", 3)).toBe("3)");
    expect(listMarker("romawi", 4)).toBe("IV.");
  });
});

describe("a signatory's jabatan lines", () => {
  it("close a jabatan with one comma, and an acting official's own line with another", async () => {
    const { jabatanLines } = await import("../src/templates/engine.js");
    expect(jabatanLines("Plt. Bupati Sukamaju\nWakil Bupati Sukamaju")).toEqual(["Plt. BUPATI SUKAMAJU,", "WAKIL BUPATI SUKAMAJU,"]);
    expect(jabatanLines("Sekretaris Daerah\nKabupaten Sukamaju")).toEqual(["SEKRETARIS DAERAH", "KABUPATEN SUKAMAJU,"]);
    expect(jabatanLines("WALIKOTA PROBOLINGGO")).toEqual(["WALIKOTA PROBOLINGGO,"]);
  });
});

describe("a regulation's title lines", () => {
  it("put the period on its own line when the rest fits one line, and otherwise let the title wrap", async () => {
    const { titleLines } = await import("../src/templates/engine.js");
    expect(titleLines("Road Map Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2020-2024", 165)).toEqual(["Road Map Reformasi Birokrasi Pemerintah Kota Probolinggo", "Tahun 2020-2024"]);
    expect(titleLines("Road Map Reformasi Birokrasi Pemerintah Kabupaten Sukamaju Tahun 2025-2029", 165)).toEqual(["Road Map Reformasi Birokrasi Pemerintah Kabupaten Sukamaju Tahun 2025-2029"]);
    expect(titleLines("Road Map Reformasi Birokrasi", 165)).toEqual(["Road Map Reformasi Birokrasi"]);
  });
});
