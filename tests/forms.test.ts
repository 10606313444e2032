import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../src/diagnostics/format.js";
import { toScalar } from "../src/forms/cells.js";
import { readAksiRow } from "../src/forms/rows.js";
import { AKSI_COLUMNS, type AksiKey } from "../src/forms/layout.js";
import { copyOfShipped, replaceInFile, writeKabupatenFixture } from "./helpers/fixture.js";
import { editForm, importForms, makeForms, rowOf, sheetXml, validatedCells } from "./helpers/forms.js";
import { convertWithLibreOffice, describeWithReader } from "./helpers/readers.js";

const col = (key: AksiKey) => AKSI_COLUMNS.findIndex((c) => c.key === key) + 1;
const messages = (r: { diagnostics: Parameters<typeof formatDiagnostic>[0][] }) => sortDiagnostics(r.diagnostics).map((d) => formatDiagnostic(d, "id"));
/** exceljs shares one style object among the cells it loaded alike: a format is given to one cell only through a style of its own. */
const typeInto = (cell: ExcelJS.Cell, value: number, numFmt: string) => {
  cell.value = value;
  cell.style = { ...cell.style, numFmt };
};
const monitoringOf = (dir: string, periode: string) => parse(readFileSync(join(dir, "monitoring", `${periode}.yaml`), "utf8"));

describe("a form as a PD sees it", () => {
  it("lists the PD's scheduled actions, locks all but the input cells, and prints on F4 landscape", async () => {
    const forms = await makeForms(copyOfShipped(), "2021-S2", ["diskominfo"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(forms.get("diskominfo")!);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([["Petunjuk", "visible"], ["Rencana Aksi", "visible"], ["_rbdoc", "veryHidden"]]);
    const ws = wb.getWorksheet("Rencana Aksi")!;
    expect(ws.getCell("A1").value).toBe("FORMULIR MONITORING RENCANA AKSI REFORMASI BIROKRASI");
    expect(String(ws.getCell("A2").value)).toContain("Kota Probolinggo");
    expect(String(ws.getCell("A3").value)).toContain("Semester II 2021");
    expect(String(ws.getCell("A3").value)).toContain("15 Januari 2022");
    const codes = [];
    for (let r = 8; r <= ws.rowCount; r++) codes.push(ws.getRow(r).getCell(1).value);
    expect(codes).toEqual(["4.1.01", "4.1.02", "4.2.01", "4.2.02", "4.2.03", "4.2.04", "4.3.01", "4.3.02", "4.4.01", "4.4.02"]);
    // Locked and unlocked cells, under sheet protection.
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.getCell(8, col("aksi")).protection?.locked).not.toBe(false);
    expect(ws.getCell(8, col("status")).protection?.locked).toBe(false);
    expect(ws.getCell(8, col("status")).dataValidation).toMatchObject({ type: "list", formulae: ['"belum dimulai,dalam proses,selesai,tidak dilaksanakan,ditunda"'] });
    expect(ws.getCell(8, col("progres")).dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(ws.getCell(8, col("bukti_tanggal")).dataValidation?.type).toBe("date");
    expect(ws.getCell(8, col("pagu")).dataValidation).toMatchObject({ type: "whole" });
    expect(ws.pageSetup).toMatchObject({ paperSize: 14, orientation: "landscape", fitToWidth: 1, fitToHeight: 0, printTitlesRow: "7:7" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    // Prefilled from the shipped (example) data, and marked as such.
    expect(ws.getCell(8, col("status")).value).toBe("selesai");
    expect(String(ws.getCell("A6").value)).toContain("CONTOH – DATA ILUSTRASI");
    // And on every printed page, in the print header of both sheets.
    for (const sheet of ["Petunjuk", "Rencana Aksi"]) expect(wb.getWorksheet(sheet)!.headerFooter.oddHeader).toContain("CONTOH – DATA ILUSTRASI");
  });

  it("carries no CONTOH mark when nothing is prefilled from example data", async () => {
    const dir = copyOfShipped();
    const form = (await makeForms(dir, "2022-S1", ["bag-hukum"])).get("bag-hukum")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const ws = wb.getWorksheet("Rencana Aksi")!;
    expect(ws.getCell("A6").value).toBeNull();
    for (const sheet of ["Petunjuk", "Rencana Aksi"]) expect(wb.getWorksheet(sheet)!.headerFooter?.oddHeader ?? "").toBe("");
    expect(ws.headerFooter.oddFooter).toContain("Halaman &P dari &N");
  });

  it("keeps each row's code and its action or indicator in view while the clerk scrolls to the inputs", async () => {
    const forms = await makeForms(copyOfShipped(), "2021-S2");
    for (const [name, path] of [["diskominfo", forms.get("diskominfo")!], ["indikator", forms.get("indikator")!]] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const ws = wb.getWorksheet(name === "indikator" ? "Indikator" : "Rencana Aksi")!;
      const view = ws.views[0] as { state: string; xSplit: number; ySplit: number; topLeftCell: string };
      expect(view).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 7, topLeftCell: "C8" });
      const frozen = [1, 2].map((c) => ws.getRow(7).getCell(c).value);
      expect(frozen).toEqual(name === "indikator" ? ["ID Indikator", "Indikator"] : ["Kode", "Rencana Aksi"]);
      // Narrow enough to leave a laptop screen room for the inputs: about a third of 1366 pixels.
      expect([1, 2].reduce((w, c) => w + ws.getColumn(c).width!, 0)).toBeLessThanOrEqual(52);
      expect(ws.getCell(8, 2).alignment?.wrapText).toBe(true);
    }
  });

  it("says only what the locked sheet allows: rows are known by code, and cannot be re-sorted", async () => {
    const forms = await makeForms(copyOfShipped(), "2021-S2");
    for (const [name, path] of forms) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const petunjuk = String(wb.getWorksheet("Petunjuk")!.getColumn(1).values.join(" "));
      expect(petunjuk, name).not.toMatch(/boleh diurutkan/);
      expect(petunjuk, name).toContain("Setiap baris dikenali dari kodenya; lembar isian dikunci, sehingga baris tidak dapat ditambah atau diurutkan ulang.");
      // Sorting stays protected (no sort="0"), so Excel and LibreOffice grey it out rather than fail on the locked codes.
      const sheet = name === "indikator" ? "Indikator" : "Rencana Aksi";
      const protection = /<sheetProtection [^>]*>/.exec(sheetXml(path, sheet))![0];
      expect(protection).toMatch(/sheet="1"/);
      expect(protection).not.toMatch(/sort="0"/);
      expect(wb.getWorksheet(sheet)!.getCell(8, 1).protection?.locked).not.toBe(false);
    }
  });

  it("gives every checked cell exactly one data validation rule, however many rows the form has", async () => {
    const forms = await makeForms(copyOfShipped(), "2021-S2");
    for (const [name, path] of forms) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const sheet = name === "indikator" ? "Indikator" : "Rencana Aksi";
      const last = wb.getWorksheet(sheet)!.rowCount;
      const xml = sheetXml(path, sheet);
      const cells = validatedCells(xml);
      expect([...cells].filter(([, n]) => n > 1).map(([c]) => `${name} ${c}`)).toEqual([]);
      if (name === "indikator") {
        // Indicators whose value is free text ("65,2/B") carry no rule; every other value cell one.
        expect([...cells.keys()].every((c) => /^G\d+$/.test(c) && Number(c.slice(1)) >= 8 && Number(c.slice(1)) <= last)).toBe(true);
        // A rule that names its cell names the first cell of its range.
        for (const [, first, formula] of xml.matchAll(/sqref="([A-Z]+\d+)(?::[A-Z]+\d+)?"><formula1>OR\(ISNUMBER\(([A-Z]+\d+)\)/g)) expect(formula).toBe(first);
        continue;
      }
      const expected = ["K5"];
      for (let r = 8; r <= last; r++) expected.push(...["G", "H", "L", "Q", "R"].map((c) => `${c}${r}`));
      expect([...cells.keys()].sort()).toEqual(expected.sort());
    }
  });

  it("checks dates as the import does: evidence within the year to the period's end, a report not before the period, a late one only warned", async () => {
    const dir = copyOfShipped();
    const form = (await makeForms(dir, "2022-S1", ["bag-hukum"], { batas: "2022-07-15" })).get("bag-hukum")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const ws = wb.getWorksheet("Rencana Aksi")!;
    const day = (d: Date, by = 0) => new Date(d.getTime() + by * 86_400_000);
    const bukti = ws.getCell(8, col("bukti_tanggal")).dataValidation;
    expect(bukti).toMatchObject({ type: "date", operator: "between", errorStyle: "stop", formulae: [new Date("2022-01-01"), new Date("2022-06-30")] });
    expect(bukti.error).toBe("Tanggal bukti antara 01/01/2022 dan 30/06/2022; misalnya 30/06/2022.");
    const laporan = ws.getCell("K5").dataValidation;
    expect(laporan).toMatchObject({ type: "date", operator: "between", errorStyle: "warning", formulae: [new Date("2022-01-01"), new Date("2022-07-15")] });
    expect(laporan.error).toContain("misalnya 15/07/2022");
    expect(String(wb.getWorksheet("Petunjuk")!.getColumn(2).values.join(" "))).toContain("Tanggal laporan tidak sebelum 1 Januari 2022");

    // The import agrees at every bound: the form's first and last evidence days pass, the days
    // beside them do not; a report dated before its bound is refused, one after it (late) is not.
    const [from, to] = bukti.formulae as Date[];
    const [reportFrom, reportTo] = laporan.formulae as Date[];
    const fill = (buktiDates: Date[], reportDate: Date) =>
      editForm(form, (book) => {
        const sheet = book.getWorksheet("Rencana Aksi")!;
        sheet.getCell("C5").value = "Budi";
        sheet.getCell("K5").value = reportDate;
        buktiDates.forEach((d, i) => {
          sheet.getCell(8 + i, col("status")).value = "selesai";
          sheet.getCell(8 + i, col("bukti_jenis")).value = "Laporan";
          sheet.getCell(8 + i, col("bukti_tanggal")).value = d;
        });
      }, "bag-hukum-2022-S1.xlsx");
    const inside = await importForms(copyOfShipped(), [await fill([from, to], day(reportTo, 1))]);
    expect(messages(inside)).toEqual([]);
    const outside = await importForms(copyOfShipped(), [await fill([day(from, -1), day(to, 1)], day(reportFrom, -1))]);
    expect(messages(outside).map((m) => m.replace(/:.*?galat: /, " "))).toEqual([
      "bag-hukum-2022-S1.xlsx › Rencana Aksi › K5 tanggal laporan 2021-12-31 sebelum periode 2022-S1 dimulai (2022-01-01)",
      "bag-hukum-2022-S1.xlsx › Rencana Aksi › L8 tanggal bukti 2021-12-31 di luar periode (1 Januari 2022 s.d. 2022-06-30)",
      "bag-hukum-2022-S1.xlsx › Rencana Aksi › L9 tanggal bukti 2022-07-01 di luar periode (1 Januari 2022 s.d. 2022-06-30)",
    ]);
  });

  it("starts a semester-2 form from semester 1 when semester 2 has no data yet", async () => {
    const dir = copyOfShipped();
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    const s1 = monitoringOf(dir, "2021-S1").laporan.diskominfo.rencana_aksi["4.2.01"];
    const forms = await makeForms(dir, "2021-S2", ["diskominfo"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(forms.get("diskominfo")!);
    expect(rowOf(wb, "4.2.01").getCell(col("status")).value).toBe(s1.status);
    expect(String(wb.getWorksheet("Petunjuk")!.getColumn(2).values.join(" "))).toContain("Isian yang sudah ada berasal dari laporan Semester I 2021");
  });

  it("is byte-identical when made twice from the same data", async () => {
    const dir = copyOfShipped();
    const a = await makeForms(dir, "2021-S2", ["bag-hukum"]);
    const b = await makeForms(dir, "2021-S2", ["bag-hukum"]);
    expect(Buffer.compare(readFileSync(a.get("bag-hukum")!), readFileSync(b.get("bag-hukum")!))).toBe(0);
  });
});

describe("import", () => {
  it("gives back the same data: forms made from 2021-S2 and imported into an empty period equal the original", async () => {
    const dir = copyOfShipped();
    const original = monitoringOf(dir, "2021-S2");
    const forms = await makeForms(dir, "2021-S2");
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    // With semester 2 gone, a fresh import must rebuild it from the forms alone.
    const result = await importForms(dir, [...forms.values()]);
    expect(messages(result).filter((m) => m.includes("galat"))).toEqual([]);
    const back = monitoringOf(dir, "2021-S2");
    expect(back.laporan).toEqual(original.laporan);
    expect(back.indikator).toEqual(original.indikator);
    expect(back.contoh).toBeUndefined();
  });

  it("reads a form whose columns stand in another order, as forms made before the code and action moved to the left", async () => {
    const dir = copyOfShipped();
    const original = monitoringOf(dir, "2021-S2").laporan.diskominfo;
    const form = (await makeForms(dir, "2021-S2", ["diskominfo"])).get("diskominfo")!;
    // The order forms had before: Kode, Area, Indikator, Kegiatan, Rencana Aksi, … (inputs unmoved).
    const older = await editForm(form, (wb) => {
      const ws = wb.getWorksheet("Rencana Aksi")!;
      for (let r = 7; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const [aksi, area, indikator, kegiatan] = [2, 3, 4, 5].map((c) => row.getCell(c).value);
        [area, indikator, kegiatan, aksi].forEach((v, i) => (row.getCell(2 + i).value = v));
      }
    }, "diskominfo-2021-S2.xlsx");
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    const result = await importForms(dir, [older]);
    expect(messages(result).filter((m) => m.includes("galat"))).toEqual([]);
    expect(monitoringOf(dir, "2021-S2").laporan.diskominfo).toEqual(original);
  });

  it("marks no indicator value as required, as the import requires one only beside a source or note, whatever the target", async () => {
    const dir = copyOfShipped();
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    rmSync(join(dir, "monitoring/2021-S1.yaml"));
    const form = (await makeForms(dir, "2021-S2")).get("indikator")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const ws = wb.getWorksheet("Indikator")!;
    const headers = (ws.getRow(7).values as unknown[]).filter(Boolean).map(String);
    expect(headers).toContain("Realisasi");
    expect(headers.filter((h) => h.includes("*"))).toEqual([]);
    expect(String(wb.getWorksheet("Petunjuk")!.getColumn(2).values.join(" "))).toContain('Realisasi wajib diisi bila sumber data, catatan atau analisis pada baris itu diisi. Indikator yang targetnya "n.a" tidak dihitung capaiannya');
    // What the import does, for a target of "n.a" and a number target alike: an empty row is not
    // reported, a source without a value is refused at the value's cell. A form made when the
    // header still read "Realisasi *" reads the same.
    const filled = await editForm(form, (book) => {
      const sheet = book.getWorksheet("Indikator")!;
      sheet.getRow(7).getCell(7).value = "Realisasi *";
      rowOf(book, "indeks-reformasi-hukum", "Indikator").getCell(8).value = "Laporan Tim Pelaksana RB 2021";
      rowOf(book, "nilai-sakip", "Indikator").getCell(8).value = "LHE SAKIP 2021";
      rowOf(book, "indeks-kualitas-kebijakan", "Indikator").getCell(7).value = "n.a";
    }, "indikator-2021-S2.xlsx");
    const at = (id: string) => rowOf(wb, id, "Indikator").number;
    const result = await importForms(dir, [filled]);
    expect(messages(result)).toEqual(
      ["indeks-reformasi-hukum", "nilai-sakip"]
        .map((id) => `indikator-2021-S2.xlsx › Indikator › G${at(id)}: galat: realisasi wajib diisi bila sumber, catatan atau analisis diisi (tulis "n.a" bila tidak tersedia)`),
    );
  });

  it("asks the Tim for its analysis of each indicator, and reads it back into the monitoring data", async () => {
    const dir = copyOfShipped();
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    rmSync(join(dir, "monitoring/2021-S1.yaml"));
    const form = (await makeForms(dir, "2021-S2")).get("indikator")!;
    const analisis = "Nilai SAKIP turun karena cascading kinerja belum sampai ke eselon IV.";
    const filled = await editForm(form, (book) => {
      const sheet = book.getWorksheet("Indikator")!;
      const header = Array.from(sheet.getRow(7).values as unknown[], (v) => String(v ?? ""));
      const row = rowOf(book, "nilai-sakip", "Indikator");
      row.getCell(header.indexOf("Realisasi")).value = 74;
      row.getCell(header.findIndex((h) => h.startsWith("Analisis Tim"))).value = analisis;
    }, "indikator-2021-S2.xlsx");
    const result = await importForms(dir, [filled]);
    expect(messages(result)).toEqual([]);
    const written = parse(readFileSync(join(dir, "monitoring/2021-S2.yaml"), "utf8"));
    expect(written.indikator["nilai-sakip"]).toMatchObject({ nilai: 74, analisis });
  });

  it("reads values typed by a PD, in the shapes spreadsheets store them", async () => {
    const dir = copyOfShipped();
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    rmSync(join(dir, "monitoring/2021-S1.yaml"));
    const forms = await makeForms(dir, "2021-S2", ["diskominfo"]);
    const filled = await editForm(forms.get("diskominfo")!, (wb) => {
      const ws = wb.getWorksheet("Rencana Aksi")!;
      ws.getCell("C5").value = "Budi";
      ws.getCell("K5").value = "10/01/2022";
      const a = rowOf(wb, "4.2.01");
      a.getCell(col("status")).value = { richText: [{ text: "Selesai " }] };
      a.getCell(col("bukti_jenis")).value = "Peraturan Walikota";
      a.getCell(col("bukti_tanggal")).value = new Date(Date.UTC(2021, 5, 1));
      a.getCell(col("bukti_lokasi")).value = { text: "lihat JDIH", hyperlink: "https://jdih.example.go.id/perwali-12-2021" };
      a.getCell(col("pagu")).value = "Rp 1.500.000";
      a.getCell(col("realisasi")).value = { formula: "1000000+250000", result: 1_250_000 };
      const b = rowOf(wb, "4.2.02");
      b.getCell(col("status")).value = "dalam proses";
      typeInto(b.getCell(col("progres")), 0.455, "0.0%");
      b.getCell(col("kendala")).value = "SDM terbatas";
    });
    const result = await importForms(dir, [filled]);
    expect(messages(result)).toEqual([]);
    const data = monitoringOf(dir, "2021-S2").laporan.diskominfo;
    expect(data.pelapor).toEqual({ nama: "Budi" });
    expect(data.tanggal).toBe("2022-01-10");
    expect(data.rencana_aksi["4.2.01"]).toEqual({
      status: "selesai",
      progres: 100,
      bukti: [{ jenis: "Peraturan Walikota", tanggal: "2021-06-01", tautan: "https://jdih.example.go.id/perwali-12-2021" }],
      anggaran: { pagu: 1_500_000, realisasi: 1_250_000 },
    });
    expect(data.rencana_aksi["4.2.02"]).toEqual({ status: "dalam proses", progres: 45.5, kendala: "SDM terbatas" });
    expect(Object.keys(data.rencana_aksi)).toHaveLength(2);
    expect(result.counts).toEqual([{ periode: "2021-S2", pd: "diskominfo", file: "diisi.xlsx", added: 2, changed: 0, unchanged: 0, empty: 8 }]);
  });

  it("reads a number typed with a % sign as the number the cell shows, in progress and indicator values", async () => {
    const dir = copyOfShipped();
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    rmSync(join(dir, "monitoring/2021-S1.yaml"));
    const forms = await makeForms(dir, "2021-S2");
    // Typing "50%" makes Excel store 0.5 and switch the cell to its built-in format "0%" (id 9).
    const aksi = await editForm(forms.get("diskominfo")!, (wb) => {
      const typed = rowOf(wb, "4.2.01");
      typed.getCell(col("status")).value = "dalam proses";
      typeInto(typed.getCell(col("progres")), 0.5, "0%");
      // A % shown as literal text is no percentage: 50 stays 50.
      const literal = rowOf(wb, "4.2.02");
      literal.getCell(col("status")).value = "dalam proses";
      typeInto(literal.getCell(col("progres")), 50, '0"%"');
    }, "diskominfo-2021-S2.xlsx");
    const indikatorCol = (wb: ExcelJS.Workbook) => {
      const header = wb.getWorksheet("Indikator")!.getRow(7);
      let at = 0;
      header.eachCell((cell, c) => void (String(cell.value).startsWith("Realisasi") && (at = c)));
      return at;
    };
    const indikator = await editForm(forms.get("indikator")!, (wb) => {
      const c = indikatorCol(wb);
      for (const [id, value] of [["sasaran-pd-sakip-bb", 0.83], ["nilai-sakip", 0.8]] as const) {
        typeInto(rowOf(wb, id, "Indikator").getCell(c), value, "0%");
      }
    }, "indikator-2021-S2.xlsx");
    const result = await importForms(dir, [aksi, indikator]);
    expect(messages(result)).toEqual([]);
    const back = monitoringOf(dir, "2021-S2");
    expect(back.laporan.diskominfo.rencana_aksi["4.2.01"]).toEqual({ status: "dalam proses", progres: 50 });
    expect(back.laporan.diskominfo.rencana_aksi["4.2.02"]).toEqual({ status: "dalam proses", progres: 50 });
    // A persen indicator and a number indicator alike: "83%" is 83, "80%" is 80.
    expect(back.indikator["sasaran-pd-sakip-bb"]).toEqual({ nilai: 83 });
    expect(back.indikator["nilai-sakip"]).toEqual({ nilai: 80 });
  });

  it("reads a number typed as text the Indonesian way: '1.480' is 1480 (said at the cell), '66,6' is 66,6, '3.37' is refused asking for a comma", async () => {
    const dir = copyOfShipped();
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    rmSync(join(dir, "monitoring/2021-S1.yaml"));
    const form = (await makeForms(dir, "2021-S2")).get("indikator")!;
    const fill = (values: [string, string | number][]) =>
      editForm(form, (wb) => {
        for (const [id, value] of values) rowOf(wb, id, "Indikator").getCell(7).value = value;
      }, "indikator-2021-S2.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const at = (id: string) => `G${rowOf(wb, id, "Indikator").number}`;

    const wrong = await importForms(dir, [await fill([["sasaran-indeks-spbe", "3.37"], ["sasaran-indeks-kelembagaan", "1.480"]])]);
    expect(messages(wrong)).toEqual([
      `indikator-2021-S2.xlsx › Indikator › ${at("sasaran-indeks-kelembagaan")}: peringatan: '1.480' dibaca 1.480 (seribu empat ratus delapan puluh; titik pemisah ribuan); bila maksudnya desimal tulis 1,48`,
      `indikator-2021-S2.xlsx › Indikator › ${at("sasaran-indeks-spbe")}: galat: '3.37': angka '3.37' memakai titik sebagai desimal; tulis koma untuk desimal: 3,37 (titik hanya pemisah ribuan, seperti 1.480)`,
    ].sort());

    const right = await importForms(dir, [await fill([["sasaran-indeks-kelembagaan", "1.480"], ["sasaran-indeks-profesionalitas-asn", "66,6"], ["sasaran-indeks-spbe", 3.37]])]);
    expect(messages(right).map((m) => m.split(": ")[1])).toEqual(["peringatan"]);
    const back = monitoringOf(dir, "2021-S2");
    expect(back.indikator["sasaran-indeks-kelembagaan"]).toEqual({ nilai: 1480 });
    expect(back.indikator["sasaran-indeks-profesionalitas-asn"]).toEqual({ nilai: 66.6 });
    expect(back.indikator["sasaran-indeks-spbe"]).toEqual({ nilai: 3.37 });
  });

  it("quotes a percentage cell as shown when it is out of range, and refuses one as rupiah", async () => {
    const dir = copyOfShipped();
    const forms = await makeForms(dir, "2021-S2", ["diskominfo"]);
    const filled = await editForm(forms.get("diskominfo")!, (wb) => {
      const ws = wb.getWorksheet("Rencana Aksi")!;
      ws.getCell(9, col("status")).value = "dalam proses";
      typeInto(ws.getCell(9, col("progres")), 1.4, "0%");
      typeInto(ws.getCell(10, col("pagu")), 1, "0%");
    }, "diskominfo-2021-S2.xlsx");
    const result = await importForms(dir, [filled]);
    expect(messages(result)).toEqual([
      "diskominfo-2021-S2.xlsx › Rencana Aksi › H9: galat: progres harus 0-100, ditemukan 140%",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › Q10: galat: diharapkan rupiah bilangan bulat tanpa sen (mis. 1500000), ditemukan 100%",
    ]);
  });

  it("reports every bad cell with its sheet and address, and writes nothing", async () => {
    const dir = copyOfShipped();
    const before = readFileSync(join(dir, "monitoring/2021-S2.yaml"));
    const forms = await makeForms(dir, "2021-S2", ["diskominfo"]);
    const filled = await editForm(forms.get("diskominfo")!, (wb) => {
      const ws = wb.getWorksheet("Rencana Aksi")!;
      ws.getCell(9, col("status")).value = "slesai";
      ws.getCell(10, col("progres")).value = 140;
      ws.getCell(11, col("status")).value = "dalam proses";
      ws.getCell(11, col("progres")).value = 100;
      ws.getCell(12, col("bukti_tanggal")).value = "31/02/2021";
      ws.getCell(13, col("pagu")).value = "1.500.000,50";
      ws.getCell(14, col("bukti_tanggal")).value = new Date(Date.UTC(2020, 11, 31));
      ws.getCell(15, col("realisasi")).value = { error: "#DIV/0!" };
    }, "diskominfo-2021-S2.xlsx");
    const result = await importForms(dir, [filled]);
    expect(messages(result)).toEqual([
      "diskominfo-2021-S2.xlsx › Rencana Aksi › G9: galat: status 'slesai' tidak dikenal; maksudnya 'selesai'?",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › H10: galat: progres harus 0-100, ditemukan 140",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › G11: galat: progres 100% berarti status selesai, ditemukan 'dalam proses'",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › L12: galat: tanggal '31/02/2021' tidak ada di kalender",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › Q13: galat: diharapkan rupiah bilangan bulat tanpa sen (mis. 1500000), ditemukan '1.500.000,50'",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › L14: galat: tanggal bukti 2020-12-31 di luar periode (1 Januari 2021 s.d. 2021-12-31)",
      "diskominfo-2021-S2.xlsx › Rencana Aksi › R15: galat: diharapkan rupiah bilangan bulat tanpa sen (mis. 1500000), ditemukan #DIV/0!",
    ]);
    expect(result.writes).toEqual([]);
    expect(readFileSync(join(dir, "monitoring/2021-S2.yaml")).equals(before)).toBe(true);
  });

  it("merges only the clean forms with --sebagian, and nothing without it", async () => {
    const dir = copyOfShipped();
    const forms = await makeForms(dir, "2021-S2", ["diskominfo", "bag-hukum"]);
    const bad = await editForm(forms.get("diskominfo")!, (wb) => void (rowOf(wb, "4.2.01").getCell(col("status")).value = "entah"), "diskominfo.xlsx");
    const good = await editForm(forms.get("bag-hukum")!, (wb) => void (rowOf(wb, "2.1.01").getCell(col("kendala")).value = "Kendala baru"), "bag-hukum.xlsx");
    const before = readFileSync(join(dir, "monitoring/2021-S2.yaml"), "utf8");
    const strict = await importForms(dir, [bad, good]);
    expect(strict.writes).toEqual([]);
    expect(readFileSync(join(dir, "monitoring/2021-S2.yaml"), "utf8")).toBe(before);
    const partial = await importForms(dir, [bad, good], true);
    expect(partial.refused).toEqual(["diskominfo.xlsx"]);
    expect(monitoringOf(dir, "2021-S2").laporan["bag-hukum"].rencana_aksi["2.1.01"].kendala).toBe("Kendala baru");
  });

  it("keeps other PDs' data, comments and key order, and is idempotent", async () => {
    const dir = copyOfShipped();
    const path = join(dir, "monitoring/2021-S2.yaml");
    replaceInFile(path, /^laporan:\n/m, "laporan:\n  # Catatan Tim Pelaksana: jangan dihapus\n");
    const forms = await makeForms(dir, "2021-S2", ["diskominfo"]);
    const filled = await editForm(forms.get("diskominfo")!, (wb) => void (rowOf(wb, "4.2.01").getCell(col("rekomendasi")).value = "Lanjutkan"));
    const before = readFileSync(path, "utf8");
    const first = await importForms(dir, [filled]);
    expect(first.counts[0]).toMatchObject({ added: 0, changed: 1, unchanged: 9 });
    const after = readFileSync(path, "utf8");
    expect(after).toContain("# Catatan Tim Pelaksana: jangan dihapus");
    // Only the changed record differs: one line added, nothing else moved.
    const diff = after.split("\n").filter((l) => !before.split("\n").includes(l));
    expect(diff).toEqual(["        rekomendasi: Lanjutkan"]);
    expect(after.split("\n").length).toBe(before.split("\n").length + 1);
    const second = await importForms(dir, [filled]);
    expect(second.writes).toEqual([]);
    expect(second.counts[0]).toMatchObject({ added: 0, changed: 0, unchanged: 10 });
    expect(readFileSync(path, "utf8")).toBe(after);
  });

  it("refuses a form of another pemda, another road map version, or a tampered PD, and says which", async () => {
    const kab = writeKabupatenFixture();
    const foreign = (await makeForms(kab, "2025", ["bag-organisasi"])).get("bag-organisasi")!;
    const dir = copyOfShipped();
    const r1 = await importForms(dir, [foreign]);
    expect(messages(r1)).toEqual(["bag-organisasi-2025.xlsx › _rbdoc: galat: formulir ini untuk kabupaten Contoh Makmur, bukan kota Probolinggo"]);

    const form = (await makeForms(dir, "2021-S2", ["diskominfo"])).get("diskominfo")!;
    // The road map changes after the form went out: one more action for diskominfo in 2021.
    replaceInFile(join(dir, "areas/04-penataan-tatalaksana.yaml"), /kode: "4\.2\.03"\n(\s+)aksi: [^\n]*\n(\s+)tahun: \[[^\]]*\]/, 'kode: "4.2.03"\n$1aksi: "Membentuk Tim koordinasi SPBE"\n$2tahun: [2021]');
    replaceInFile(join(dir, "areas/04-penataan-tatalaksana.yaml"), /kode: "4\.1\.01"\n(\s+)aksi: [^\n]*\n(\s+)tahun: \[[^\]]*\]/, 'kode: "4.1.01"\n$1aksi: "Menghimpun data aplikasi"\n$2tahun: [2022]');
    const r2 = await importForms(dir, [form]);
    expect(messages(r2).join("\n")).toMatch(/diskominfo-2021-S2\.xlsx › _rbdoc: galat: formulir dibuat dari versi road map yang lain.*Buat formulir baru dengan 'rbdoc formulir'/);

    const other = await editForm(form, (wb) => {
      const meta = wb.getWorksheet("_rbdoc")!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === "pd") row.getCell(2).value = "dinas-tak-ada";
      });
    });
    const r3 = await importForms(copyOfShipped(), [other]);
    expect(messages(r3)).toEqual(["diisi.xlsx › _rbdoc: galat: Perangkat Daerah 'dinas-tak-ada' di formulir tidak ada di road map"]);
  });

  it("says plainly when a file is not a form at all", async () => {
    const dir = copyOfShipped();
    const junk = join(dirname(await editForm((await makeForms(dir, "2021-S2", ["bag-hukum"])).get("bag-hukum")!, () => {})), "junk.xlsx");
    writeFileSync(junk, "bukan zip");
    const r = await importForms(dir, [junk, join(dir, "tidak-ada.xlsx")]);
    expect(messages(r)).toEqual([
      "junk.xlsx: galat: bukan berkas XLSX yang dapat dibaca (simpan ulang sebagai .xlsx)",
      "tidak-ada.xlsx: galat: berkas tidak ditemukan",
    ]);
  });

  it("never throws on arbitrary cell values, it only reports", () => {
    const cellValue = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 30 }),
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.record({ richText: fc.array(fc.record({ text: fc.string({ maxLength: 10 }) }), { maxLength: 3 }) }),
      fc.record({ formula: fc.string({ maxLength: 10 }), result: fc.option(fc.oneof(fc.integer(), fc.string({ maxLength: 10 })), { nil: undefined }) }),
      fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#REF!") }),
      fc.record({ text: fc.string({ maxLength: 10 }), hyperlink: fc.string({ maxLength: 20 }) }),
    );
    const inputs = AKSI_COLUMNS.filter((c) => "input" in c).map((c) => c.key);
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: inputs.length, maxLength: inputs.length }), fc.string({ maxLength: 4 }), (values, fmt) => {
        const byKey = new Map<string, unknown>(inputs.map((k, i) => [k, values[i]]));
        const r = readAksiRow((k) => toScalar(byKey.get(k), fmt), undefined);
        expect(r.value === undefined || r.problems.length === 0).toBe(true);
        for (const p of r.problems) expect(p.message.id.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("import of arbitrary spreadsheets", () => {
  it("never throws, whatever a form's cells hold, codes and reporter cells included", async () => {
    const dir = copyOfShipped();
    const form = (await makeForms(dir, "2021-S2", ["diskominfo"])).get("diskominfo")!;
    const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.double(), fc.boolean(), fc.date({ noInvalidDate: true }), fc.record({ error: fc.constant("#N/A") }));
    const edit = fc.record({ row: fc.integer({ min: 1, max: 20 }), column: fc.integer({ min: 1, max: AKSI_COLUMNS.length + 2 }), value });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const filled = await editForm(form, (wb) => {
          const ws = wb.getWorksheet("Rencana Aksi")!;
          for (const e of edits) ws.getCell(e.row, e.column).value = e.value as ExcelJS.CellValue;
        });
        const r = await importForms(dir, [filled]);
        for (const d of r.diagnostics) expect(d.message.id).not.toMatch(/internal|undefined|NaN/);
      }),
      { numRuns: 15 },
    );
  });
});

describeWithReader("a form saved by LibreOffice Calc", () => {
  it("still imports, with re-sorted rows, and gives the same data", async () => {
    const dir = copyOfShipped();
    const original = monitoringOf(dir, "2021-S2").laporan.bkpsdm;
    const form = (await makeForms(dir, "2021-S2", ["bkpsdm"])).get("bkpsdm")!;
    // Re-sort the data rows in reverse, as a PD sorting by a column would.
    const sorted = await editForm(form, (wb) => {
      const ws = wb.getWorksheet("Rencana Aksi")!;
      const rows = [];
      for (let r = 8; r <= ws.rowCount; r++) rows.push(ws.getRow(r).values);
      rows.reverse().forEach((values, i) => (ws.getRow(8 + i).values = values as ExcelJS.CellValue[]));
    }, "bkpsdm-2021-S2.xlsx");
    const out = join(dirname(sorted), "lo");
    convertWithLibreOffice(sorted, out, "xlsx:Calc MS Excel 2007 XML");
    const converted = join(out, basename(sorted));
    expect(existsSync(converted)).toBe(true);
    rmSync(join(dir, "monitoring/2021-S2.yaml"));
    const result = await importForms(dir, [converted]);
    expect(messages(result).filter((m) => m.includes("galat"))).toEqual([]);
    expect(monitoringOf(dir, "2021-S2").laporan.bkpsdm).toEqual(original);
  });
});

describe("quick wins in the form", () => {
  it("gives a PD whose only duty is a quick win a form with that row, and imports it under quick_wins", async () => {
    const dir = copyOfShipped();
    const form = (await makeForms(dir, "2022-S1", ["dispendukcapil"])).get("dispendukcapil")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const row = rowOf(wb, "QW.2");
    expect(row.getCell(col("area")).value).toBe("Quick Win Perangkat Daerah");
    expect(String(row.getCell(col("aksi")).value)).toContain("Dukcapil Gool");
    const filled = await editForm(form, (book) => {
      const r = rowOf(book, "QW.2");
      r.getCell(col("status")).value = "dalam proses";
      r.getCell(col("progres")).value = 40;
      r.getCell(col("output")).value = "Layanan daring di 5 kelurahan";
    }, "dispendukcapil-2022-S1.xlsx");
    const result = await importForms(dir, [filled]);
    expect(messages(result).filter((m) => m.includes("galat"))).toEqual([]);
    expect(monitoringOf(dir, "2022-S1").laporan.dispendukcapil.quick_wins["QW.2"]).toEqual({ status: "dalam proses", progres: 40, output: "Layanan daring di 5 kelurahan" });
  });
});
