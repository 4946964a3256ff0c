/**
 * Counts what a component leaves behind on the page: event listeners on the
 * window and the document, and live resize, mutation and intersection
 * observers. Installed before the component's code is loaded.
 */
export interface LeakProbe {
  /** Listeners on the window and document that were added and not removed. */
  listeners(): number;
  /** Observers still observing something. */
  observers(): number;
  /** The listeners left, as `target:type:listener:capture` keys, to say what leaked. */
  listenerKeys(): string[];
}

export function installLeakProbe(): LeakProbe {
  const globalTargets = new Set<EventTarget>([window, document, document.documentElement, document.body]);
  const live = new Set<string>();
  const keys = new WeakMap<object, number>();
  let next = 0;
  const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    const id = (object: object) => {
      if (!keys.has(object)) keys.set(object, ++next);
      return keys.get(object);
    };
    return `${id(target)}:${type}:${id(listener as object)}:${capture}`;
  };
  /**
   * Whether the code adding a listener is the page's own. The test driver
   * (Playwright) injects scripts that add listeners and observers of their own
   * when it clicks or waits; they run as anonymous scripts and are not counted.
   */
  const fromPage = () => !(new Error().stack?.split('\n')[3] ?? '').includes('<anonymous>');
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && globalTargets.has(this) && fromPage()) live.add(keyOf(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener && globalTargets.has(this)) live.delete(keyOf(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };

  const observing = new Set<object>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as { prototype: { observe: (...args: unknown[]) => void; disconnect: () => void } };
    const observe = Original.prototype.observe;
    const disconnect = Original.prototype.disconnect;
    Original.prototype.observe = function (this: object, ...args: unknown[]) {
      if (fromPage()) observing.add(this);
      return observe.apply(this, args);
    };
    Original.prototype.disconnect = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
  }
  return { listeners: () => live.size, observers: () => observing.size, listenerKeys: () => [...live] };
}
