import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { evaluasiDocument } from "../src/pipeline/evaluasi.js";
import { renderFormats } from "../src/pipeline/formats.js";
import { laporanDocument } from "../src/pipeline/laporan.js";
import { loadTemplates } from "../src/templates/engine.js";
import { copyOfShipped, replaceInFile } from "./helpers/fixture.js";
import { pdfText } from "./helpers/pdf.js";

/** The shipped data with a signer of the report who has a pangkat and a NIP. */
function withPangkat(): string {
  const dir = copyOfShipped();
  replaceInFile(join(dir, "laporan.yaml"), "    nama: NAMA PEJABAT (CONTOH)\n", "    nama: NAMA PEJABAT (CONTOH)\n    pangkat: Pembina Utama Muda (IV/c)\n    nip: \"19680108 199403 2 014\"\n");
  return dir;
}

const BLOCK = "NAMA PEJABAT (CONTOH) Pembina Utama Muda (IV/c) NIP. 19680108 199403 2 014";

describe("a report's and an evaluation's signer with a pangkat", () => {
  it("the report prints the pangkat between the name and the NIP", async () => {
    const dir = withPangkat();
    const v = validateDataDir(dir);
    const s2 = v.monitoring!.find((m) => m.periode.id === "2021-S2")!;
    const doc = await laporanDocument(v.roadmap!, dir, s2, loadTemplates(), { tahunan: true });
    const text = await pdfText((await renderFormats(doc, ["pdf"])).files[0].bytes);
    expect(text).toContain(BLOCK);
  });

  it("the evaluation prints the pangkat between the name and the NIP", async () => {
    const dir = withPangkat();
    const v = validateDataDir(dir);
    const { doc } = await evaluasiDocument(v.roadmap!, dir, v.monitoring!, v.evaluasi!.years, 2021, loadTemplates());
    const text = await pdfText((await renderFormats(doc, ["pdf"])).files[0].bytes);
    expect(text).toContain(BLOCK);
  });
});
