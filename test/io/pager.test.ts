import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../../src/io/pager.js';

// The pager (src/io/pager.ts), with pagers that write what they get to a file instead of a screen.

const tmp = () => mkdtempSync(path.join(tmpdir(), 'phoihop-pager-'));

describe('page', () => {
  it('hands the whole text to $PAGER and waits until it is closed', async () => {
    const file = path.join(tmp(), 'shown');
    const text = 'Bảng tình hình\n'.repeat(5000);
    expect(await page(text, { PATH: process.env.PATH, PAGER: `  cat > '${file}'  ` })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('asks less for colours, no screen clearing and UTF-8, unless the user chose otherwise', async () => {
    const file = path.join(tmp(), 'env');
    const pager = `printf '%s|%s' "$LESS" "$LESSCHARSET" > '${file}'; cat > /dev/null`;
    expect(await page('x\n', { PATH: process.env.PATH, PAGER: pager })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('FRX|utf-8');
    expect(await page('x\n', { PATH: process.env.PATH, PAGER: pager, LESS: 'R', LESSCHARSET: 'latin1' })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('R|latin1');
  });

  it('a pager closed before reading everything is a normal end', async () => {
    const file = path.join(tmp(), 'head');
    expect(await page('dòng\n'.repeat(200_000), { PATH: process.env.PATH, PAGER: `head -c 5 > '${file}'` })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('dòng');
  });

  it('is false when the pager cannot be started, so that the caller prints the text itself', async () => {
    expect(await page('x\n', { PATH: process.env.PATH, PAGER: 'phoihop-no-such-pager-here' })).toBe(false);
  });

  it('without $PAGER, starts less', async () => {
    const dir = tmp();
    const file = path.join(dir, 'called');
    // A "less" of our own first on PATH records that it was called.
    writeFileSync(path.join(dir, 'less'), `#!/bin/sh\ncat > '${file}'\n`);
    chmodSync(path.join(dir, 'less'), 0o755);
    expect(await page('qua less\n', { PATH: `${dir}:${process.env.PATH}`, PAGER: '   ' })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('qua less\n');
    expect(await page('lần nữa\n', { PATH: `${dir}:${process.env.PATH}` })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('lần nữa\n');
  });
});
