import type { Document } from "../model/document.js";
import type { RoadMap } from "../schema/roadmap.js";
import { buildContext, type RenderOptions } from "../templates/context.js";
import type { TemplateSet } from "../templates/engine.js";
import { documentFromTemplate } from "./render.js";

/** Road-map data → templates → markup → document model. No file is written here. */
export function perwaliDocument(rm: RoadMap, dataDir: string, templates: TemplateSet, options: RenderOptions): Document {
  const doc = documentFromTemplate(templates, "perwali", buildContext(rm, dataDir, options));
  // The pemda's own name is never broken at a line's end, even where a sentence starts with it.
  const named = { ...doc, meta: { ...doc.meta, names: [rm.pemda.nama, rm.pemda.ibu_kota] } };
  // The salinan is what a JDIH publishes and keeps: its PDF is written as PDF/A-2b. A konsep's
  // KONSEP mark is drawn outside the text layer.
  return options.edition === "salinan" ? { ...named, meta: { ...named.meta, archival: true } } : { ...named, meta: { ...named.meta, watermarkAsShape: true } };
}
