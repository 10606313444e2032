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
  /**
   * Rencana aksi in one road map. A large province has a few thousand; at 2,000 the Perwali takes
   * about 15 s and 0.9-1.3 GB (FINDINGS.md), so 5,000 keeps a hostile file within a few GB.
   */
  rencanaAksi: 5_000,
} as const;
