import { z } from "zod";

/** Options of one job, as a command takes them on its command line (without the dashes). */
const Options = z.record(z.string(), z.union([z.string().min(1), z.number(), z.boolean(), z.array(z.union([z.string().min(1), z.number()])).min(1)]));

export const BATCH_COMMANDS = ["perwali", "laporan", "evaluasi", "formulir"] as const;

/** A job names one document command and its options: `- laporan: {data: …, tahun: 2021, pd: semua}`. */
export const Job = z.union(BATCH_COMMANDS.map((c) => z.strictObject({ [c]: Options })) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

export const JobsFile = z.strictObject({
  $schema: z.string().optional(),
  out: z.string().min(1).default("output").describe("folder keluaran untuk semua pekerjaan, kecuali yang menyebut 'out' sendiri"),
  jobs: z.array(Job).min(1),
});

export type JobsFile = z.infer<typeof JobsFile>;
