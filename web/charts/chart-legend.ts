/**
 * A legend drawn inside the svg (so an exported SVG/PNG keeps it): swatch + text per item, wrapping to more
 * rows when the width runs out. Text widths are estimated, not measured, so layout is identical in a test DOM.
 */
import type { Selection } from 'd3';

export interface LegendItem {
  label: string;
  /** How the swatch looks: a filled box, a line (optionally dashed), or a point. */
  swatch: { kind: 'box'; fill: string } | { kind: 'line'; stroke: string; dash?: string } | { kind: 'point' };
}

const ROW_HEIGHT = 18;
const SWATCH = 14;
/** Average advance of a 12px system-ui glyph; generous so labels never collide. */
const CHAR_WIDTH = 6.6;

/** Draws the legend at (x, y) and returns its height in px. */
export function drawLegend(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
): number {
  const legend = layer.append('g').attr('class', 'legend').attr('aria-hidden', 'true');
  let column = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + item.label.length * CHAR_WIDTH + 14;
    if (column > 0 && column + itemWidth > width) {
      column = 0;
      row += 1;
    }
    const g = legend.append('g').attr('transform', `translate(${x + column},${y + row * ROW_HEIGHT})`);
    const swatch = item.swatch;
    if (swatch.kind === 'box') {
      g.append('rect').attr('width', SWATCH).attr('height', 10).attr('y', 2).attr('fill', swatch.fill);
    } else if (swatch.kind === 'line') {
      g.append('line')
        .attr('x1', 0)
        .attr('x2', SWATCH)
        .attr('y1', 7)
        .attr('y2', 7)
        .attr('stroke', swatch.stroke)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', swatch.dash ?? null);
    } else {
      g.append('circle')
        .attr('cx', SWATCH / 2)
        .attr('cy', 7)
        .attr('r', 4)
        .attr('fill', '#1a1a1a')
        .attr('stroke', '#fff');
    }
    g.append('text')
      .attr('x', SWATCH + 6)
      .attr('y', 11)
      .attr('fill', 'currentColor')
      .text(item.label);
    column += itemWidth;
  }
  return (row + 1) * ROW_HEIGHT;
}
