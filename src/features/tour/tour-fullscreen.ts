/**
 * Fullscreen for the presentation: the Fullscreen API on the atlas's own
 * container, so the page's masthead stays behind. Where the API is missing or
 * refused (iPhone Safari has none for elements), a CSS class makes the
 * container cover the window instead, which is the next best thing.
 */

/** The class that stands in for fullscreen where the API is missing. */
export const FALLBACK_CLASS = 'atlas-fullscreen-fallback';

export class TourFullscreen {
  private readonly target: HTMLElement;
  private readonly onChange: () => void;

  /** `onChange` is called after the target enters or leaves fullscreen, by this class or by the browser (Esc). */
  constructor(target: HTMLElement, onChange: () => void) {
    this.target = target;
    this.onChange = onChange;
    document.addEventListener('fullscreenchange', this.onChange);
  }

  get active(): boolean {
    return document.fullscreenElement === this.target || this.target.classList.contains(FALLBACK_CLASS);
  }

  async toggle(): Promise<void> {
    if (this.active) return this.exit();
    if (document.fullscreenEnabled && typeof this.target.requestFullscreen === 'function') {
      try {
        await this.target.requestFullscreen();
        return;
      } catch {
        // Refused (no user gesture, a permissions policy): fall back to covering the window.
      }
    }
    this.target.classList.add(FALLBACK_CLASS);
    this.onChange();
  }

  async exit(): Promise<void> {
    if (this.target.classList.contains(FALLBACK_CLASS)) {
      this.target.classList.remove(FALLBACK_CLASS);
      this.onChange();
    }
    if (document.fullscreenElement === this.target) await document.exitFullscreen();
  }

  remove(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
    this.target.classList.remove(FALLBACK_CLASS);
  }
}
