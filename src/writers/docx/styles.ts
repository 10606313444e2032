import type { IParagraphStyleOptions } from "docx";
import { DOCX_FONT, halfPoints } from "./units.js";

/** A paragraph's own settings, as the DOCX writer computes them from the model. */
export interface ParagraphProps {
  alignment?: string;
  indent?: { left?: number; right?: number; firstLine?: number; hanging?: number };
  spacing?: { before?: number; after?: number; line?: number; lineRule?: string };
  keepNext?: boolean;
}

const KEYS = ["alignment", "indent", "spacing", "keepNext"] as const;

/**
 * Named paragraph styles, one per kind of block ("Isi", "Teks Tabel", "Butir Menimbang", "Tanda
 * Tangan" …). Each style holds its kind's most common settings; a paragraph names its style and
 * carries as direct formatting only what differs from it, so a clerk who changes the style in Word
 * changes all such paragraphs at once. The writer runs twice: once to survey the kinds (`survey`),
 * then with the settled styles. One registry per document.
 */
export class StyleRegistry {
  private readonly counts = new Map<string, Map<string, { props: ParagraphProps; size: number; n: number }>>();

  private constructor(private readonly settledStyles?: Map<string, { id: string; props: ParagraphProps; size: number }>) {}

  /** A registry that only records what each kind of paragraph looks like. */
  static survey(): StyleRegistry {
    return new StyleRegistry();
  }

  /** True while surveying: what the writer builds then is thrown away, so only the style counts matter. */
  get surveying(): boolean {
    return this.settledStyles === undefined;
  }

  /** The styles the survey found: for each kind, its most common settings (the first on a tie). */
  settle(): StyleRegistry {
    const styles = new Map<string, { id: string; props: ParagraphProps; size: number }>();
    for (const [name, variants] of this.counts) {
      const best = [...variants.values()].reduce((a, b) => (b.n > a.n ? b : a));
      styles.set(name, { id: styleId(name), props: best.props, size: best.size });
    }
    return new StyleRegistry(styles);
  }

  /** The style for a kind of paragraph, and what of this paragraph's settings differ from it. */
  use(name: string, props: ParagraphProps, size: number): { style: string; props: ParagraphProps; size?: number } {
    const entry = this.settledStyles?.get(name);
    if (!entry) {
      const key = JSON.stringify([props, size]);
      const variants = this.counts.get(name) ?? new Map();
      const seen = variants.get(key) ?? { props, size, n: 0 };
      seen.n += 1;
      variants.set(key, seen);
      this.counts.set(name, variants);
      return { style: styleId(name), props, size };
    }
    const own: ParagraphProps = {};
    for (const key of KEYS) {
      if (JSON.stringify(props[key]) !== JSON.stringify(entry.props[key])) (own as Record<string, unknown>)[key] = props[key];
    }
    return { style: entry.id, props: own, ...(size !== entry.size ? { size } : {}) };
  }

  /** The style definitions, in the order the kinds first appeared. */
  definitions(): IParagraphStyleOptions[] {
    return [...(this.settledStyles ?? [])].map(([name, { id, props, size }]) => ({
      id,
      name,
      basedOn: "Normal",
      quickFormat: true,
      run: { font: DOCX_FONT, size: halfPoints(size) },
      paragraph: props as IParagraphStyleOptions["paragraph"],
    }));
  }
}

function styleId(name: string): string {
  return `Rbdoc${name.replace(/[^A-Za-z0-9]/g, "")}`;
}
