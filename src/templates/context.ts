import { batangTubuh, type BatangTubuhItem } from "../domain/batang-tubuh.js";
import { areaNumbers, groupByArea } from "../domain/groups.js";
import { resolveInDataDir } from "../util/confine.js";
import { formatDate } from "../domain/format.js";
import { pemdaNames } from "../domain/pemda.js";
import type { Block } from "../schema/prose.js";
import type { Area, RoadMap } from "../schema/roadmap.js";
import { buildDiagrams, type Diagrams } from "./diagrams.js";
import { buildTables, type TablesContext } from "./tables.js";

export type Edition = "salinan" | "konsep";

export interface RenderOptions {
  edition: Edition;
  lampiranOnly: boolean;
}

/**
 * Everything the templates read: names and dates already worded, tables already grouped. The
 * templates decide wording and layout; this decides nothing about either.
 */
export interface PerwaliContext {
  /** The road map is illustrative: every page carries the CONTOH mark. */
  contoh: boolean;
  ada: { tabel: boolean; gambar: boolean };
  edition: { salinan: boolean; konsep: boolean };
  lampiranOnly: boolean;
  created: string;
  pemda: RoadMap["pemda"] & { lambangPath?: string; daerah: string; daerahUpper: string; provinsiUpper?: string };
  /** The office as the heading names it; the signature prints the signatory's own jabatan. */
  kepalaDaerah: { jabatanUpper: string };
  regulasi: {
    judul: string;
    jenisUpper: string;
    nomor: string | number;
    tahun: number;
    tentang: string;
    menimbang: string[];
    mengingat: string[];
    /** BAB and Bagian headings and the Pasal, in order (src/domain/batang-tubuh.ts). */
    batangTubuh: BatangTubuhItem[];
    ditetapkan: { tempat: string; tanggal: string };
    diundangkan: { tempat: string; tanggal: string };
    /** The place and date over the Lampiran's closing signature, only when the data gives them. */
    penutupLampiran?: { tempat: string; tanggal: string };
    beritaDaerah: { daerahUpper: string; tahun: number; nomor: string | number; seriUpper?: string };
    penandaTangan: RoadMap["regulasi"]["penanda_tangan"];
    paraf: RoadMap["regulasi"]["paraf_koordinasi"];
  };
  judulDokumen: string;
  /** Kata Pengantar and the like, before the Daftar Isi and the chapters. */
  frontMatter: ProsePartView[];
  chapters: ProsePartView[];
  tables: TablesContext;
  areas: AreaView[];
  /** The areas with their hambatan under their group's name (RB General, RB Tematik), each group numbered from 1; one unnamed group without groups. */
  hambatanKelompok: { nama?: string; areas: AreaView[] }[];
  diagrams: Diagrams;
  comparison: { before: string[]; after: string[]; beforePeriod: string; afterPeriod: string };
}

interface AreaView {
  id: string;
  nomor: number;
  nama: string;
  hambatan?: Area["hambatan"];
}

export interface ProsePartView {
  bab?: string;
  judul: string;
  frontMatter: boolean;
  isi: PreparedBlock[];
}

/** A prose block with the extras a template needs: heading level, resolved image path. */
export type PreparedBlock = Block & { level?: number; imagePath?: string };

export function buildContext(rm: RoadMap, dataDir: string, options: RenderOptions): PerwaliContext {
  const names = pemdaNames(rm.pemda, rm.regulasi.jenis);
  const reg = rm.regulasi;
  const upper = (s: string) => s.toLocaleUpperCase("id");
  // A konsep leaves its nomor blank on its pages ("NOMOR .......... TAHUN 2020"): its title, outline
  // and file name leave it out too, or the draft would name a number it has not been given.
  const judul = options.edition === "konsep" ? `${names.regulasi} Tahun ${reg.tahun}` : `${names.regulasi} Nomor ${reg.nomor} Tahun ${reg.tahun}`;
  const daerah = names.daerah;
  const parts = rm.lampiran.map((part) => ({
    bab: part.bab,
    judul: part.judul,
    frontMatter: part.bab === undefined,
    isi: part.isi.map((b) => prepareBlock(b, dataDir)),
  }));
  const firstChapter = parts.findIndex((p) => !p.frontMatter);
  const split = firstChapter < 0 ? parts.length : firstChapter;
  const numbers = areaNumbers(rm);
  const areas: AreaView[] = rm.area_perubahan.map((a) => ({ id: a.id, nomor: numbers.get(a.id)?.nomor ?? 0, nama: a.hambatan?.judul ?? a.nama, hambatan: a.hambatan }));
  return {
    edition: { salinan: options.edition === "salinan", konsep: options.edition === "konsep" },
    contoh: rm.contoh,
    lampiranOnly: options.lampiranOnly,
    created: reg.ditetapkan.tanggal,
    pemda: {
      ...rm.pemda,
      lambangPath: rm.pemda.lambang ? absolute(dataDir, rm.pemda.lambang) : undefined,
      daerah,
      daerahUpper: upper(daerah),
      provinsiUpper: rm.pemda.provinsi ? upper(`Provinsi ${rm.pemda.provinsi}`) : undefined,
    },
    kepalaDaerah: { jabatanUpper: upper(names.kepalaDaerah) },
    // The Daftar Tabel and Daftar Gambar are printed only when the Lampiran has any.
    ada: {
      tabel: rm.lampiran.some((part) => part.isi.some((b) => "tabel" in b)),
      gambar: rm.lampiran.some((part) => part.isi.some((b) => "gambar" in b)),
    },
    regulasi: {
      judul,
      jenisUpper: upper(names.regulasi),
      nomor: reg.nomor,
      tahun: reg.tahun,
      tentang: reg.tentang,
      menimbang: reg.menimbang,
      mengingat: reg.mengingat,
      batangTubuh: batangTubuh(reg),
      ditetapkan: { tempat: reg.ditetapkan.tempat, tanggal: formatDate(reg.ditetapkan.tanggal) },
      diundangkan: { tempat: reg.diundangkan.tempat, tanggal: formatDate(reg.diundangkan.tanggal) },
      ...(reg.penutup_lampiran ? { penutupLampiran: { tempat: reg.penutup_lampiran.tempat, tanggal: formatDate(reg.penutup_lampiran.tanggal) } } : {}),
      beritaDaerah: {
        daerahUpper: upper(daerah),
        tahun: reg.berita_daerah.tahun,
        nomor: reg.berita_daerah.nomor,
        seriUpper: reg.berita_daerah.seri ? upper(reg.berita_daerah.seri) : undefined,
      },
      penandaTangan: reg.penanda_tangan,
      paraf: reg.paraf_koordinasi,
    },
    judulDokumen: rm.judul_dokumen,
    frontMatter: parts.slice(0, split),
    chapters: parts.slice(split),
    tables: buildTables(rm, numbers),
    areas,
    hambatanKelompok: groupByArea(rm, areas.filter((a) => a.hambatan), (a) => a.id).map((g) => ({ nama: g.kelompok?.nama, areas: g.items })),
    diagrams: buildDiagrams(rm),
    comparison: {
      before: rm.evaluasi_sebelumnya?.sasaran.map((s) => s.nama) ?? [],
      after: rm.sasaran.map((s) => s.nama),
      beforePeriod: rm.evaluasi_sebelumnya ? `${rm.evaluasi_sebelumnya.periode.mulai}-${rm.evaluasi_sebelumnya.periode.selesai}` : "",
      afterPeriod: `${rm.periode.mulai}-${rm.periode.selesai}`,
    },
  };
}

export function prepareBlock(block: Block, dataDir: string): PreparedBlock {
  if ("judul" in block) return { ...block, level: block.judul.nomor ? Math.min(3, block.judul.nomor.split(".").length) : 3 };
  if ("gambar" in block && block.gambar.berkas) return { ...block, imagePath: absolute(dataDir, block.gambar.berkas) };
  return block;
}

/** The real path of a file the data names, already confined to the data folder by validation. */
export function absolute(dataDir: string, path: string): string {
  const found = resolveInDataDir(dataDir, path);
  if (!found.ok) throw new Error(`berkas '${path}' lolos pemeriksaan padahal ${found.reason}`);
  return found.path;
}
