import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FileDigests } from '../../src/cache/file-digests.js';

const sha = (text: string) => createHash('sha256').update(text).digest();
const packed = (...digests: (Buffer | undefined)[]) => Buffer.concat(digests.map((d) => d ?? Buffer.alloc(32)));

describe('the content hashes of a root, as the chunks bring them', () => {
  const files = ['p/tasks/T2.yaml', 'agencies.yaml', 'p/programme.yaml', 'q/programme.yaml', 'p/tasks/T10.yaml'];

  it('gives each file the hash of its own place in its chunk, in hex', () => {
    const digests = new FileDigests(files);
    digests.add([{ path: 'q/programme.yaml' }, { path: 'agencies.yaml' }], packed(sha('q'), sha('a')));
    digests.add([{ path: 'p/tasks/T10.yaml' }, { path: 'p/tasks/T2.yaml' }, { path: 'p/programme.yaml' }], packed(sha('t10'), sha('t2'), sha('p')));
    expect(files.map((f) => digests.get(f))).toEqual([sha('t2'), sha('a'), sha('p'), sha('q'), sha('t10')].map((d) => d.toString('hex')));
  });

  it('knows nothing of a file not read (all zero bytes), not yet brought, or outside the root', () => {
    const digests = new FileDigests(files);
    digests.add([{ path: 'p/programme.yaml' }, { path: 'p/tasks/T2.yaml' }, { path: 'elsewhere.yaml' }], packed(undefined, sha('t2'), sha('x')));
    expect(digests.get('p/programme.yaml')).toBeUndefined();
    expect(digests.get('q/programme.yaml')).toBeUndefined();
    expect(digests.get('elsewhere.yaml')).toBeUndefined();
    expect(digests.get('p/tasks/T2.yaml')).toBe(sha('t2').toString('hex'));
  });

  it('takes a root file that every chunk reads again, and an empty root', () => {
    const digests = new FileDigests(files);
    digests.add([{ path: 'agencies.yaml' }], packed(sha('a')));
    digests.add([{ path: 'agencies.yaml' }], packed(undefined));
    expect(digests.get('agencies.yaml')).toBe(sha('a').toString('hex'));
    expect(new FileDigests([]).get('agencies.yaml')).toBeUndefined();
  });
});
