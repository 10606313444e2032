/**
 * Limits on untrusted input: far above what a real road map reaches, far below what would exhaust
 * memory. Each is reported as a plain error naming the file and the limit (README: Keamanan dan batas).
 */
export const LIMITS = {
  /** One data file (YAML/JSON). The whole Probolinggo road map is under 1 MB. */
  dataFileBytes: 5 * 1024 * 1024,
  /** One image file. */
  imageBytes: 20 * 1024 * 1024,
  /** Pixels of one image, read from its header before it is decoded. */
  imagePixels: 50_000_000,
  /** Nesting of maps and lists in a data file. */
  depth: 64,
  /** Characters in one text value. */
  textLength: 20_000,
  /** Rencana aksi in one road map: a large province has a few thousand. */
  rencanaAksi: 20_000,
} as const;
