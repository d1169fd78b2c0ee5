import { describe, expect, test } from 'vitest';
import { decodeState, encodeState, payloadFromHash, stateHash } from '../../../web/state/share-link.ts';
import { defaultWorkingState, withOverride, type WorkingState } from '../../../web/state/working-state.ts';

const STATE: WorkingState = {
  ...withOverride(defaultWorkingState(), '/macro/unemploymentChange', {
    value: -0.05,
    unit: 'relative change',
    source: {
      assumption: true,
      rationale: { da: 'Ændret i Målbar: ledighed = −5 %.', en: 'Changed: −5 %.' },
    },
  }),
  seed: 4_294_967_295,
  replications: 500,
  ambition: 0.65,
  view: 'projection',
};

describe('the share link', () => {
  test('a deflated link reads back to exactly the same state, and is URL-safe', async () => {
    const payload = await encodeState(STATE);
    expect(payload.startsWith('z')).toBe(true);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeState(payload)).toEqual(STATE);
  });

  test('without CompressionStream the plain form is used, and reads back the same', async () => {
    const payload = await encodeState(STATE, false);
    expect(payload.startsWith('j')).toBe(true);
    expect(await decodeState(payload)).toEqual(STATE);
    expect(payload.length).toBeGreaterThan((await encodeState(STATE)).length);
  });

  test('the same state always gives the same link', async () => {
    expect(await encodeState(STATE)).toBe(
      await encodeState(JSON.parse(JSON.stringify(STATE)) as WorkingState),
    );
  });

  test('a cut, foreign or empty payload reads as undefined instead of throwing', async () => {
    const payload = await encodeState(STATE);
    expect(await decodeState(payload.slice(0, payload.length - 7))).toBeUndefined();
    expect(await decodeState('xAAAA')).toBeUndefined();
    expect(await decodeState('')).toBeUndefined();
    expect(await decodeState(`j${btoa('{"v":1}')}`)).toBeUndefined();
  });

  test('hash and payload: "#/<view slug>?s=<payload>"', () => {
    expect(stateHash('projection', 'zAbc')).toBe('#/fremskrivning?s=zAbc');
    expect(stateHash('board', undefined)).toBe('#/maalbord');
    expect(payloadFromHash('#/fremskrivning?s=zAbc')).toBe('zAbc');
    expect(payloadFromHash('#/fremskrivning')).toBeUndefined();
  });
});
