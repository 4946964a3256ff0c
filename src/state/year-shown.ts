/**
 * The one answer to "which year does the atlas show?": every dated thing
 * (context layers, distances, later designations, exports) asks it here.
 */
import { FIRST_AS_OF_YEAR, LATEST_DATA_YEAR } from '../content/data-years.ts';
import type { AppState } from './app-state.ts';

/** The year the view shows: the state's `asOf`, kept within the years the data can answer for. */
export function yearShown(state: Pick<AppState, 'asOf'>): number {
  return clampYear(state.asOf);
}

/** A year within FIRST_AS_OF_YEAR…LATEST_DATA_YEAR; anything not a finite number is the latest year. */
export function clampYear(year: number): number {
  if (!Number.isFinite(year)) return LATEST_DATA_YEAR;
  return Math.min(LATEST_DATA_YEAR, Math.max(FIRST_AS_OF_YEAR, Math.round(year)));
}

/** Whether the view shows the latest year: the default, which links leave out. */
export function showsLatestYear(state: Pick<AppState, 'asOf'>): boolean {
  return yearShown(state) === LATEST_DATA_YEAR;
}
