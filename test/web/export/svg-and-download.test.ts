// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderFanChart } from '../../../web/charts/fan-chart.ts';
import { csvBlob, download, exportFileName } from '../../../web/export/download.ts';
import { svgToString } from '../../../web/export/svg-to-string.ts';
import { FAN_FIXTURE } from '../charts/fan-fixture.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('svgToString', () => {
  it('makes a stand-alone SVG file of a rendered fan chart, without the cursor', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const chart = renderFanChart(svg, FAN_FIXTURE, { title: 'Unge under 30', locale: 'da' });
    chart.cursor.moveTo(2);
    const text = svgToString(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = parsed.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('320');
    expect(root.querySelector('title')?.textContent).toBe('Fremskrivning: Unge under 30');
    expect(root.querySelector('.cursor')).toBeNull();
    expect(root.querySelectorAll('path').length).toBeGreaterThan(3);
    // The chart on the page keeps its cursor.
    expect(svg.querySelector('.cursor')).not.toBeNull();
  });
});

describe('download', () => {
  it('clicks a hidden <a download> with a blob: URL and removes it', () => {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    download(csvBlob('a;b\r\n'), 'resultater.csv');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('resultater.csv');
    expect(clicked[0]?.href.startsWith('blob:')).toBe(true);
    expect(document.querySelector('a')).toBeNull();
  });

  it('writes CSV as UTF-8 with a byte-order mark', async () => {
    const bytes = new Uint8Array(await csvBlob('æ').arrayBuffer());
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa6]);
  });
});

describe('exportFileName', () => {
  it('folds Danish letters and drops characters file systems dislike', () => {
    expect(exportFileName('Lyngby-Taarbæk 2015', 'mål 1', 'svg')).toBe('lyngby-taarbaek-2015-maal-1.svg');
    expect(exportFileName('Ø/Å: "x"', 'csv')).toBe('oe-aa-x.csv');
    expect(exportFileName('', 'json')).toBe('maalbar.json');
  });
});
