import { isMap, isPair, isScalar, Scalar, type Document } from "yaml";

/** The example-data generators' random numbers: mulberry32, small and seeded, the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rencana aksi and quick-win codes are quoted as in the area files, so "1.10" can never read back as a number. */
export function quoteCodes(doc: Document): void {
  const laporan = doc.get("laporan", true);
  if (!isMap(laporan)) return;
  for (const pd of laporan.items) {
    for (const field of ["rencana_aksi", "quick_wins"]) {
      const codes = isPair(pd) && isMap(pd.value) ? pd.value.get(field, true) : undefined;
      if (!isMap(codes)) continue;
      for (const pair of codes.items) {
        if (isScalar(pair.key)) pair.key.type = Scalar.QUOTE_DOUBLE;
        else pair.key = Object.assign(new Scalar(pair.key), { type: Scalar.QUOTE_DOUBLE });
      }
    }
  }
}
