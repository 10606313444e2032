// Helper for transcribers: validates one data file against the piece of the schema it holds.
// Usage: npx tsx scripts/check-fragment.ts <area|lampiran|root> FILE
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { Area, RoadMap } from "../src/schema/roadmap.js";
import { ProsePart } from "../src/schema/prose.js";

const [kind, file] = process.argv.slice(2);
const schema = kind === "area" ? Area : kind === "lampiran" ? ProsePart : RoadMap.partial();
const result = schema.safeParse(parse(readFileSync(file, "utf8")));
if (result.success) {
  console.log("OK");
} else {
  console.log(z.prettifyError(result.error));
  process.exit(1);
}
