import { buildDocument } from "../markup/build.js";
import { MarkupError, parseMarkup } from "../markup/parse.js";
import type { Document } from "../model/document.js";
import type { RoadMap } from "../schema/roadmap.js";
import { buildContext, type RenderOptions } from "../templates/context.js";
import type { TemplateSet } from "../templates/engine.js";
import { TemplateError } from "../templates/errors.js";

/** Road-map data → templates → markup → document model. No file is written here. */
export function perwaliDocument(rm: RoadMap, dataDir: string, templates: TemplateSet, options: RenderOptions): Document {
  const markup = templates.render("perwali", buildContext(rm, dataDir, options));
  try {
    return buildDocument(parseMarkup(markup));
  } catch (error) {
    if (error instanceof MarkupError) {
      const where = error.line ? ` (baris ${error.line}, kolom ${error.column} hasil templat)` : "";
      const excerpt = error.line ? `\n${markup.split("\n")[error.line - 1]?.slice(0, 200) ?? ""}` : "";
      throw new TemplateError(`hasil templat ${templates.origin("perwali")} tidak sah${where}: ${error.message}${excerpt}`);
    }
    throw error;
  }
}
