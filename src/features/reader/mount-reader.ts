/**
 * The panel, wired to the atlas: the selection's details and the whole text,
 * with the header other features put in it (search, tour, share, the
 * comparison's tray), the language and colour-scheme switches, the phone's
 * sheet and the announcements a screen reader hears.
 */
import type { Palette } from '../../map/palette.ts';
import type { FeatureContext, Unmount } from '../../ui/feature-context.ts';
import { ColorSchemeSwitch, paletteFor } from '../color-scheme/color-scheme.ts';
import { BottomSheet } from '../sheet/bottom-sheet.ts';
import { LiveAnnouncer } from './live-announcer.ts';
import { Panel } from './panel.ts';

export interface ReaderOptions {
  /** The panel's element id, the target of the page's skip link. */
  panelId: string;
  /** Placed above the views, in this order. */
  header: HTMLElement[];
  /** Called with the colour table to paint in, whenever the shown colour scheme changes. */
  onPalette(palette: Palette): void;
  /** Called with how many pixels of the map's foot the phone's sheet covers (0 beside a wide screen). */
  onCover(pixels: number): void;
}

export function mountReader(ctx: FeatureContext, options: ReaderOptions): Unmount {
  const schemeSwitch = new ColorSchemeSwitch({
    state: ctx.state,
    actions: ctx.actions,
    onSchemeChange: (scheme) => options.onPalette(paletteFor(scheme)),
  });
  const panel = new Panel({
    state: ctx.state,
    actions: ctx.actions,
    contextFor: ctx.panelContext,
    header: options.header,
    id: options.panelId,
    switches: [schemeSwitch.element],
  });
  // First in the page's order, so that the search box is a few tab stops from the top rather
  // than after every control of the map; the layout's CSS still shows it beside or below the map.
  ctx.container.prepend(panel.element);
  const sheet = new BottomSheet({ panel: panel.element, state: ctx.state, onCover: options.onCover });
  const announcer = new LiveAnnouncer({ state: ctx.state, contextFor: ctx.panelContext });
  ctx.container.append(announcer.element);
  return () => {
    announcer.remove();
    sheet.remove();
    panel.remove();
    schemeSwitch.remove();
  };
}
