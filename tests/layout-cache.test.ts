import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Document } from "../src/model/document.js";
import { LayoutCache } from "../src/output/layout-cache.js";
import type { LayoutSeed } from "../src/writers/pdf/index.js";

// The key only hashes the model, so any object stands in for one here.
const doc = { sections: [], meta: { title: "uji" } } as unknown as Document;
const seed: LayoutSeed = {
  hint: { pageCount: 7, anchors: new Map([["h1", 2], ["h2", 5]]), tableRowPages: new Map([["tab1", [3, 4]]]) },
  sticky: ["h2"],
  rowTops: [["row:tab1:0", { down: 0.25, height: 800.5 }]],
};

describe("the layout cache", () => {
  it("gives back the seed it kept, under the document's key only", () => {
    const cache = new LayoutCache(mkdtempSync(join(tmpdir(), "rbdoc-cache-")));
    const key = cache.key(doc);
    cache.write(key, seed);
    expect(cache.read(key)).toEqual(seed);
    expect(cache.read(cache.key({ ...doc, meta: { title: "lain" } } as unknown as Document))).toBeUndefined();
  });

  it("does not read a seed changed on disk, since a DOCX alone trusts it as the final pagination", () => {
    const dir = mkdtempSync(join(tmpdir(), "rbdoc-cache-"));
    const cache = new LayoutCache(dir);
    const key = cache.key(doc);
    cache.write(key, seed);
    const file = join(dir, "tata-letak", readdirSync(join(dir, "tata-letak"))[0]);
    const text = readFileSync(file, "utf8");
    // Still valid JSON of the right shape: only the sum can tell.
    writeFileSync(file, text.replace('["h2",5]', '["h2",6]'));
    expect(readFileSync(file, "utf8")).not.toBe(text);
    expect(cache.read(key)).toBeUndefined();
    writeFileSync(file, text.slice(0, text.length - 10));
    expect(cache.read(key)).toBeUndefined();
    writeFileSync(file, text);
    expect(cache.read(key)).toEqual(seed);
  });
});
