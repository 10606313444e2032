import { describe, expect, it } from "vitest";
import { breakPoints, hyphenateLongWords } from "../src/typography/hyphenate.js";

const syllables = (word: string) => breakPoints(word).join("-");

describe("Indonesian word breaks", () => {
  it("keep -kan whole and a diphthong in one syllable", () => {
    expect(syllables("berdasarkan")).toBe("ber-da-sar-kan");
    expect(syllables("perbaikan")).toBe("per-bai-kan");
  });

  it("never start a syllable with consonants no syllable starts with, nor leave one without a vowel", () => {
    expect(syllables("terjadwal")).toBe("ter-jad-wal");
    expect(syllables("dijadwalkan")).toBe("di-jad-wal-kan");
    expect(syllables("standardisasi")).toBe("stan-dar-di-sa-si");
    expect(syllables("pertanggungjawaban")).toBe("per-tang-gung-ja-wab-an");
    expect(syllables("terstruktur")).toBe("ter-struk-tur");
    // Loan clusters stay together.
    expect(syllables("instrumen")).toBe("in-stru-men");
    expect(syllables("program")).toBe("pro-gram");
  });

  it("give a prefix's consonant to the vowel after it, but keep a suffix -an apart, as KBBI does", () => {
    expect(syllables("Perangkat")).toBe("Pe-rang-kat");
    expect(syllables("perencanaan")).toBe("pe-ren-ca-na-an");
    expect(syllables("pencatatan")).toBe("pen-ca-tat-an");
    expect(syllables("keuangan")).toBe("ke-u-ang-an");
  });

  it("break a compound the patterns cannot see into at its own syllables", () => {
    expect(syllables("ditindaklanjuti")).toBe("di-tin-dak-lan-ju-ti");
    expect(syllables("tindaklanjut")).toBe("tin-dak-lan-jut");
    expect(syllables("Birokrasi")).toBe("Bi-ro-kra-si");
    expect(syllables("terakhir")).toBe("ter-a-khir");
  });

  it("give back the word whole when joined", () => {
    for (const w of ["Bappedalitbang", "Sekretariat", "mengkomunikasikan", "akuntabilitas", "evaluasi"]) expect(breakPoints(w).join("")).toBe(w);
  });
});

describe("a word wider than its column", () => {
  it("is broken at syllables with a hyphen for the PDF, and with soft hyphens for the DOCX, which keep it one word", () => {
    const text = [{ type: "text" as const, text: "Bappedalitbang" }];
    const narrow = 40; // points: less than the word at 7 pt
    const hard = hyphenateLongWords(text, narrow, 7);
    const soft = hyphenateLongWords(text, narrow, 7, "\u00ad");
    expect(hard[0].type === "text" && hard[0].text).toMatch(/^Bap\p{L}*-\p{L}+/u);
    const softText = soft[0].type === "text" ? soft[0].text : "";
    expect(softText).toContain("\u00ad");
    expect(softText.replace(/\u00ad/g, "")).toBe("Bappedalitbang");
    expect(softText.replace(/\u00ad/g, "-")).toBe(hard[0].type === "text" ? hard[0].text : "");
  });
});
