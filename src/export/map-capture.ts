/**
 * A copy of the map's WebGL canvas. The drawing buffer is cleared after each
 * frame unless `preserveDrawingBuffer` is on, which costs every reader
 * performance; reading inside the `render` event that follows a requested
 * repaint gets the frame before it is cleared (visgl/react-map-gl#2485).
 */

/** The parts of a MapLibre map the capture uses. */
export interface CapturableMap {
  getCanvas(): HTMLCanvasElement;
  once(type: 'render', listener: () => void): unknown;
  triggerRepaint(): void;
}

export function captureMapCanvas(
  map: CapturableMap,
  createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas'),
): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const copy = createCanvas();
        copy.width = source.width;
        copy.height = source.height;
        const context = copy.getContext('2d');
        if (!context) throw new Error('no 2D context for the map copy');
        context.drawImage(source, 0, 0);
        resolve(copy);
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}
