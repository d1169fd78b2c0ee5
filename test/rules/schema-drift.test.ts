import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SCHEMAS, generateSchemas } from '../../scripts/generate-schemas.ts';

describe('generated JSON Schemas', () => {
  // Building the TypeScript program takes a few seconds; generate once for every assertion.
  const generated = generateSchemas();

  it.each(SCHEMAS.map((entry) => [entry.output, entry.type]))(
    '%s is what `npm run schema` makes from the type %s',
    (output) => {
      const committed = readFileSync(join(REPO_ROOT, output), 'utf8');
      expect(committed, `${output} is out of date: run npm run schema`).toBe(generated.get(output));
    },
  );

  it('carries JSDoc annotations such as the month @pattern into the schema', () => {
    const schema = JSON.parse(generated.get('rules/rule.schema.json') ?? '{}') as {
      definitions: { Month: { pattern: string }; RuleFile: { required: string[] } };
    };
    // The pattern is the one written on the Month type in src/time/month.ts.
    expect(schema.definitions.Month.pattern).toBe('^[0-9]{4}-(0[1-9]|1[0-2])$');
    expect(schema.definitions.RuleFile.required).toEqual(['name', 'conditions', 'event', 'meta', 'cases']);
  });

  it('gives the same bytes on a second run', () => {
    expect(generateSchemas()).toEqual(generated);
  });
});
