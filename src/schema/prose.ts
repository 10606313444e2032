import { z } from "zod";
import { Id, IsoDate } from "./values.js";

/**
 * Running text may carry *italic* and **bold** emphasis; everything else is literal, so data
 * containing `<`, `&` or `{{` comes out exactly as written.
 */
export const RichText = z
  .string()
  .min(1)
  .refine(balancedEmphasis, { message: "tanda * atau ** tidak tertutup atau bertumpuk (tulis \\* untuk bintang biasa)" });

/**
 * The writers turn `**…**` into bold and then `*…*` into italic (src/templates/rich-text.ts). Done
 * the same way here with stand-in marks, no `*` may remain unless escaped, and the marks must nest.
 */
function balancedEmphasis(text: string): boolean {
  const marked = text
    .replace(/\\\*/g, "")
    .replace(/\*\*(.+?)\*\*/g, "\u0001$1\u0002")
    .replace(/\*(.+?)\*/g, "\u0003$1\u0004");
  if (marked.includes("*")) return false;
  const open: string[] = [];
  for (const ch of marked) {
    if (ch === "\u0001" || ch === "\u0003") open.push(ch);
    else if (ch === "\u0002" || ch === "\u0004") {
      if (open.pop() !== (ch === "\u0002" ? "\u0001" : "\u0003")) return false;
    }
  }
  return open.length === 0;
}

export const ListStyle = z.enum(["angka", "angka-kurung", "huruf", "huruf-kurung", "bullet", "strip"]);
export type ListStyle = z.infer<typeof ListStyle>;

export interface ListItemInput {
  teks: string;
  daftar?: ListInput;
}
export interface ListInput {
  gaya: ListStyle;
  mulai?: number;
  butir: (string | ListItemInput)[];
}

export const List: z.ZodType<ListInput> = z.lazy(() =>
  z.strictObject({
    gaya: ListStyle,
    mulai: z.number().int().positive().optional(),
    butir: z.array(z.union([RichText, z.strictObject({ teks: RichText, daftar: List.optional() })])).min(1),
  }),
);

export const Heading = z.strictObject({
  nomor: z.string().regex(/^\d+(\.\d+)*$/, "nomor judul seperti 1.1 atau 2.1.3").optional(),
  teks: RichText,
});

/** One box of a diagram: a bold title, items under it, or both. */
export const DiagramBox = z
  .strictObject({
    judul: RichText.optional(),
    isi: z.array(RichText).min(1).optional(),
  })
  .refine((b) => b.judul !== undefined || b.isi !== undefined, { message: "kotak memerlukan 'judul', 'isi' atau keduanya" });

/**
 * A figure written as data: rows of boxes, read from top to bottom, with arrows between the rows
 * and, where `panah` is set, between the boxes of a row. Enough for the block diagrams of a road
 * map (a thinking framework, a goal → sasaran → strategy chain, missions and their programmes).
 */
export const Diagram = z.strictObject({
  baris: z
    .array(
      z.strictObject({
        kotak: z.array(DiagramBox).min(1).max(6),
        /** Arrows between the boxes of this row, left to right. */
        panah: z.boolean().default(false),
      }),
    )
    .min(1),
  /** Arrows down between the rows. */
  panah_antar_baris: z.boolean().default(true),
});

const FIGURE_SOURCES = ["berkas", "bagan", "diagram", "belum_tersedia"] as const;

export const Figure = z
  .strictObject({
    nomor: z.string().min(1),
    judul: RichText,
    /** An image file, relative to the data folder. */
    berkas: z.string().min(1).optional(),
    /** A diagram the templates draw from the road map's own data. */
    bagan: z.enum(["area-perubahan", "struktur-tim", "perbandingan-sasaran"]).optional(),
    /** A diagram written out in the data. */
    diagram: Diagram.optional(),
    /**
     * The figure is not available (why, in a few words): a marked placeholder is printed. A konsep
     * may carry it; the salinan refuses it unless told otherwise.
     */
    belum_tersedia: z.string().min(1).optional(),
    lebar: z.number().positive().max(100).optional().describe("lebar gambar dalam persen lebar teks"),
    diolah_dari: z
      .string()
      .min(1)
      .optional()
      .describe("gambar ini bukan gambar asli dokumen, tetapi disusun ulang dari sumber ini; dicetak di bawahnya sebagai 'Sumber: diolah dari …'"),
  })
  .refine((f) => FIGURE_SOURCES.filter((k) => f[k] !== undefined).length === 1, {
    message: "gambar memerlukan tepat satu dari 'berkas', 'bagan', 'diagram' atau 'belum_tersedia'",
  });

export const TableKind = z.enum([
  "evaluasi-sebelumnya",
  "sasaran",
  "program-mikro",
  "quick-wins",
  "rencana-aksi",
  "tim-pengarah",
  "tim-pelaksana",
  "pokja",
]);
export type TableKind = z.infer<typeof TableKind>;

export const TableRef = z.strictObject({
  nomor: z.string().min(1),
  judul: RichText,
  isi: TableKind,
  /** Only the areas (or sasaran) of this group: one Tabel 4.4 per group, RB General and RB Tematik. */
  kelompok: Id.optional(),
});

/** Content generated from the structured data at this point of the prose. */
export const Insert = z.enum(["hambatan"]);

/** A signer named in full in the prose, as the regulation's signatories are. */
const ProseSigner = z.strictObject({ jabatan: z.string().min(1), nama: z.string().min(1) });

export const Block = z.union([
  z.strictObject({ p: RichText }),
  z.strictObject({ judul: Heading }),
  z.strictObject({ daftar: List }),
  z.strictObject({ gambar: Figure }),
  z.strictObject({ tabel: TableRef }),
  z.strictObject({ sisipan: Insert }),
  z.strictObject({
    ttd: z.strictObject({
      /** Who signs: the regulation's kepala daerah or sekretaris daerah, or another official in full. */
      penanda_tangan: z.union([z.enum(["kepala-daerah", "sekretaris-daerah"]), ProseSigner]),
      tanggal: IsoDate,
    }),
  }),
]);
export type Block = z.infer<typeof Block>;

export const ProsePart = z.strictObject({
  /** Roman chapter number for BAB I-V; absent for front matter such as Kata Pengantar. */
  bab: z
    .string({ error: (issue) => (issue.input === undefined ? undefined : 'nomor bab dalam angka Romawi seperti "III", ditulis sebagai teks') })
    .regex(/^[IVXLC]+$/, "nomor bab dalam angka Romawi")
    .optional(),
  judul: z.string().min(1),
  isi: z.array(Block),
});
export type ProsePart = z.infer<typeof ProsePart>;

export { Id };
