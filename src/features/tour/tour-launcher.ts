/**
 * What the page offers a teacher: a button that opens the presentation tour,
 * and a link to the one-file classroom copy of the atlas (hidden in that copy
 * itself, which has nothing further to download).
 */
import './tour.css';
import { isOneFileCopy } from '../../data/data-source.ts';
import type { Strings } from '../../i18n/strings.ts';
import { el } from '../../ui/dom.ts';

export interface TourLauncherOptions {
  onPresent(): void;
  /** The classroom copy's address, relative to the page. Default: the file the build writes beside it. */
  classroomCopyUrl?: string;
}

export const CLASSROOM_COPY_FILE = 'atlas-offline.html';

export class TourLauncher {
  readonly element: HTMLElement;
  private readonly present: HTMLButtonElement;
  private readonly copy: HTMLAnchorElement;

  constructor(options: TourLauncherOptions, strings: Strings) {
    this.present = el('button', {
      className: 'tour-launcher__present',
      attrs: { type: 'button' },
      on: { click: () => options.onPresent() },
    });
    this.copy = el('a', {
      className: 'tour-launcher__copy',
      attrs: { href: options.classroomCopyUrl ?? `./${CLASSROOM_COPY_FILE}`, download: CLASSROOM_COPY_FILE },
    });
    this.copy.hidden = isOneFileCopy();
    this.element = el('div', { className: 'tour-launcher' }, [this.present, this.copy]);
    this.setLanguage(strings);
  }

  setLanguage(strings: Strings): void {
    this.present.textContent = strings.tourStart;
    this.copy.textContent = strings.classroomCopy;
  }
}
