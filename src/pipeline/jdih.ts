import { createHash } from "node:crypto";
import { REGULATION_TITLE } from "../domain/pemda.js";
import type { RoadMap } from "../schema/roadmap.js";

/** A file the run writes, as the JDIH entry lists it. */
export interface JdihFile {
  name: string;
  bytes: Uint8Array;
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * What a JDIH (Jaringan Dokumentasi dan Informasi Hukum) entry for the regulation needs, from the
 * data the document was made from: written beside the salinan as `<name>.jdih.json`, so the
 * entry is filled in from the same data as the PDF, not typed again. The files are named with
 * their size and SHA-256, so the entry says which files it describes.
 */
export function jdihEntry(rm: RoadMap, files: readonly JdihFile[]): string {
  const reg = rm.regulasi;
  const entry = {
    jenis: REGULATION_TITLE[reg.jenis],
    nomor: String(reg.nomor),
    tahun: reg.tahun,
    judul: reg.tentang,
    tempat_penetapan: reg.ditetapkan.tempat,
    tanggal_penetapan: reg.ditetapkan.tanggal,
    tempat_pengundangan: reg.diundangkan.tempat,
    tanggal_pengundangan: reg.diundangkan.tanggal,
    ...(reg.pemrakarsa ? { pemrakarsa: reg.pemrakarsa } : {}),
    berita_daerah: { tahun: reg.berita_daerah.tahun, nomor: String(reg.berita_daerah.nomor), ...(reg.berita_daerah.seri ? { seri: reg.berita_daerah.seri } : {}) },
    status: "berlaku",
    // What it repeals and who signed it: a JDIH entry lists both ("mencabut", "penandatangan").
    ...(reg.mencabut.length > 0 ? { mencabut: reg.mencabut.map((r) => ({ jenis: r.jenis, nomor: String(r.nomor), tahun: r.tahun, judul: r.tentang })) } : {}),
    penandatangan: { jabatan: reg.penanda_tangan.kepala_daerah.jabatan.replace(/\s*\n\s*/g, " "), nama: reg.penanda_tangan.kepala_daerah.nama },
    bahasa: "Indonesia",
    berkas: files.map((f) => ({
      nama: f.name,
      jenis: MEDIA_TYPES[f.name.split(".").pop() ?? ""] ?? "application/octet-stream",
      ukuran: f.bytes.byteLength,
      sha256: createHash("sha256").update(f.bytes).digest("hex"),
    })),
  };
  return `${JSON.stringify(entry, null, 2)}\n`;
}
