import type { CommandModule } from "yargs";
import type { SetExitCode } from "./options.js";

export function perwaliCommand(_setExitCode: SetExitCode): CommandModule {
  return { command: "perwali", describe: "(belum)", handler: () => {} };
}
