import { describe, expect, it } from 'vitest';
import { issuerTokens } from '../../src/checks/rules/document-symbol.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

/** The findings as json, each with the hint the pretty format prints under it ("cách sửa: ..."). */
async function findings(files: Record<string, string>, lang: 'vi' | 'en' = 'vi') {
  const root = writeRoot(files);
  const r = await runCli(['validate', '--root', root, '--format', 'json', '--no-cache', '--lang', lang]);
  const pretty = (await runCli(['validate', '--root', root, '--no-cache', '--lang', lang])).stdout;
  const hints = [...pretty.matchAll(/^ {2}(?:cách sửa|fix): ([\s\S]*?)(?=\n\n|\n[✔✖⚠])/gm)].map((m) => m[1]);
  const found = JSON.parse(r.stdout).diagnostics as { rule: string; severity: string; message: string; hint?: string }[];
  return found.map((d, i) => ({ ...d, hint: hints[i] }));
}

describe('document numbers', () => {
  const known = new Set(['BDVTU', 'UBND', 'MTTQ-BTT', 'BDT']);
  it('finds the issuers in Party and state styles and joint numbers', () => {
    expect(issuerTokens('45-BC/BDVTU', known)).toEqual(['BDVTU']);
    expect(issuerTokens('150/BC-UBND', known)).toEqual(['UBND']);
    expect(issuerTokens('08-QC/BDT-BDVTU', known)).toEqual(['BDT', 'BDVTU']);
    expect(issuerTokens('331/BC-MTTQ-BTT', known)).toEqual(['MTTQ-BTT']);
    expect(issuerTokens('45/BDVTU', known)).toEqual([]);
    expect(issuerTokens('không số', known)).toEqual([]);
  });

  it('teaches the fix for a symbol one character off, in both languages', async () => {
    const files = baseRoot();
    files['agencies.yaml'] = files['agencies.yaml']!.replace('{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban Dân vận Tỉnh ủy, short: BA, symbol: BDVTU }');
    files['p/tasks/T1.yaml'] += '    documents: [{ number: 45-BC/BDVTƯ, date: 2020-12-10 }, "12-KH/TU"]\n';
    const [vi] = await findings(files);
    expect(vi).toMatchObject({ rule: 'document-symbol', severity: 'warning', message: 'số, ký hiệu "45-BC/BDVTƯ": "BDVTƯ" gần giống ký hiệu BDVTU của Ban Dân vận Tỉnh ủy', hint: 'nếu là văn bản của cơ quan này, viết 45-BC/BDVTU' });
    const [en] = await findings(files, 'en');
    expect(en!.message).toBe('document number "45-BC/BDVTƯ": "BDVTƯ" is close to BDVTU, the symbol of Ban Dân vận Tỉnh ủy');
  });
});

describe('messages that teach', () => {
  it('suggests the indicator meant, or how to declare one', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] += 'indicators:\n  - { id: tiep-dan, title: phiên tiếp công dân, unit: phiên }\n';
    files['p/tasks/T1.yaml'] += '    figures: { tiepdan: 2 }\n';
    expect((await findings(files))[0]).toMatchObject({ rule: 'indicators', message: 'số liệu "tiepdan" không thuộc chỉ tiêu nào của chương trình', hint: 'có phải ý bạn là "tiep-dan"?' });
    const bare = baseRoot();
    bare['p/tasks/T1.yaml'] += '    figures: { tiep-dan: 2 }\n';
    expect((await findings(bare, 'en'))[0]!.hint).toBe('the programme declares no indicators; add them to programme.yaml, for example "indicators: [{ id: tiep-dan, title: phiên tiếp công dân, unit: phiên }]"');
  });

  it('says which day the rating came before', async () => {
    const files = baseRoot();
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace(/reports:\n.*\n/, '');
    const [en] = await findings(files, 'en');
    expect(en).toMatchObject({ rule: 'rating-before-due', message: 'T3 is rated in the 2020 evaluation, but on the day it was held (14/12/2020) nothing of the task was due yet and it had no report of 2020' });
  });

  it('names the review year range', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] += 'reviews:\n  - { kind: final, through: 2023 }\n';
    const [vi] = await findings(files);
    expect(vi).toMatchObject({ rule: 'reviews', severity: 'error', message: 'năm 2023 nằm ngoài giai đoạn của chương trình (2020–2022)', hint: 'through là năm cuối được sơ kết, tổng kết, trong khoảng 2020–2022' });
  });

  it('explains a comma that split an unquoted value in { ... }', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] += '    documents: [{ number: 45-BC/BA, title: Báo cáo kết quả, năm 2020 }]\n';
    files['p/programme.yaml'] += 'indicators:\n  - { id: tiep-dan, title: phiên tiếp, đối thoại, unit: phiên }\n';
    const found = await findings(files, 'en');
    expect(found.map((d) => d.hint)).toEqual([
      'a comma inside { ... } separates fields, so "đối thoại" was read as a field: put the whole value before it in double quotes, for example title: "Báo cáo kết quả, năm 2019"',
      'a comma inside { ... } separates fields, so "năm 2020" was read as a field: put the whole value before it in double quotes, for example title: "Báo cáo kết quả, năm 2019"',
    ]);
  });
});
