import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { z } from "zod";
import { writeFileAtomic } from "../output/atomic-write.js";
import { ProsePart } from "../schema/prose.js";
import { MonitoringFile } from "../schema/monitoring.js";
import { EvaluasiTahun, Instrumen } from "../schema/evaluasi.js";
import { JobsFile } from "../schema/jobs.js";
import { Area, RoadMap } from "../schema/roadmap.js";
import type { SetExitCode } from "./options.js";

/** One JSON Schema per kind of data file, so an editor can check each file as it is typed. */
export const SCHEMA_FILES = {
  "rbdoc-root.schema.json": RoadMap.partial(),
  "rbdoc-area.schema.json": Area,
  "rbdoc-lampiran.schema.json": ProsePart,
  "rbdoc-monitoring.schema.json": MonitoringFile,
  "rbdoc-instrumen.schema.json": Instrumen,
  "rbdoc-evaluasi.schema.json": EvaluasiTahun,
  "rbdoc-jobs.schema.json": JobsFile,
} as const;

export function jsonSchemaOf(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), null, 2)}\n`;
}

export function schemaCommand(_setExitCode: SetExitCode): CommandModule {
  return {
    command: "schema [OUT_DIR]",
    describe: "Menulis JSON Schema format data (untuk pelengkapan otomatis di VS Code)",
    builder: (y) => y.positional("OUT_DIR", { type: "string", default: "data/schema", describe: "folder tujuan" }),
    handler: (args) => {
      const dir = String(args.OUT_DIR);
      mkdirSync(dir, { recursive: true });
      for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
        writeFileAtomic(join(dir, name), jsonSchemaOf(schema));
        process.stdout.write(`${join(dir, name)}\n`);
      }
    },
  };
}
