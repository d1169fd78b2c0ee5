/**
 * The working state in the URL hash, so a link reopens exactly the same numbers: `#/<view>?s=<payload>`. The
 * payload is the state's JSON, deflated ('deflate-raw' CompressionStream) and base64url-encoded behind a "z";
 * where the browser has no CompressionStream, the JSON is base64url-encoded as is behind a "j". Reading accepts
 * both; anything else (a cut link, another version) reads as undefined and the caller says so.
 */
import { APP_VIEWS } from '../components/maalbar-app/app-views.ts';
import { checkWorkingState, type WorkingState } from './working-state.ts';

/** The query parameter of the hash that holds the state. */
export const STATE_PARAMETER = 's';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pipeThrough(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * `await encodeState(state)` → "z…" (deflated) or "j…" (plain), URL-safe. Deterministic: the same state gives
 * the same text.
 */
export async function encodeState(
  state: WorkingState,
  compress = typeof CompressionStream === 'function',
): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  if (!compress) return `j${toBase64Url(json)}`;
  return `z${toBase64Url(await pipeThrough(json, new CompressionStream('deflate-raw')))}`;
}

/** The state a payload holds, or undefined when it is not a payload of this app's state (or is damaged). */
export async function decodeState(payload: string): Promise<WorkingState | undefined> {
  try {
    const kind = payload[0];
    const bytes = fromBase64Url(payload.slice(1));
    let json: Uint8Array;
    if (kind === 'j') json = bytes;
    else if (kind === 'z' && typeof DecompressionStream === 'function') {
      json = await pipeThrough(bytes, new DecompressionStream('deflate-raw'));
    } else return undefined;
    return checkWorkingState(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)));
  } catch {
    return undefined;
  }
}

/** `stateHash('board', 'zAbc')` → "#/maalbord?s=zAbc". */
export function stateHash(view: WorkingState['view'], payload: string | undefined): string {
  const slug = APP_VIEWS.find((candidate) => candidate.id === view)?.slug ?? APP_VIEWS[0].slug;
  return payload ? `#/${slug}?${STATE_PARAMETER}=${payload}` : `#/${slug}`;
}

/** The payload in a location hash ("#/maalbord?s=zAbc" → "zAbc"), or undefined. */
export function payloadFromHash(hash: string): string | undefined {
  const query = hash.indexOf('?');
  if (query < 0) return undefined;
  return new URLSearchParams(hash.slice(query + 1)).get(STATE_PARAMETER) ?? undefined;
}
