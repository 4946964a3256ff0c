/** The comparison, wired to the atlas: its tray for the panel's header and its dialog. */
import type { FeatureContext } from '../../ui/feature-context.ts';
import { CompareView } from './compare-view.ts';

export function mountCompare(ctx: FeatureContext): { tray: HTMLElement; remove(): void } {
  const compare = new CompareView({
    data: ctx.index.data,
    spatial: ctx.index.spatial,
    state: ctx.state,
    actions: ctx.actions,
    openOnStart: true,
  });
  ctx.container.append(compare.dialog);
  return { tray: compare.tray, remove: () => compare.remove() };
}
