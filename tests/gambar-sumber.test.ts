import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/data/validate.js";
import { summarizeFigures } from "../src/domain/summary.js";
import { forEachBlock } from "../src/model/walk.js";
import { perwaliDocument } from "../src/pipeline/perwali.js";
import { loadTemplates } from "../src/templates/engine.js";
import { SHIPPED } from "./helpers/fixture.js";

/**
 * The seed keeps only the captions of its eight figures; rbdoc draws them. A certified copy must not
 * present a redrawn figure as the original: each one states what it was drawn from.
 */
describe("figures redrawn by rbdoc", () => {
  const rm = validateDataDir(SHIPPED).roadmap!;

  it("are listed by validate with the source each was drawn from", () => {
    const { diolah, tanpaSumber } = summarizeFigures(rm);
    expect(diolah.map((d) => d.split(" ")[0])).toEqual(["1.1", "1.2", "2.1", "3.1", "4.1", "4.2", "4.3", "5.1"]);
    expect(tanpaSumber).toEqual([]);
  });

  it("print 'Sumber: diolah dari …' under the figure in the salinan", () => {
    const doc = perwaliDocument(rm, SHIPPED, loadTemplates(), { edition: "salinan", lampiranOnly: false });
    const texts: string[] = [];
    forEachBlock(doc, (b) => {
      if (b.type === "caption" && b.label.startsWith("Gambar")) texts.push(b.label);
      if (b.type === "paragraph") {
        const t = b.content.map((i) => ("text" in i ? i.text : "")).join("");
        if (t.startsWith("Sumber: diolah dari")) texts.push(t);
      }
    });
    // Each figure's caption is followed, after the drawing, by its source line.
    const pairs = texts.filter((t, i) => t.startsWith("Gambar") && texts[i + 1]?.startsWith("Sumber: diolah dari"));
    expect(pairs).toEqual(["Gambar 1.1", "Gambar 1.2", "Gambar 2.1", "Gambar 3.1", "Gambar 4.1", "Gambar 4.2", "Gambar 4.3", "Gambar 5.1"]);
    expect(texts).toContain("Sumber: diolah dari uraian Bab I Lampiran Peraturan Walikota Probolinggo Nomor 166 Tahun 2020 (gambar asli tidak tersedia)");
  });
});
