/**
 * Questions of the later designations, each for the year the page shows:
 * what had been designated by then, what a place's panel lists, what
 * followed a clause's places. All go through `asOf`, like the inventories.
 */
import type { LaterDesignationFeature } from '../content/later-designation-types.ts';
import { asOf } from './as-of.ts';

/** The designations made by `year` (in their year and after), oldest first. */
export function laterDesignationsIn(all: readonly LaterDesignationFeature[], year: number): LaterDesignationFeature[] {
  const shown = asOf(all.map((feature) => ({ feature, opened: feature.properties.opened })), year);
  return shown.map(({ feature }) => feature).sort((a, b) => a.properties.date.localeCompare(b.properties.date));
}

/** The latest year any designation was made in: the year the list covers up to. */
export function latestDesignationYear(all: readonly LaterDesignationFeature[]): number {
  return Math.max(...all.map((feature) => feature.properties.opened));
}

/** Those of `shown` that lie in or cover one of the places, each once, in their order. */
export function designationsFollowing(shown: readonly LaterDesignationFeature[], placeIds: readonly string[]): LaterDesignationFeature[] {
  const ids = new Set(placeIds);
  return shown.filter((feature) => feature.properties.hosts.some((host) => ids.has(host)));
}
