import type { Instrumen, Komponen } from "../schema/evaluasi.js";

/** A komponen's score: the self-assessment and, where given, the official score and the gap. */
export interface NodeScore {
  id: string;
  nama: string;
  bobot: number;
  /** 0 for the top komponen of a part. */
  depth: number;
  leaf: boolean;
  /** Weighted score; undefined while any leaf below is not yet assessed (missing is not zero). */
  mandiri?: number;
  resmi?: number;
  /** resmi − mandiri, where both exist. */
  selisih?: number;
  dinilai: number;
  daun: number;
  /** The weights of its sub-komponen are an assumption, not published ones ('bobot_asumsi'). */
  bobotAsumsi: boolean;
  /** Its own weight is one of those: its parent (or part) says its sub-komponen weights are assumed. */
  bobotDiasumsikan: boolean;
}

export interface BagianScore {
  id: string;
  nama: string;
  total: number;
  nodes: NodeScore[];
  mandiri?: number;
  resmi?: number;
  selisih?: number;
  predikatMandiri?: string;
  predikatResmi?: string;
  dinilai: number;
  daun: number;
  /** The weights of the part's top komponen are an assumption. */
  bobotAsumsi: boolean;
  /** Names of the komponen, the part's own name first, whose sub-komponen weights are assumed. */
  asumsi: string[];
}

const DEFAULT_RANGE: [number, number] = [0, 100];

/** Weighted totals of every node, part by part, computed from the leaves' self-assessment. */
export function scoreInstrument(inst: Instrumen, mandiri: Readonly<Record<string, number>>, resmi: Readonly<Record<string, number>>): BagianScore[] {
  return inst.bagian.map((b) => {
    const nodes: NodeScore[] = [];
    let sum = 0;
    let complete = true;
    let dinilai = 0;
    let daun = 0;
    for (const k of b.komponen) {
      const s = walk(k, 0, mandiri, resmi, nodes, b.bobot_asumsi === true);
      if (s.mandiri === undefined) complete = false;
      else sum += s.mandiri;
      dinilai += s.dinilai;
      daun += s.daun;
    }
    const m = complete ? sum : undefined;
    const r = resmi[b.id];
    return {
      id: b.id,
      nama: b.nama,
      total: b.total,
      nodes,
      mandiri: m,
      resmi: r,
      selisih: m !== undefined && r !== undefined ? r - m : undefined,
      predikatMandiri: m === undefined ? undefined : predikatRb(inst.predikat, (m / b.total) * 100),
      predikatResmi: r === undefined ? undefined : predikatRb(inst.predikat, (r / b.total) * 100),
      dinilai,
      daun,
      bobotAsumsi: b.bobot_asumsi === true,
      asumsi: [...(b.bobot_asumsi ? [b.nama] : []), ...nodes.filter((n) => n.bobotAsumsi).map((n) => n.nama)],
    };
  });
}

function walk(k: Komponen, depth: number, mandiri: Readonly<Record<string, number>>, resmi: Readonly<Record<string, number>>, out: NodeScore[], diasumsikan: boolean): NodeScore {
  const bobotAsumsi = k.bobot_asumsi === true && k.komponen !== undefined;
  const node: NodeScore = { id: k.id, nama: k.nama, bobot: k.bobot, depth, leaf: !k.komponen, dinilai: 0, daun: 0, bobotAsumsi, bobotDiasumsikan: diasumsikan };
  out.push(node);
  if (!k.komponen) {
    const [min, max] = k.rentang ?? DEFAULT_RANGE;
    const v = mandiri[k.id];
    node.daun = 1;
    if (v !== undefined) {
      node.mandiri = ((v - min) / (max - min)) * k.bobot;
      node.dinilai = 1;
    }
  } else {
    let sum = 0;
    let complete = true;
    for (const c of k.komponen) {
      const s = walk(c, depth + 1, mandiri, resmi, out, bobotAsumsi);
      node.dinilai += s.dinilai;
      node.daun += s.daun;
      if (s.mandiri === undefined) complete = false;
      else sum += s.mandiri;
    }
    node.mandiri = complete ? sum : undefined;
  }
  node.resmi = resmi[k.id];
  if (node.mandiri !== undefined && node.resmi !== undefined) node.selisih = node.resmi - node.mandiri;
  return node;
}

/** AA > 90, A > 80, …: the first band whose bound the value exceeds; the band without a bound is the lowest. */
export function predikatRb(scale: Instrumen["predikat"], nilai: number): string {
  const bounded = scale.filter((p) => p.lebih_dari !== undefined).sort((a, b) => b.lebih_dari! - a.lebih_dari!);
  return bounded.find((p) => nilai > p.lebih_dari!)?.predikat ?? scale.find((p) => p.lebih_dari === undefined)?.predikat ?? bounded.at(-1)!.predikat;
}

/** Every komponen of an instrument with its path of ids, leaves marked. */
export function komponenOf(inst: Instrumen): { id: string; leaf: boolean; path: (string | number)[]; node: Komponen | undefined }[] {
  const out: { id: string; leaf: boolean; path: (string | number)[]; node: Komponen | undefined }[] = [];
  inst.bagian.forEach((b, bi) => {
    out.push({ id: b.id, leaf: false, path: ["bagian", bi], node: undefined });
    const visit = (k: Komponen, path: (string | number)[]) => {
      out.push({ id: k.id, leaf: !k.komponen, path, node: k });
      k.komponen?.forEach((c, ci) => visit(c, [...path, "komponen", ci]));
    };
    b.komponen.forEach((k, ki) => visit(k, ["bagian", bi, "komponen", ki]));
  });
  return out;
}
