import { drawCharts } from "../charts/draw.js";
import type { MonitoringPeriod } from "../data/monitoring.js";
import type { Document } from "../model/document.js";
import type { RoadMap } from "../schema/roadmap.js";
import type { TemplateSet } from "../templates/engine.js";
import { buildLaporanContext, type LaporanOptions } from "../templates/laporan-context.js";
import { documentFromTemplate } from "./render.js";

/** Road map and monitoring → figures → templates → markup → document model, its charts drawn. */
export async function laporanDocument(rm: RoadMap, dataDir: string, period: MonitoringPeriod, templates: TemplateSet, options: LaporanOptions): Promise<Document> {
  const context = buildLaporanContext(rm, dataDir, period, options);
  const doc = documentFromTemplate(templates, "laporan", context);
  await drawCharts(doc, (name) => templates.render(name, context));
  return doc;
}
