import type { LocalizedText } from "../diagnostics/diagnostic.js";
import { NOT_AVAILABLE, type RawValue, type ValueKind } from "../schema/values.js";
import { readAngka } from "./angka.js";

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

/**
 * A value that cannot be read says what was expected; a number written wrong ("1.48") also says
 * how to write it (`angka`), which is then the message.
 */
export type NotRead = { ok: false; expected: { id: string; en: string }; angka?: LocalizedText };
export type Interpreted = { ok: true; value: Value } | NotRead;

/** The message for a value that could not be read, `found` quoting it as written. */
export function notReadMessage(r: NotRead, found: string): LocalizedText {
  if (r.angka) return { id: `${found}: ${r.angka.id}`, en: `${found}: ${r.angka.en}` };
  return { id: `diharapkan ${r.expected.id}, ditemukan ${found}`, en: `expected ${r.expected.en}, found ${found}` };
}

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
  // A number written as text is read the Indonesian way: "254,5", "1.480".
  const n = readAngka(raw);
  if (n?.ok) return { ok: true, value: { kind: ctx.jenis, value: n.value } };
  const what = ctx.jenis === "persen" ? { id: "angka persen tanpa tanda %", en: "a percentage number without %" } : { id: "angka", en: "a number" };
  return {
    ok: false,
    expected: { id: `${what.id} atau "n.a"`, en: `${what.en} or "n.a"` },
    ...(n ? { angka: n.message } : {}),
  };
}

/** The number a value states: a number, or a number written as text ("4,00", "1.480"); otherwise undefined. */
export function numberOf(raw: RawValue | undefined): number | undefined {
  if (typeof raw === "number") return raw;
  if (raw === undefined || raw === NOT_AVAILABLE) return undefined;
  const n = readAngka(raw);
  return n?.ok ? n.value : undefined;
}
