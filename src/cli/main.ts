import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { InputError, UsageError } from "../diagnostics/diagnostic.js";
import { OutputError } from "../output/atomic-write.js";
import { perwaliCommand } from "../commands/perwali.js";
import { schemaCommand } from "../commands/schema.js";
import { validateCommand } from "../commands/validate.js";
import { formulirCommand } from "../commands/formulir.js";
import { imporCommand } from "../commands/impor.js";
import { laporanCommand } from "../commands/laporan.js";
import { evaluasiCommand } from "../commands/evaluasi.js";
import { batchCommand } from "../commands/batch.js";

/** The only place that decides exit codes: 0 ok, 1 bad data or failed output, 2 usage error. */
async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const cli = yargs(argv)
    .scriptName("rbdoc")
    .usage("$0 <perintah> [opsi]\n\nMembuat dokumen Reformasi Birokrasi dari data terstruktur: Perwali/Perbup/Pergub road map RB, formulir monitoring, Laporan Pelaksanaan RB dan Ringkasan Evaluasi.")
    .command(validateCommand((code) => (exitCode = code)))
    .command(schemaCommand((code) => (exitCode = code)))
    .command(perwaliCommand((code) => (exitCode = code)))
    .command(formulirCommand((code) => (exitCode = code)))
    .command(imporCommand((code) => (exitCode = code)))
    .command(laporanCommand((code) => (exitCode = code)))
    .command(evaluasiCommand((code) => (exitCode = code)))
    .command(batchCommand((code) => (exitCode = code)))
    .demandCommand(1, "Sebutkan perintah: validate, schema, perwali, formulir, impor, laporan, evaluasi atau batch (lihat --help).")
    .strict()
    .recommendCommands()
    .help("help")
    .alias("help", "h")
    .version(false)
    .locale("id")
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  try {
    await cli.parseAsync();
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rbdoc: ${error.message}\nCoba 'rbdoc --help'.\n`);
      return 2;
    }
    if (error instanceof InputError) return 1;
    if (error instanceof OutputError) {
      process.stderr.write(`rbdoc: ${error.message}\n`);
      return 1;
    }
    // Anything else is our fault, not the user's: say so plainly; RBDOC_DEBUG=1 shows the trace.
    const detail = error instanceof Error ? (process.env.RBDOC_DEBUG ? error.stack : error.message) : String(error);
    process.stderr.write(`rbdoc: kesalahan internal: ${detail}\n`);
    return 1;
  }
}

process.exitCode = await main(hideBin(process.argv));
