// Makes a stand-in image for a figure whose picture the source document lost, so the annex shows
// plainly that the original figure must be supplied. Usage:
//   npx tsx scripts/placeholder-figure.ts OUT.png "Gambar 1.1" "caption"
// Needs pdftoppm (poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pdfmake from "pdfmake";
import { PDF_FONTS, FONTS_DIR } from "../src/writers/pdf/fonts.js";

const [out, label, caption] = process.argv.slice(2);
pdfmake.setFonts(PDF_FONTS);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p: string) => p.startsWith(FONTS_DIR));
const doc = pdfmake.createPdf({
  pageSize: { width: 480, height: 200 },
  pageMargins: [10, 10, 10, 10],
  defaultStyle: { font: "Bonum", fontSize: 13 },
  info: { creationDate: new Date("2020-01-01T00:00:00Z"), modDate: new Date("2020-01-01T00:00:00Z") },
  content: [
    {
      table: {
        widths: ["*"],
        heights: [170],
        body: [[{
          stack: [
            { text: label, bold: true, margin: [0, 40, 0, 6] },
            { text: caption.replace(/\*/g, ""), italics: true, margin: [20, 0, 20, 12] },
            { text: "Gambar asli tidak terbaca pada dokumen sumber.\nGanti berkas ini dengan gambar dari naskah asli.", fontSize: 10, color: "#555555" },
          ],
          alignment: "center",
        }]],
      },
      layout: { hLineStyle: () => ({ dash: { length: 4 } }), vLineStyle: () => ({ dash: { length: 4 } }), hLineColor: () => "#777777", vLineColor: () => "#777777" },
    },
  ],
} as unknown as Parameters<typeof pdfmake.createPdf>[0]);
const dir = mkdtempSync(join(tmpdir(), "rbdoc-fig-"));
writeFileSync(join(dir, "f.pdf"), await doc.getBuffer());
execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", join(dir, "f.pdf"), join(dir, "f")]);
writeFileSync(out, execFileSync("cat", [join(dir, "f.png")]));
rmSync(dir, { recursive: true });
