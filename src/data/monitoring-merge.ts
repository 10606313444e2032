import { existsSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { isMap, parse, parseDocument, Scalar, YAMLMap, type Document, type Node } from "yaml";
import { text, type Diagnostic } from "../diagnostics/diagnostic.js";
import { periodeLabel, type Periode } from "../domain/periode.js";
import type { FilledForm } from "../forms/read.js";
import { MonitoringFile } from "../schema/monitoring.js";
import type { RoadMap } from "../schema/roadmap.js";
import { MONITORING_FOLDER } from "./monitoring.js";
import { checkMonitoring } from "./monitoring-rules.js";
import { describeIssues } from "./zod-issues.js";

export interface MergeCount {
  periode: string;
  /** The PD id, or "" for the indicator form. */
  pd: string;
  file: string;
  added: number;
  changed: number;
  unchanged: number;
  /** Rows left empty in the form: not reported, nothing changed. */
  empty: number;
}

export interface MergePlan {
  /** Files to write, relative to the data folder; only files whose content changes. */
  writes: { relPath: string; content: string }[];
  counts: MergeCount[];
  diagnostics: Diagnostic[];
}

/**
 * Merges read forms into `monitoring/<periode>.yaml`, through the `yaml` document API so that other
 * PDs' data, comments and key order stay as they were. Pure until the caller writes `writes`.
 */
export function planMerge(dataDir: string, rm: RoadMap, forms: readonly FilledForm[]): MergePlan {
  const diagnostics: Diagnostic[] = [];
  const counts: MergeCount[] = [];
  const writes: MergePlan["writes"] = [];
  const byPeriode = new Map<string, FilledForm[]>();
  for (const form of forms) byPeriode.set(form.periode.id, [...(byPeriode.get(form.periode.id) ?? []), form]);

  for (const [periodeId, group] of [...byPeriode].sort(([a], [b]) => a.localeCompare(b))) {
    const periode = group[0].periode;
    const relPath = `${MONITORING_FOLDER}/${periodeId}.yaml`;
    const path = join(dataDir, relPath);
    const before = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    const doc = parseDocument(before ?? skeleton(periode), { uniqueKeys: true });
    const owner = new Map<string, string>();
    let touched = false;

    for (const form of group) {
      const who = form.kind === "indikator" ? "indikator" : form.pd;
      const earlierFile = owner.get(who);
      if (earlierFile) {
        diagnostics.push({ severity: "error", file: form.file, path: [], message: text(`formulir ${who} periode ${periodeId} juga ada di ${earlierFile}; impor satu saja`, `the ${who} form for ${periodeId} is also in ${earlierFile}; import only one`) });
        continue;
      }
      owner.set(who, form.file);
      const count: MergeCount = { periode: periodeId, pd: form.kind === "indikator" ? "" : form.pd, file: form.file, added: 0, changed: 0, unchanged: 0, empty: form.rowCount };
      const rows: [string, unknown][] = form.kind === "indikator" ? [...form.indikator] : [...form.aksi];
      const base = form.kind === "indikator" ? ["indikator"] : ["laporan", form.pd, "rencana_aksi"];
      if (form.kind === "rencana-aksi") {
        for (const [key, value] of Object.entries(form.reporter)) touched = setField(doc, ["laporan", form.pd], key, value) || touched;
      }
      for (const [key, value] of rows) {
        count.empty--;
        const result = setEntry(doc, base, key, value, form.kind === "rencana-aksi");
        count[result]++;
        if (result !== "unchanged") touched = true;
      }
      // A PD's quick wins are rows of the same form, kept under `quick_wins`.
      for (const [key, value] of form.kind === "rencana-aksi" ? form.quickWins : []) {
        count.empty--;
        const result = setEntry(doc, ["laporan", form.pd, "quick_wins"], key, value, true);
        count[result]++;
        if (result !== "unchanged") touched = true;
      }
      counts.push(count);
    }

    const data = doc.toJS() as unknown;
    const parsed = MonitoringFile.safeParse(data);
    if (!parsed.success) {
      for (const p of describeIssues(parsed.error.issues)) diagnostics.push({ severity: "error", file: relPath, path: p.path, message: p.message });
      continue;
    }
    for (const p of checkMonitoring(rm, parsed.data, periode, dataDir)) {
      const form = group.find((f) => f.cellOf(p.path));
      const cell = form?.cellOf(p.path);
      diagnostics.push({
        severity: p.severity ?? "error",
        file: form?.file ?? relPath,
        ...(cell ? { sheet: cell.sheet, cell: cell.cell, line: cell.row, column: cell.column } : {}),
        path: cell ? [] : p.path,
        message: p.message,
      });
    }
    if (touched) writes.push({ relPath, content: doc.toString({ lineWidth: 0 }) });
  }
  return { writes, counts, diagnostics };
}

function skeleton(periode: Periode): string {
  return [
    "# yaml-language-server: $schema=../../schema/rbdoc-monitoring.schema.json",
    `# Data monitoring ${periodeLabel(periode)}, diisi dari formulir dengan 'rbdoc impor'.`,
    `periode: ${JSON.stringify(periode.id)}`,
    "",
  ].join("\n");
}

/** Sets `key` of the map at `path`, creating the maps on the way; keys that look numeric stay text. */
function mapAt(doc: Document, path: string[]): YAMLMap {
  let node: unknown = doc.contents;
  for (const key of path) {
    const map = node as YAMLMap;
    // An empty flow map ("laporan: {}") would keep its flow style once filled; block style reads better.
    map.flow = false;
    const next: unknown = map.get(key, true);
    if (isMap(next)) node = next;
    else {
      const created = new YAMLMap();
      map.set(quotedKey(key), created);
      node = created;
    }
  }
  (node as YAMLMap).flow = false;
  return node as YAMLMap;
}

function setField(doc: Document, path: string[], key: string, value: unknown): boolean {
  const map = mapAt(doc, path);
  const current = map.get(key, true);
  if (isDeepStrictEqual(plainOf(current), value)) return false;
  map.set(key, doc.createNode(value));
  return true;
}

/**
 * Puts one record in place. A changed record keeps its node (and the comments on it); each of its
 * fields is replaced or removed, so the result has the record's fields and nothing else.
 */
function setEntry(doc: Document, base: string[], key: string, value: unknown, quoteKey: boolean): "added" | "changed" | "unchanged" {
  const map = mapAt(doc, base);
  const existing = map.get(key, true);
  if (!isMap(existing)) {
    map.set(quotedKey(key, quoteKey), doc.createNode(value));
    return "added";
  }
  const fields = value as Record<string, unknown>;
  if (isDeepStrictEqual(existing.toJSON(), fields)) return "unchanged";
  for (const pair of [...existing.items]) {
    const name = String((pair.key as Scalar).value ?? pair.key);
    if (!(name in fields)) existing.delete(name);
  }
  for (const [name, v] of Object.entries(fields)) {
    const current = existing.get(name, true);
    if (!isDeepStrictEqual(plainOf(current), v)) existing.set(name, doc.createNode(v));
  }
  return "changed";
}

function plainOf(node: unknown): unknown {
  return node === undefined ? undefined : (node as Node).toJSON();
}

/**
 * Codes are written in quotes, as in the area files; any other key that would read back as
 * something else than text (an id "2021", say) is quoted too.
 */
function quotedKey(key: string, always = false): Scalar | string {
  if (!always && typeof parse(key) === "string") return key;
  const scalar = new Scalar(key);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}
