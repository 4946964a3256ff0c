/**
 * An embed's one feature besides the map: a compact caption naming the view,
 * with a link to the full atlas, whose height is posted to the host page.
 */
import { postHeightToParent } from '../../embed/post-height.ts';
import type { FeatureContext, Unmount } from '../../ui/feature-context.ts';
import { EmbedCaption } from './embed-caption.ts';

export function mountEmbed(ctx: FeatureContext): Unmount {
  const caption = new EmbedCaption({ state: ctx.state, sources: ctx.index, fullAtlasUrl: (state) => ctx.viewUrl(state) });
  ctx.container.append(caption.element);
  const stopPosting = postHeightToParent(caption.content);
  return () => {
    stopPosting();
    caption.remove();
  };
}
