/** Age bands of the open ticket queue. */

const DAY = 86_400_000;

/** The bands, youngest first; `1–3d` holds ages from 1 day up to, not including, 3 days. */
export const AGE_BANDS = ['<1d', '1–3d', '3–7d', '7–30d', '>30d'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Where each band starts, in days. An age equal to a band's start belongs to it (30 days is `>30d`). */
const BAND_STARTS = [0, 1, 3, 7, 30].map((days) => days * DAY);

/** The index in AGE_BANDS of an age in milliseconds. */
export function ageBandOf(ageMs: number): number {
  let band = 0;
  while (band + 1 < BAND_STARTS.length && ageMs >= (BAND_STARTS[band + 1] as number)) band++;
  return band;
}
