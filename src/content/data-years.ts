/**
 * The years the atlas can show. The inventories of seaports, land ports of
 * entry and airports are each complete as of a date (content/infrastructure.ts,
 * content/crossings.ts, content/airports.ts; README, "Inventories"): the
 * latest year they all cover is the last year the atlas can answer for. The
 * site cannot import those files (they read the vendored airport list from
 * disk), so the dates are repeated here and a test holds them to the files.
 */

/** The inventories' "complete as of" dates, as the content files give them. */
export const INVENTORIES_COMPLETE_AS_OF = {
  seaport: '2025',
  'border-crossing': '2025-09-17',
  airport: '2025-03-30',
} as const;

/** The year of an ISO date or year (`2025-03-30` → 2025). */
function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** The latest year every inventory covers: the default, and the last year the "as of" control offers. */
export const LATEST_DATA_YEAR = Math.min(...Object.values(INVENTORIES_COMPLETE_AS_OF).map(yearOf));

/**
 * The first year the control offers: 2003, when the first Northeast
 * revitalization strategy (Zhong Fa [2003] No. 11) was issued, six years
 * before the Opinions this atlas maps.
 */
export const FIRST_AS_OF_YEAR = 2003;
