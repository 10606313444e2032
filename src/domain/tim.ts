import type { RoadMap } from "../schema/roadmap.js";

type Tim = RoadMap["tim"];
type TeamRow = Tim["pengarah"][number];

/** The office that chairs a team: the row whose role is "Ketua …" (not "Wakil Ketua"). */
export function ketuaTim(rows: readonly TeamRow[]): string | undefined {
  const row = rows.find((r) => /^ketua\b/i.test(r.jabatan_tim.trim()));
  if (!row) return undefined;
  return (Array.isArray(row.jabatan_kedinasan) ? row.jabatan_kedinasan.join(", ") : row.jabatan_kedinasan).replace(/[;.]\s*$/, "");
}

/** How many offices sit on a team: each office of a list counts once. */
export function jumlahJabatan(rows: readonly TeamRow[]): number {
  return rows.reduce((n, r) => n + (Array.isArray(r.jabatan_kedinasan) ? r.jabatan_kedinasan.length : 1), 0);
}

/** The team's meetings from `mulai` to `selesai` (YYYY-MM-DD, both included), in date order. */
export function rapatDalam(tim: Tim, mulai: string, selesai: string): Tim["rapat"] {
  return tim.rapat.filter((r) => r.tanggal >= mulai && r.tanggal <= selesai).sort((a, b) => a.tanggal.localeCompare(b.tanggal));
}

/** The Tim RB as both reports profile it: values only; the templates word them. */
export interface ProfilTim {
  sk?: { nomor: string | number; tanggal: string; tentang: string };
  pengarah: { ketua?: string; jumlah: number };
  pelaksana: { ketua?: string; jumlah: number };
  monev?: { ketua?: string; jumlah: number };
  pokja: { nama: string; area: string[]; pd: string[] }[];
  jadwal: { waktu: string; kegiatan: string }[];
  /** Meetings held within the report's dates. */
  rapat: { tanggal: string; agenda: string; tempat?: string }[];
}

/**
 * The profile of the Tim RB for a report over `mulai`-`selesai` (YYYY-MM-DD). `areaLabel` and
 * `pdLabel` name an area and a PD as the report prints them; `tanggal` writes a date.
 */
export function profilTim(tim: Tim, mulai: string, selesai: string, areaLabel: (id: string) => string, pdLabel: (id: string) => string, tanggal: (iso: string) => string): ProfilTim {
  return {
    ...(tim.sk ? { sk: { nomor: tim.sk.nomor, tanggal: tanggal(tim.sk.tanggal), tentang: tim.sk.tentang } } : {}),
    pengarah: { ketua: ketuaTim(tim.pengarah), jumlah: jumlahJabatan(tim.pengarah) },
    pelaksana: { ketua: ketuaTim(tim.pelaksana), jumlah: jumlahJabatan(tim.pelaksana) },
    ...(tim.monev.length > 0 ? { monev: { ketua: ketuaTim(tim.monev), jumlah: jumlahJabatan(tim.monev) } } : {}),
    pokja: tim.pokja.map((p) => ({ nama: p.nama, area: p.area.map(areaLabel), pd: p.pd.map(pdLabel) })),
    jadwal: tim.jadwal_monev.map((j) => ({ waktu: j.waktu, kegiatan: j.kegiatan })),
    rapat: rapatDalam(tim, mulai, selesai).map((r) => ({ tanggal: tanggal(r.tanggal), agenda: r.agenda, ...(r.tempat ? { tempat: r.tempat } : {}) })),
  };
}
