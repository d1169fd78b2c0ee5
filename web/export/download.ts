/**
 * Saves a Blob as a file through the browser's download (an <a download> click on an object URL), and makes
 * the Blobs for text files. Nothing leaves the machine: the URL is a blob: URL of this page.
 *
 * @example download(csvBlob(resultsToCsv(result, 'da')), exportFileName('lyngby-taarbaek-2015', 'resultater', 'csv'))
 */

/** A CSV Blob: UTF-8 with a byte-order mark, which Excel needs to read æ, ø, å. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}

export function jsonBlob(json: string): Blob {
  return new Blob([json], { type: 'application/json;charset=utf-8' });
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * A file name that every file system accepts: ASCII letters, digits, "-" and "." only (æ → ae, ø → oe, å → aa),
 * e.g. exportFileName('Lyngby-Taarbæk 2015', 'mål 1', 'svg') → "lyngby-taarbaek-2015-maal-1.svg".
 */
export function exportFileName(...parts: [...string[], string]): string {
  const extension = parts.at(-1) ?? 'txt';
  const stem = parts
    .slice(0, -1)
    .join('-')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'maalbar'}.${extension}`;
}

/** Starts the download of `blob` as `filename` in `document`'s window. */
export function download(blob: Blob, filename: string, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled: some browsers read the URL asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
