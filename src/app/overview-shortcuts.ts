/**
 * The two ways back to the overview that belong to the page rather than to
 * a feature: Esc anywhere in the atlas (unless something open, a list, a
 * chooser, a field or a dialog, takes it first), and the masthead's title,
 * whose plain click stays on the page while a modified click opens the
 * overview in a new tab as any link does.
 */
import type { Actions } from '../state/actions.ts';
import { onPlainClick } from '../ui/in-app-link.ts';

/** Whether Esc, pressed on `target`, means "back to the overview". */
export function escapeMeansOverview(event: Pick<KeyboardEvent, 'key' | 'defaultPrevented'>, target: Element | null): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented) return false;
  return !target?.closest('input, textarea, select, dialog, [role="dialog"]');
}

export function overviewShortcuts(container: HTMLElement, home: HTMLAnchorElement | null, actions: Pick<Actions, 'clear'>): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (escapeMeansOverview(event, event.target instanceof Element ? event.target : null)) actions.clear();
  };
  const onHome = onPlainClick(() => actions.clear());
  container.addEventListener('keydown', onKeyDown);
  home?.addEventListener('click', onHome);
  return () => {
    container.removeEventListener('keydown', onKeyDown);
    home?.removeEventListener('click', onHome);
  };
}
