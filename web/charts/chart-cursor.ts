/**
 * A month cursor for a chart, driven by the pointer and the keyboard: ←/→ move a month, Home/End jump to the
 * ends, PageUp/PageDown move a year, Escape hides it. It draws a vertical rule and a tooltip box whose text is a
 * polite live region, so screen-reader users hear the numbers that sighted users see.
 */
import { leastIndex, pointer, type Selection } from 'd3';
import { monthToDate } from '../i18n/format.ts';
import type { ChartFrame } from './chart-frame.ts';
import type { MonthScale } from './fan-layers.ts';

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ChartCursorOptions {
  frame: ChartFrame;
  /** The months the cursor can stop at, ascending. */
  months: readonly string[];
  x: MonthScale;
  plot: PlotArea;
  /** The tooltip text for a month, one string a line. */
  linesAt: (month: string) => string[];
  /** Where the cursor lands when the chart gets keyboard focus (default: the last month). */
  focusMonth?: string;
  /** Called after every move, e.g. to sync another view. */
  onMove?: (month: string, lines: string[]) => void;
}

/** Control over a chart's cursor, returned by the render functions. */
export interface ChartCursor {
  /** Show the cursor at `months[index]` (clamped to the range). */
  moveTo(index: number): void;
  hide(): void;
  /** The index the cursor is at, or undefined when hidden. */
  index(): number | undefined;
  /** The tooltip lines now shown (empty when hidden). */
  lines(): string[];
}

const LINE_HEIGHT = 16;
const CHAR_WIDTH = 6.6;
const STEP_BY_KEY: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  PageUp: -12,
  PageDown: 12,
};

export function attachChartCursor(options: ChartCursorOptions): ChartCursor {
  const { frame, months, x, plot, linesAt } = options;
  const { svg, signal } = frame;
  const layer = svg.append('g').attr('class', 'cursor');
  const rule = layer
    .append('line')
    .attr('class', 'cursor-rule')
    .attr('y1', plot.top)
    .attr('y2', plot.top + plot.height)
    .attr('stroke', '#1a1a1a')
    .attr('stroke-width', 1)
    .attr('aria-hidden', 'true')
    .style('display', 'none');
  const tooltip = layer
    .append('g')
    .attr('class', 'tooltip')
    .attr('role', 'status')
    .attr('aria-live', 'polite')
    .attr('aria-atomic', 'true');
  const box = tooltip.append('rect').attr('class', 'tooltip-box').attr('rx', 4).style('display', 'none');
  const text = tooltip.append('text').attr('class', 'tooltip-text').attr('fill', '#1a1a1a');

  let current: number | undefined;
  let shown: string[] = [];

  const moveTo = (wanted: number): void => {
    if (months.length === 0) return;
    const index = Math.min(months.length - 1, Math.max(0, Math.round(wanted)));
    const month = months[index] ?? '';
    current = index;
    shown = linesAt(month);
    const px = x(monthToDate(month));
    rule.attr('x1', px).attr('x2', px).style('display', null);
    drawTooltip(box, text, shown, px, plot);
    options.onMove?.(month, shown);
  };
  const hide = (): void => {
    current = undefined;
    shown = [];
    rule.style('display', 'none');
    box.style('display', 'none');
    text.selectChildren().remove();
  };

  const node = svg.node();
  if (node) {
    const overlay = svg
      .insert('rect', '.cursor')
      .attr('class', 'pointer-overlay')
      .attr('x', plot.left)
      .attr('y', plot.top)
      .attr('width', plot.width)
      .attr('height', plot.height)
      .attr('fill', 'transparent')
      .attr('aria-hidden', 'true');
    const overlayNode = overlay.node();
    overlayNode?.addEventListener(
      'pointermove',
      (event) => {
        const [px] = pointer(event, node);
        const nearest = leastIndex(months, (month) => Math.abs(x(monthToDate(month)) - px));
        if (nearest !== undefined) moveTo(nearest);
      },
      { signal },
    );
    overlayNode?.addEventListener(
      'pointerleave',
      () => {
        if (node.ownerDocument.activeElement !== node) hide();
      },
      { signal },
    );
    node.addEventListener(
      'focus',
      () => {
        if (current !== undefined) return;
        const start = options.focusMonth ? months.indexOf(options.focusMonth) : -1;
        moveTo(start >= 0 ? start : months.length - 1);
      },
      { signal },
    );
    node.addEventListener('blur', hide, { signal });
    node.addEventListener('keydown', (event) => handleKey(event, current, months.length, moveTo, hide), {
      signal,
    });
  }
  return { moveTo, hide, index: () => current, lines: () => [...shown] };
}

function handleKey(
  event: KeyboardEvent,
  current: number | undefined,
  count: number,
  moveTo: (index: number) => void,
  hide: () => void,
): void {
  const step = STEP_BY_KEY[event.key];
  const from = current ?? count - 1;
  if (step !== undefined) moveTo(current === undefined ? from : from + step);
  else if (event.key === 'Home') moveTo(0);
  else if (event.key === 'End') moveTo(count - 1);
  else if (event.key === 'Escape') hide();
  else return;
  event.preventDefault();
}

function drawTooltip(
  box: Selection<SVGRectElement, unknown, null, undefined>,
  text: Selection<SVGTextElement, unknown, null, undefined>,
  lines: readonly string[],
  px: number,
  plot: PlotArea,
): void {
  const width = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + 16;
  const height = lines.length * LINE_HEIGHT + 8;
  // Right of the rule when it fits inside the plot, else left of it.
  const left = px + 8 + width <= plot.left + plot.width ? px + 8 : Math.max(plot.left, px - 8 - width);
  const top = plot.top + 4;
  box
    .attr('x', left)
    .attr('y', top)
    .attr('width', width)
    .attr('height', height)
    .attr('fill', '#ffffff')
    .attr('stroke', '#1a1a1a')
    .style('display', null);
  text.selectChildren().remove();
  lines.forEach((line, index) => {
    text
      .append('tspan')
      .attr('x', left + 8)
      .attr('y', top + 4 + LINE_HEIGHT * (index + 1) - 4)
      .attr('font-weight', index === 0 ? 'bold' : null)
      .text(line);
  });
}
