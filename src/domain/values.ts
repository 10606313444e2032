import { NOT_AVAILABLE, type RawValue, type ValueKind } from "../schema/values.js";

/** A value with its meaning resolved from the indicator: what renderers and calculations use. */
export type Value =
  | { kind: "angka"; value: number }
  | { kind: "persen"; value: number }
  | { kind: "kategori"; value: string; rank: number }
  | { kind: "na" };

export interface ValueContext {
  jenis: ValueKind;
  /** Categories best first, when `jenis` is kategori. */
  scale?: readonly string[];
}

export type Interpreted = { ok: true; value: Value } | { ok: false; expected: { id: string; en: string } };

export function interpretValue(raw: RawValue, ctx: ValueContext): Interpreted {
  if (raw === NOT_AVAILABLE) return { ok: true, value: { kind: "na" } };
  if (ctx.jenis === "kategori") {
    const scale = ctx.scale ?? [];
    const rank = typeof raw === "string" ? scale.indexOf(raw) : -1;
    if (rank >= 0) return { ok: true, value: { kind: "kategori", value: raw as string, rank } };
    const list = scale.join(", ");
    return {
      ok: false,
      expected: { id: `kategori ${list} atau "n.a"`, en: `a category ${list} or "n.a"` },
    };
  }
  if (typeof raw === "number") return { ok: true, value: { kind: ctx.jenis, value: raw } };
  const what = ctx.jenis === "persen" ? { id: "angka persen tanpa tanda %", en: "a percentage number without %" } : { id: "angka", en: "a number" };
  return {
    ok: false,
    expected: { id: `${what.id} (koma desimal ditulis titik) atau "n.a"`, en: `${what.en} (decimal point, not comma) or "n.a"` },
  };
}
