import { describe, expect, it } from "vitest";
import type { Block, Inline, Table, TableCell } from "../src/model/document.js";
import { bindGluedPunctuation, splitHyphenated } from "../src/writers/pdf/inline.js";
import { pageLabels, type Pagination } from "../src/model/pagination.js";
import type { PdfNode } from "../src/writers/pdf/node.js";
import { tableNode } from "../src/writers/pdf/table.js";
import { spreadList } from "../src/model/table-grid.js";
import { buildDocument } from "../src/markup/build.js";
import { parseMarkup } from "../src/markup/parse.js";
import { writePdf } from "../src/writers/pdf/index.js";
import { pdfPages, pdfTextBoxes, type TextBox } from "./helpers/pdf.js";

const para = (text: string): Block => ({
  type: "paragraph",
  content: [{ type: "text", text }],
  style: { align: "left", indent: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, keepWithNext: false },
});
const cell = (text: string, rowSpan = 1, blocks?: Block[]): TableCell => ({ blocks: blocks ?? [para(text)], colSpan: 1, rowSpan, align: "left", valign: "top" });
const list = (items: string[]): Block => ({ type: "list", items: items.map((t, i) => ({ marker: `${i + 1}.`, blocks: [para(t)] })), style: "angka", start: 1, markerWidth: 5, indent: 0, spaceAfter: 0 });

/** Header row, then a group "A" over four rows beside a spread list. */
const table: Table = {
  type: "table",
  id: "t1",
  columns: [1, 1, 1],
  headerRows: 1,
  borders: "all",
  width: 100,
  cellPadding: 1,
  note: [],
  rows: [
    { cells: [cell("Group"), cell("Item"), cell("Upaya")] },
    { cells: [cell("A", 4), cell("a1"), cell("", 4, [list(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"])])] },
    { cells: [cell("a2")] },
    { cells: [cell("a3")] },
    { cells: [cell("a4")] },
  ],
};
const plainOf = (b: Block): string =>
  b.type === "paragraph" ? b.content.map((c) => (c.type === "text" ? c.text : "")).join("") : b.type === "list" ? b.items.map((i) => i.blocks.map(plainOf).join(" ")).join(" ") : "";
const render = (blocks: readonly Block[]): PdfNode[] => blocks.map((b) => ({ text: plainOf(b) }));
const texts = (node: PdfNode): string => (JSON.stringify(node).match(/"text":"[^"]*"/g) ?? []).join(" ");

function body(rowPages?: { starts: number[]; ends: number[] }): PdfNode[][] {
  const rp = new Map<string, number[]>();
  if (rowPages) {
    rp.set("t1", rowPages.starts);
    rp.set("t1:end", rowPages.ends);
  }
  const node = tableNode(table, { textWidth: 400, pageHeight: 700, fontSize: 10, rowPages: rp, breakBefore: new Set(), outline: new Map() }, render);
  return (node.table as { body: PdfNode[][] }).body;
}

describe("PDF tables with merged body cells", () => {
  it("writes the group's text once, without inner lines, and spreads a merged list over the rows", () => {
    const rows = body();
    expect(texts(rows[1][0])).toContain("A");
    expect(texts(rows[2][0])).not.toContain("A");
    expect(rows[1][0].border).toEqual([true, true, true, false]);
    expect(rows[2][0].border).toEqual([true, false, true, false]);
    expect(rows[4][0].border).toEqual([true, false, true, true]);
    expect(texts(rows[1][2])).toMatch(/u1.*u2/);
    expect(texts(rows[4][2])).toMatch(/u7.*u8/);
    expect(rows[1][0].rowSpan).toBeUndefined();
  });

  it("on a new page repeats the group's text in grey and closes the borders at the break", () => {
    // Rows 1-2 on page 3; row 3 starts page 4.
    const rows = body({ starts: [0, 3, 3, 4, 4], ends: [0, 3, 3, 4, 4] });
    const label = rows[3][0];
    expect(texts(label)).toContain("A");
    expect(JSON.stringify(label)).toContain('"relativePosition"');
    expect(JSON.stringify(label)).toContain('"italics":true');
    expect(rows[3][0].border).toEqual([true, true, true, false]);
    expect(rows[2][0].border).toEqual([true, false, true, true]);
  });

  it("labels the first row that starts on a page below the tail of a row that broke", () => {
    // Row 2 runs from page 3 onto page 4; row 3 is the first to start on page 4.
    const rows = body({ starts: [0, 3, 3, 4, 4], ends: [0, 3, 4, 4, 4] });
    expect(texts(rows[3][0])).toContain("A");
    expect((rows[2][0].border as boolean[])[3]).toBe(true);
  });
});

describe("a merged list shared out over rows", () => {
  it("goes on counting in each row, so a writer that numbers lists itself numbers them as one", () => {
    const doc = buildDocument(parseMarkup(`<document><section id="s"><table widths="1,1" header-rows="1"><tr><td>A</td><td>B</td></tr><tr><td>1</td><td rowspan="3"><list style="angka"><item><p>satu</p></item><item><p>dua</p></item><item><p>tiga</p></item><item><p>empat</p></item><item><p>lima</p></item></list></td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table></section></document>`));
    const cell = (doc.sections[0].blocks[0] as Table).rows[1].cells[1];
    const shares = [0, 1, 2].map((k) => spreadList(cell.blocks, 3, k)!);
    expect(shares.map((s) => (s[0] as Extract<Block, { type: "list" }>).start)).toEqual([1, 3, 5]);
    expect(shares.map((s) => (s[0] as Extract<Block, { type: "list" }>).items.map((i) => i.marker))).toEqual([["1."], ["3."], ["5."]].map((m, k) => (k < 2 ? [m[0], `${k * 2 + 2}.`] : m)));
  });
});

describe("page labels", () => {
  it("numbers each section in its own format, restarting or continuing, hiding first pages", () => {
    const doc = buildDocument(
      parseMarkup(
        `<document><section id="a" numbering="decimal" start="1" hide-first="true" number-pattern="- {n} -"><p>x</p></section>` +
          `<section id="b" numbering="lower-roman" start="1" hide-first="true"><p>y</p></section>` +
          `<section id="c" numbering="decimal" start="1"><p>z</p><landscape><p>w</p></landscape></section></document>`,
      ),
    );
    const pagination: Pagination = {
      pageCount: 9,
      anchors: new Map([["section:a", 1], ["section:b", 3], ["section:c", 6], ["section:c-1", 8]]),
      tableRowPages: new Map(),
    };
    const labels = pageLabels(doc, pagination).map((l) => (l.visible ? l.text : `(${l.text})`));
    expect(labels).toEqual(["(- 1 -)", "- 2 -", "(i)", "ii", "iii", "1", "2", "3", "4"]);
  });
});

describe("justified text", () => {
  it("keeps punctuation glued to emphasised words in one piece, so justification opens no gap inside", () => {
    const runs = bindGluedPunctuation([
      { type: "text", text: "pola pikir (" },
      { type: "text", text: "mind set", italic: true },
      { type: "text", text: ") dan budaya" },
    ]);
    expect(runs).toEqual([
      { type: "text", text: "pola pikir " },
      { type: "text", text: "(mind set)", italic: true },
      { type: "text", text: " dan budaya" },
    ]);
  });

  it("leaves punctuation that is not glued where it is", () => {
    const runs: Inline[] = [
      { type: "text", text: "kata (" },
      { type: "text", text: " spasi", italic: true },
    ];
    expect(bindGluedPunctuation(runs)).toEqual(runs);
  });
});

describe("hyphenated words in justified text", () => {
  it("become unbreakable pieces that keep the ordinary hyphen and their following space", () => {
    expect(splitHyphenated("tentang Undang-Undang Nomor 5 dan meng-upload.")).toEqual([
      { text: "tentang ", whole: false },
      { text: "Undang-Undang ", whole: true },
      { text: "Nomor 5 dan ", whole: false },
      { text: "meng-upload.", whole: true },
    ]);
    expect(splitHyphenated("tanpa tanda hubung")).toEqual([{ text: "tanpa tanda hubung", whole: false }]);
    expect(splitHyphenated("setiap satuan/unit kerja di https://dukcapil.example.id kota")).toEqual([
      { text: "setiap ", whole: false },
      { text: "satuan/unit ", whole: true },
      { text: "kerja di ", whole: false },
      { text: "https://dukcapil.example.id ", whole: true },
      { text: "kota", whole: false },
    ]);
    expect(splitHyphenated("2020-2024 - angka")).toEqual([{ text: "2020-2024 - angka", whole: false }]);
  });
});

describe("text measured once per run", () => {
  it("measures the same words again where the style around them differs: body, bold and a smaller table", async () => {
    const phrase = "Kata yang sama diukur lagi";
    const widths = async (body: string) => {
      const doc = buildDocument(parseMarkup(`<document><section id="s" size="12">${body}</section></document>`));
      return (await pdfTextBoxes((await writePdf(doc)).bytes))[0].filter((b) => b.str === phrase).map((b) => Math.round((b.x1 - b.x0) * 100) / 100);
    };
    const table = `<table widths="1" size="8"><tr><td>${phrase}</td></tr></table>`;
    const [body, bold, small] = await widths(`<p>${phrase}</p><p><b>${phrase}</b></p>${table}`);
    // The table's size comes from around the text, not from the text itself.
    expect(small).toBeCloseTo((body * 8) / 12, 1);
    expect(bold).toBeGreaterThan(body);
    // As wide as where it is the only text measured.
    expect(await widths(table)).toEqual([small]);
    expect(await widths(`<p><b>${phrase}</b></p>`)).toEqual([bold]);
  });
});

describe("table rows across pages", () => {
  const render = async (body: string) => {
    const doc = buildDocument(parseMarkup(`<document><section id="s" size="11">${body}</section></document>`));
    const pdf = await writePdf(doc);
    return { pdf, pages: await pdfPages(pdf.bytes), table: doc.sections[0].blocks.find((b): b is Table => b.type === "table")! };
  };
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1} yang mendorong tabel ke kaki halaman.</p>`).join("");
  const row = (i: number, lines: number) => `<tr><td>${i}</td><td>${Array.from({ length: lines }, (_, k) => `baris${i}x${k}`).join(" ")}</td></tr>`;

  it("moves a row that does not fit whole to the next page instead of splitting it", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(i, 3 + (i % 5) * 4)).join("");
    const { pdf, table } = await render(`${filler(10)}<table widths="1,4" header-rows="1"><tr><td>No</td><td>Isi</td></tr>${rows}</table>`);
    const starts = pdf.pagination.tableRowPages.get(table.id)!;
    const ends = pdf.pagination.tableRowPages.get(`${table.id}:end`)!;
    expect(new Set(starts.slice(1)).size).toBeGreaterThan(1);
    starts.forEach((p, r) => r > 0 && expect(ends[r], `baris ${r}`).toBe(p));
  });

  it("lets a row taller than a page flow on, and prints all of it", async () => {
    const { pages } = await render(`${filler(3)}<table widths="1,4" header-rows="1"><tr><td>No</td><td>Isi</td></tr>${row(1, 2)}${row(2, 900)}${row(3, 2)}</table>`);
    const text = pages.join(" ");
    for (let k = 0; k < 900; k += 1) expect(text).toContain(`baris2x${k} `);
    expect(text).toContain("baris3x1");
  });

  it("keeps a short table whole on one page", async () => {
    const rows = Array.from({ length: 4 }, (_, i) => row(i, 3)).join("");
    for (const n of [20, 22, 24, 26, 28]) {
      const { pdf, table } = await render(`${filler(n)}<table widths="1,4" header-rows="1"><tr><td>No</td><td>Isi</td></tr>${rows}</table>`);
      const starts = pdf.pagination.tableRowPages.get(table.id)!.slice(1);
      expect(new Set(starts).size, `${n} paragraf pengisi`).toBe(1);
    }
  });
});

describe("a table's note", () => {
  it("moves with the table's last row, whatever page the table ends on", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>${i}</td><td>isi baris ${i} dengan beberapa kata lagi</td></tr>`).join("");
    for (const n of [24, 26, 28, 30, 32, 34]) {
      const filler = Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join("");
      const doc = buildDocument(parseMarkup(`<document><section id="s" size="11">${filler}<table widths="1,4" header-rows="1"><tr><td>No</td><td>Isi</td></tr>${rows}<note><p>Keterangan: catatan tabel.</p></note></table></section></document>`));
      const pages = await pdfPages((await writePdf(doc)).bytes);
      const notePage = pages.findIndex((p) => p.includes("Keterangan: catatan tabel."));
      expect(pages[notePage], `${n} paragraf pengisi`).toContain("isi baris 11 dengan");
    }
  });
});

describe("a <keep> group", () => {
  it("moves whole to the next page rather than splitting, wherever the page ends", async () => {
    const group = `<keep>${[1, 2, 3].map((n) => `<table widths="1,1"><tr><td>kotak ${n}a</td><td>kotak ${n}b dengan beberapa kata</td></tr></table><p align="center">↓</p>`).join("")}</keep>`;
    for (const n of [30, 32, 34, 36, 38]) {
      const filler = Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join("");
      const caption = `<caption kind="figure" label="Gambar 9.9" keep-next="true">Bagan</caption>`;
      const doc = buildDocument(parseMarkup(`<document><section id="s" size="11">${filler}${caption}${group}</section></document>`));
      const pages = await pdfPages((await writePdf(doc)).bytes);
      const withGroup = pages.filter((p) => p.includes("kotak"));
      expect(withGroup.length, `${n} paragraf pengisi`).toBe(1);
      // The caption keeps with the group even when the group, moved whole, lands on the next page.
      expect(withGroup[0], `${n} paragraf pengisi`).toContain("Gambar 9.9 Bagan");
    }
  });
});

describe("a word wider than its column", () => {
  it("breaks at an Indonesian syllable with a hyphen at the line's end, never between any two letters", async () => {
    const doc = buildDocument(parseMarkup(`<document><section id="s" size="11"><table widths="1,6"><tr><td>Mengimplementasikan Profesionalitas</td><td>isi</td></tr></table></section></document>`));
    const boxes = (await pdfTextBoxes((await writePdf(doc)).bytes))[0].filter((b) => b.x0 < 150).map((b) => b.str.trim()).filter(Boolean);
    // Every line but the last of each word ends with a hyphen; glued back, the words are whole.
    const lines = boxes.join("\n");
    expect(lines.replace(/-\n/g, "").split("\n")).toEqual(["Mengimplementasikan", "Profesionalitas"]);
    expect(boxes.length).toBeGreaterThan(2);
    // No line of one or two letters.
    for (const b of boxes) expect(b.replace(/-$/, "").length).toBeGreaterThan(2);
  });
});

describe("widows and orphans in prose", () => {
  it("never leaves a paragraph's first line alone at a page's foot, nor a short paragraph's last line at the next page's head", async () => {
    for (const words of [30, 45]) {
      const target = Array.from({ length: words }, (_, i) => `tanda${i + 1}`).join(" ");
      for (const n of [34, 35, 36]) {
        for (const h of [0, 2, 4]) {
          const filler = Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join("");
          const doc = buildDocument(parseMarkup(`<document><section id="s" size="11">${filler}<spacer height="${h}"/><p align="justify">${target}</p><p>Sesudahnya.</p></section></document>`));
          const pages = await pdfTextBoxes((await writePdf(doc)).bytes);
          const lines = pages.map((boxes) => new Set(boxes.filter((b) => /tanda\d/.test(b.str)).map((b) => Math.round(b.y0))).size).filter((k) => k > 0);
          const total = lines.reduce((a, b) => a + b, 0);
          const where = `${words} kata, ${n} paragraf pengisi, jarak ${h} mm: ${lines.join("+")}`;
          if (lines.length < 2) continue;
          expect(lines[0], where).toBeGreaterThan(1);
          if (total <= 4) expect(lines[lines.length - 1], where).toBeGreaterThan(1);
        }
      }
    }
  });
});

describe("justified prose", () => {
  const render = async (body: string) => {
    const doc = buildDocument(parseMarkup(`<document><section id="s" size="12">${body}</section></document>`));
    return (await writePdf(doc)).bytes;
  };
  // Long words, so that without a hyphen many lines would be set loose.
  const words = "pemerintahan penyelenggaraan pertanggungjawaban kepemimpinan pengembangan kelembagaan ketatalaksanaan pengawasan akuntabilitas pelayanan".split(" ");
  const prose = Array.from({ length: 60 }, (_, i) => words[(i * 7) % words.length]).join(" ");

  it("breaks a word at a syllable with a hyphen where a line would come out loose, and keeps word spaces near normal", async () => {
    const narrow = `<list style="angka"><item><p align="justify">${prose}</p></item></list>`;
    const bytes = await render(narrow);
    const lines = (await pdfTextBoxes(bytes))[0];
    const rows = new Map<number, TextBox[]>();
    for (const b of lines) rows.set(Math.round(b.y0), [...(rows.get(Math.round(b.y0)) ?? []), b]);
    const set = [...rows.values()].map((r) => r.sort((a, b) => a.x0 - b.x0));
    const hyphenated = set.filter((r) => /\p{L}-$/u.test(r[r.length - 1].str));
    expect(hyphenated.length).toBeGreaterThan(0);
    // Each hyphen stands between two syllables of one of the words.
    const text = (await pdfPages(bytes))[0].replace(/\s+/g, " ");
    expect(text).not.toContain("\u00ad");
    for (const r of hyphenated) {
      const head = r[r.length - 1].str.split(" ").at(-1)!.replace(/-$/, "");
      expect(words.some((w) => w.startsWith(head) && w.length - head.length >= 3), head).toBe(true);
    }
    // A hyphen never sticks out past the line's end: justified lines all end at one edge.
    const ends = set.filter((r) => !hyphenated.includes(r)).slice(0, -1).map((r) => r[r.length - 1].x1);
    for (const r of hyphenated) expect(r[r.length - 1].x1).toBeLessThanOrEqual(Math.max(...ends) + 0.5);
    // No more than three hyphenated lines in a row.
    let run = 0;
    for (const r of set) expect((run = /-$/.test(r[r.length - 1].str) ? run + 1 : 0)).toBeLessThanOrEqual(3);
  });

  it("opens no gap inside a word where its style changes, or between a word and its own space", async () => {
    const bytes = await render(`<p align="justify">${"Petugas wajib meng-<i>upload</i> berkas dan memperbarui <i>Road Map</i> ini setiap tahun anggaran sesuai dengan ketentuan yang berlaku. ".repeat(6)}</p>`);
    const boxes = (await pdfTextBoxes(bytes))[0];
    const upload = boxes.filter((b) => b.str.startsWith("upload"));
    expect(upload.length).toBeGreaterThan(2);
    for (const u of upload) {
      const before = boxes.find((b) => Math.abs(b.y0 - u.y0) < 1 && b.str.endsWith("meng-"));
      // On a line, "meng-" and "upload" touch; at a line's end "meng-" stays behind.
      if (before) expect(u.x0 - before.x1).toBeLessThan(0.5);
    }
  });

  it("leaves no blank page when a paragraph fills a page to its foot and a chapter starts the next", async () => {
    // pdfmake moves to a new page when a paragraph's space below does not fit on its own: some of
    // these fillings end the page there.
    for (const n of [32, 33, 34]) {
      for (const h of [0, 2, 4]) {
        const filler = Array.from({ length: n }, (_, i) => `<p space-after="2">Paragraf pengisi ${i + 1}.</p>`).join("");
        const bytes = await render(`${filler}<spacer height="${h}"/><p space-after="8">Paragraf terakhir bab ini.</p><h level="1" break-before="true">BAB BERIKUTNYA</h><p>Isi.</p>`);
        const pages = await pdfPages(bytes);
        expect(pages.map((p) => p.replace(/[\u0000\u200b\s]/g, "")).filter((p) => p === ""), `${n} paragraf, jarak ${h} mm`).toEqual([]);
        expect(pages.at(-1)).toContain("BAB BERIKUTNYA");
      }
    }
  });
});

describe("a signature", () => {
  it("never stands alone at the head of a page: the paragraph it signs goes with it", async () => {
    for (const n of [30, 31, 32, 33, 34]) {
      const filler = Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join("");
      const doc = buildDocument(parseMarkup(`<document><section id="s" size="12">${filler}<p>Paragraf penutup yang ditandatangani.</p><signature align="right" width="50"><line align="left">Kota Contoh, 1 Januari 2025</line><line align="left"><b>KEPALA DAERAH,</b></line><line align="left" space-before="4" space-after="4">ttd</line><line align="left"><b>NAMA PEJABAT</b></line></signature></section></document>`));
      const pages = await pdfPages((await writePdf(doc)).bytes);
      const signed = pages.find((p) => p.includes("NAMA PEJABAT"))!;
      expect(signed, `${n} paragraf`).toContain("Paragraf penutup yang ditandatangani.");
      expect(signed, `${n} paragraf`).toContain("Kota Contoh, 1 Januari 2025");
    }
  });
});
