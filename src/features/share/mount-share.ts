/**
 * Share, wired to the atlas: the button for the panel's header and the
 * dialog, which exports what the map shows while the map is up.
 */
import { isOneFileCopy } from '../../data/data-source.ts';
import { DATA_ZIP_PATH } from '../../data/data-zip-path.ts';
import type { FeatureContext } from '../../ui/feature-context.ts';
import { ShareDialog } from './share-dialog.ts';
import { sharedAddresses } from './shared-addresses.ts';

export function mountShare(ctx: FeatureContext): { button: HTMLElement; remove(): void } {
  const share = new ShareDialog({
    state: ctx.state,
    sources: ctx.index,
    map: () => ctx.liveMap()?.map ?? null,
    ...sharedAddresses(ctx),
    // The one-file copy has no files beside it to download.
    dataZipUrl: isOneFileCopy() ? null : new URL(DATA_ZIP_PATH, document.baseURI).href,
  });
  ctx.container.append(share.dialog);
  return { button: share.button, remove: () => share.remove() };
}
