/** What the panel offers a teacher: the presentation, and the classroom copy. */
import { describe, expect, it, vi } from 'vitest';
import { CLASSROOM_COPY_FILE, TourLauncher } from '../../../src/features/tour/tour-launcher.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import { byRole, click } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

describe('the tour launcher', () => {
  it('a button opens the presentation', () => {
    const onPresent = vi.fn();
    const launcher = new TourLauncher({ onPresent }, EN);
    document.body.append(launcher.element);
    click(byRole(document.body, 'button', { name: EN.tourStart }));
    expect(onPresent).toHaveBeenCalledTimes(1);
  });

  it('links to the one-file classroom copy, as a download', () => {
    const launcher = new TourLauncher({ onPresent: () => undefined }, EN);
    document.body.append(launcher.element);
    const link = byRole(document.body, 'link', { name: EN.classroomCopy }) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(`./${CLASSROOM_COPY_FILE}`);
    expect(link.getAttribute('download')).toBe(CLASSROOM_COPY_FILE);
  });

  it('relabels both in Chinese', () => {
    const launcher = new TourLauncher({ onPresent: () => undefined }, EN);
    document.body.append(launcher.element);
    launcher.setLanguage(ZH);
    expect(byRole(document.body, 'button', { name: ZH.tourStart })).toBeTruthy();
    expect(byRole(document.body, 'link', { name: ZH.classroomCopy })).toBeTruthy();
  });
});
