/**
 * The addresses Share and print give out. The one-file copy is opened from
 * the reader's own disk: its address is a path there, which no one else can
 * open and which names the reader's folders, so it gives none, and the views
 * that need one (link, embed) say that they need the atlas on its website.
 */
import { isOneFileCopy } from '../../data/data-source.ts';
import type { AppState, Selection } from '../../state/app-state.ts';
import type { FeatureContext } from '../../ui/feature-context.ts';

export interface SharedAddresses {
  /** A view's address, or as an embed; `null` where the page has none to give. */
  viewUrl(state: AppState, options?: { embed?: boolean }): string | null;
  /** A selection's stable address as of a year, for a citation; `null` where the page has none to give. */
  citeUrl(selection: Selection | null, asOf: number): string | null;
}

export function sharedAddresses(ctx: Pick<FeatureContext, 'viewUrl' | 'citeUrl'>, oneFileCopy: boolean = isOneFileCopy()): SharedAddresses {
  if (oneFileCopy) return { viewUrl: () => null, citeUrl: () => null };
  return { viewUrl: ctx.viewUrl, citeUrl: ctx.citeUrl };
}
