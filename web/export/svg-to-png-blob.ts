/**
 * A chart as a PNG: the stand-alone SVG drawn into a canvas at `scale` times its size on a white background
 * (a transparent PNG reads badly in documents), then encoded. Needs a real browser: happy-dom has no canvas, so
 * this is covered by test/browser/storage.test.ts, which also runs the other browser-only pieces.
 *
 * @example download(await svgToPngBlob(svg, 2), 'maal-1.png')
 */
import { svgSize, svgToString } from './svg-to-string.ts';

export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`PNG scale must be > 0 and ≤ 8, got ${scale}.`);
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = svg.ownerDocument.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so no PNG can be made; use SVG.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser made no PNG of the chart.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
