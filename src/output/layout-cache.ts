import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { FONTS_DIR, RBDOC_VERSION } from "../assets.js";
import type { Document } from "../model/document.js";
import type { LayoutSeed } from "../writers/pdf/index.js";
import { CODE_DIR, folderHash } from "../util/folder-hash.js";

/** Seeds kept; the least recently made go first. A seed is a few hundred KB at most. */
const KEEP = 200;

/** rbdoc's cache folder: RBDOC_CACHE_DIR, or rbdoc/ in the user's cache folder (XDG). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RBDOC_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "rbdoc");
}

/**
 * Where the PDF layout of a document was last found to settle, kept in the cache folder under a
 * hash of the document model, rbdoc's code and its fonts. A later run of the same document then
 * lays it out once instead of several times (five for the Perwali). The writer keeps a seed only when one pass on it passes
 * the stability check, and otherwise starts from nothing, so a stale seed costs time and never
 * changes a byte. A seed is written only from a layout that settled, so its pagination is that
 * document's final one: a DOCX alone is written from it with no layout at all. A damaged file
 * fails its checksum and is not read. Nothing in it is read as anything but numbers and ids.
 */
export class LayoutCache {
  readonly #dir: string;

  constructor(dir: string = cacheDir()) {
    this.#dir = join(dir, "tata-letak");
  }

  key(doc: Document): string {
    return createHash("sha256").update(`${RBDOC_VERSION}\n${folderHash(CODE_DIR)}\n${folderHash(FONTS_DIR)}\n`).update(JSON.stringify(doc)).digest("hex").slice(0, 32);
  }

  read(key: string): LayoutSeed | undefined {
    try {
      const parsed = SeedFile.safeParse(JSON.parse(readFileSync(this.#path(key), "utf8")));
      if (!parsed.success) return undefined;
      const { sum, ...body } = parsed.data;
      if (sum !== checksum(key, body)) return undefined;
      const { hint, sticky, rowTops } = body;
      return {
        hint: { pageCount: hint.pageCount, anchors: new Map(hint.anchors), tableRowPages: new Map(hint.tableRowPages) },
        sticky,
        rowTops: rowTops.map(([id, top]) => [id, { down: top.down, height: top.height }]),
      };
    } catch {
      return undefined;
    }
  }

  /** Best effort: a cache that cannot be written only makes the next run slower. */
  write(key: string, seed: LayoutSeed): void {
    try {
      mkdirSync(this.#dir, { recursive: true });
      const body = { hint: { pageCount: seed.hint.pageCount, anchors: [...seed.hint.anchors], tableRowPages: [...seed.hint.tableRowPages] }, sticky: seed.sticky, rowTops: seed.rowTops };
      const temp = `${this.#path(key)}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ ...body, sum: checksum(key, body) }));
      renameSync(temp, this.#path(key));
      this.#prune();
    } catch {
      // ignored on purpose, see above
    }
  }

  #path(key: string): string {
    return join(this.#dir, `tata-letak-${key}.json`);
  }

  #prune(): void {
    const files = readdirSync(this.#dir)
      .filter((f) => f.startsWith("tata-letak-") && f.endsWith(".json"))
      .map((f) => ({ f, t: statSync(join(this.#dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of files.slice(KEEP)) rmSync(join(this.#dir, f), { force: true });
  }
}

/**
 * A seed is trusted as the document's final pagination (a DOCX alone is then written without any
 * PDF layout), so a seed changed on disk in any way, a torn write or an edited number, must not be
 * read at all: the sum covers the key and every field.
 */
function checksum(key: string, body: unknown): string {
  return createHash("sha256").update(key).update("\n").update(JSON.stringify(body)).digest("hex");
}

const SeedFile = z.object({
  sum: z.string(),
  hint: z.object({
    pageCount: z.number().int().nonnegative(),
    anchors: z.array(z.tuple([z.string(), z.number().int()])),
    tableRowPages: z.array(z.tuple([z.string(), z.array(z.number().int())])),
  }),
  sticky: z.array(z.string()),
  rowTops: z.array(z.tuple([z.string(), z.object({ down: z.number(), height: z.number() })])),
});
