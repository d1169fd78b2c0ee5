/**
 * A chart as a stand-alone SVG file: the element cloned with its namespaces, size and inline styles (the charts
 * style themselves with attributes, so nothing else is needed), without the transient cursor and tooltip.
 *
 * @example download(new Blob([svgToString(svg)], { type: 'image/svg+xml' }), 'maal-1.svg')
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The outer size of an svg: its width/height attributes, else its viewBox, else 640 × 320. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || viewBox[2] || 640;
  const height = Number(svg.getAttribute('height')) || viewBox[3] || 320;
  return { width, height };
}

export function svgToString(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const transient of copy.querySelectorAll('.cursor')) transient.remove();
  const { width, height } = svgSize(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('xmlns:xlink', XLINK_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('tabindex');
  const text = new XMLSerializer().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}
