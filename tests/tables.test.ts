import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { buildTables } from "../src/templates/tables.js";
import { textWidthOf } from "../src/typography/measure.js";

describe("Tabel 4.4's target column", () => {
  it("holds a target of several words on one line, measured whole", () => {
    const rm = validateDataDir("data/probolinggo-2020-2024", { monitoring: false }).roadmap!;
    rm.area_perubahan[0].indikator[0].target["2020"] = "minimal tiga dokumen";
    const width = buildTables(rm)["rencana-aksi"].lebar.target;
    // Units of about 5.6 pt for 7 pt text; the whole target, not its longest word.
    expect(width * 5.6).toBeGreaterThan(textWidthOf("minimal tiga dokumen", 7));
  });
});
