import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The fonts shipped with rbdoc (fonts/README.md): the writers embed them, the charts draw with them. */
export const FONTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../fonts");
