/**
 * Readies an <svg> for a (re)render: empties it, drops the previous render's event listeners, sets the size and
 * the accessible name (title) and description (desc). Every chart starts here so a Lit `updated()` can call its
 * render function again and again without leaking listeners.
 */
import { select, type Selection } from 'd3';

export interface ChartFrame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** Aborted when the same svg is rendered again; pass it to addEventListener. */
  signal: AbortSignal;
  /** Id prefix unique to this svg, for title/desc/clip references. */
  id: string;
}

export interface ChartFrameOptions {
  width: number;
  height: number;
  title: string;
  description: string;
  /** Focusable, for charts with a keyboard cursor; plain images (sparklines) are not. */
  focusable: boolean;
  className: string;
}

const previousRender = new WeakMap<SVGSVGElement, AbortController>();
let nextId = 0;

export function prepareChartFrame(element: SVGSVGElement, options: ChartFrameOptions): ChartFrame {
  previousRender.get(element)?.abort();
  const controller = new AbortController();
  previousRender.set(element, controller);
  if (!element.dataset['chartId']) element.dataset['chartId'] = `maalbar-chart-${++nextId}`;
  const id = element.dataset['chartId'];

  const svg = select(element);
  svg.selectChildren().remove();
  svg
    .attr('viewBox', `0 0 ${options.width} ${options.height}`)
    .attr('width', options.width)
    .attr('height', options.height)
    .attr('class', options.className)
    // A group, not an image, when focusable: the live cursor readout inside must stay exposed.
    .attr('role', options.focusable ? 'group' : 'img')
    .attr('tabindex', options.focusable ? 0 : null)
    .attr('aria-labelledby', `${id}-title`)
    .attr('aria-describedby', `${id}-desc`)
    .style('font-family', 'system-ui, sans-serif')
    .style('font-size', '12px')
    .style('color', '#1a1a1a')
    .style('overflow', 'visible');
  svg.append('title').attr('id', `${id}-title`).text(options.title);
  svg.append('desc').attr('id', `${id}-desc`).text(options.description);
  return { svg, signal: controller.signal, id };
}
