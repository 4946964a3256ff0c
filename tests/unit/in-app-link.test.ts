import { describe, expect, it, vi } from 'vitest';
import { isPlainClick, onPlainClick } from '../../src/ui/in-app-link.ts';

const click = (changes: Partial<MouseEvent> = {}) => ({
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  preventDefault: vi.fn(),
  ...changes,
});

describe('in-app links', () => {
  it('open the view in place on a plain click, without the page load', () => {
    const open = vi.fn();
    const event = click();
    onPlainClick(open)(event as unknown as MouseEvent);
    expect(open).toHaveBeenCalledOnce();
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each([
    ['Ctrl (a new tab)', { ctrlKey: true }],
    ['⌘ (a new tab on a Mac)', { metaKey: true }],
    ['Shift (a new window)', { shiftKey: true }],
    ['Alt (download)', { altKey: true }],
    ['the middle button (a new tab)', { button: 1 }],
    ['the right button', { button: 2 }],
  ])('leave a click with %s to the browser', (_, changes) => {
    const open = vi.fn();
    const event = click(changes);
    expect(isPlainClick(event)).toBe(false);
    onPlainClick(open)(event as unknown as MouseEvent);
    expect(open).not.toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
