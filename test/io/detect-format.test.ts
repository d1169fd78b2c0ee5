import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/io/detect-format.ts';
import { WINDOWS_1252_EXPORT } from '../fixtures/io/windows-1252-export.ts';
import { fixture } from './fixture-files.ts';

describe('detectFormat', () => {
  it.each([
    ['dst-auk01-jsonstat1.json', 'jsonstat'],
    ['jsonstat2-dataset.json', 'jsonstat'],
    ['jobindsats-y30r21.json', 'jobindsats'],
    ['broken-export.csv', 'csv'],
    ['persons.csv', 'persons'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it('tells a single Jobindsats table object from JSON-stat, and reads a Windows-1252 export as CSV', () => {
    expect(detectFormat('  {"Variables": [], "Data": []}')).toBe('jobindsats');
    expect(detectFormat(WINDOWS_1252_EXPORT)).toBe('csv');
  });
});
