import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsText, figuresText, parseFigureNumber } from '../../src/commands/report-fields.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const P = 'dan-van-2017-2021';
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
function copyOfData(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-fields-'));
  cpSync(new URL('../../data', import.meta.url).pathname, root, { recursive: true });
  return root;
}
const INDICATORS = [
  { id: 'tiep-dan', title: 'phiên tiếp công dân', unit: 'phiên' },
  { id: 'doi-thoai', title: 'cuộc đối thoại', unit: 'cuộc' },
];

describe('figures and citations as YAML', () => {
  it('reads figures as ID=NUMBER, refusing what an officer could mean two ways', () => {
    expect(figuresText(['tiep-dan=48', 'doi-thoai=12'], INDICATORS, 'vi')).toBe('{ tiep-dan: 48, doi-thoai: 12 }');
    expect(figuresText([], INDICATORS, 'vi')).toBeUndefined();
    expect(parseFigureNumber('85,1', 'vi')).toBe(85.1);
    expect(parseFigureNumber('85.1', 'vi')).toBe(85.1);
    expect(() => parseFigureNumber('35.000', 'vi')).toThrow('35000');
    expect(() => parseFigureNumber('1,234', 'en')).toThrow('no thousands separator');
    expect(() => parseFigureNumber('-3', 'vi')).toThrow('không phải số');
    expect(() => figuresText(['tiep-dan'], INDICATORS, 'vi')).toThrow('MÃ=SỐ');
    expect(() => figuresText(['tiepdan=4'], INDICATORS, 'en')).toThrow('did you mean "tiep-dan"?');
    expect(() => figuresText(['tiep-dan=4', 'tiep-dan=5'], INDICATORS, 'vi')).toThrow('hai lần');
    expect(() => figuresText(['tiep-dan=4'], [], 'vi')).toThrow('indicators: [{ id: tiep-dan');
  });

  it('keeps bare numbers bare and pairs dates and titles with documents in order', () => {
    expect(documentsText({ document: ['41-KH/BDVTU'] }, 'vi')).toBe('["41-KH/BDVTU"]');
    expect(documentsText({ document: ['150/BC-UBND'], documentDate: ['2019-11-30'], documentTitle: ['Báo cáo "đối thoại", năm 2019'] }, 'vi')).toBe(
      '[{ number: "150/BC-UBND", date: 2019-11-30, title: "Báo cáo \\"đối thoại\\", năm 2019" }]',
    );
    expect(documentsText({ document: ['1/BC', '2/BC'], documentDate: ['', '2020-01-02'] }, 'vi')).toBe('["1/BC", { number: "2/BC", date: 2020-01-02 }]');
    expect(() => documentsText({ document: ['1/BC', '2/BC'], documentTitle: ['Một'] }, 'vi')).toThrow('mỗi --document một --document-title');
    expect(() => documentsText({ documentDate: ['2020-01-02'] }, 'en')).toThrow('0 --document');
    expect(() => documentsText({ document: ['1/BC'], documentDate: ['30/11/2019'] }, 'vi')).toThrow('YYYY-MM-DD');
  });
});

describe('report add with record format 1.1 fields', () => {
  it('appends figures and a full citation, byte for byte, and the records stay valid', async () => {
    const root = copyOfData();
    const before = read(root, `${P}/tasks/NV03.yaml`);
    const result = await runCli([
      'report', 'add', 'NV03', '--root', root, '--state', 'done', '--period', '2021-Q3', '--on', '2021-10-02',
      '--figure', 'tiep-dan=3', '--figure', 'doi-thoai=1',
      '--document', '52/BC-TTr', '--document-date', '2021-10-02', '--document-title', 'Báo cáo kết quả tiếp công dân quý III/2021',
    ]);
    expect(result.exitCode).toBe(0);
    expect(read(root, `${P}/tasks/NV03.yaml`)).toBe(
      before +
        '  - period: "2021-Q3"\n    on: 2021-10-02\n    state: done\n    figures: { tiep-dan: 3, doi-thoai: 1 }\n' +
        '    documents: [{ number: "52/BC-TTr", date: 2021-10-02, title: "Báo cáo kết quả tiếp công dân quý III/2021" }]\n',
    );
    expect((await runCli(['validate', '--root', root, '--no-cache'])).exitCode).toBe(0);
  });

  it('writes into a list of flow items in the same style', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] += 'indicators:\n  - { id: du-thao, title: dự thảo, unit: bản }\n';
    const root = writeRoot(files);
    const result = await runCli(['report', 'add', 'T3', '--root', root, '--state', 'done', '--on', '2021-05-02', '--figure', 'du-thao=2', '--document', '7/BC-BA']);
    expect(result.exitCode).toBe(0);
    expect(read(root, 'p/tasks/T3.yaml')).toContain('  - { on: 2020-11-20, state: partial, note: Xây dựng xong dự thảo }\n  - { on: 2021-05-02, state: done, figures: { du-thao: 2 }, documents: ["7/BC-BA"] }\n');
    expect((await runCli(['validate', '--root', root, '--no-cache'])).exitCode).toBe(0);
  });

  it('refuses an unknown indicator with the one meant, writing nothing', async () => {
    const root = copyOfData();
    const before = read(root, `${P}/tasks/NV03.yaml`);
    const result = await runCli(['report', 'add', 'NV03', '--root', root, '--state', 'done', '--period', '2021-Q3', '--on', '2021-10-02', '--figure', 'tiepdan=3']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('chỉ tiêu "tiepdan" chưa khai báo trong programme.yaml (indicators); có phải ý bạn là "tiep-dan"?');
    expect(read(root, `${P}/tasks/NV03.yaml`)).toBe(before);
  });
});

describe('evaluation new and finalise with record format 1.1', () => {
  it('drafts every section a signed report uses, rates nothing not yet due or paused without reports', async () => {
    const root = copyOfData();
    const draftFile = `${P}/evaluations/2021.yaml`;
    rmSync(path.join(root, draftFile));
    expect((await runCli(['evaluation', 'new', '2021', '--root', root])).exitCode).toBe(0);
    const draft = read(root, draftFile);
    expect(draft).toContain('# held_on: 2021-12-15  # ngày họp đánh giá (hạn 12-15)');
    expect(draft).toContain('  - task: NV08\n    # rating: nhiệm vụ tạm dừng, không có báo cáo trong năm: không xếp loại\n');
    expect(draft).toContain('#   quý IV/2021, 2021-12-08: hoàn thành {tiep-dan: 3, doi-thoai: 1} [61/BC-TTr]');
    for (const section of ['direction: []', 'strengths: []', 'causes:  #', '  objective: []', '  subjective: []', 'recommendations: []', '  # kế hoạch phối hợp năm sau: plan:', '# nơi nhận']) {
      expect(draft).toContain(section);
    }
    expect(draft).not.toContain('[object Object]');
    expect((await runCli(['validate', '--root', root, '--no-cache'])).exitCode).toBe(0);
  });

  it('marks a once-task due in a later year as not yet due, and finalise does not ask its rating', async () => {
    const root = writeRoot(baseRoot());
    // T3 is due 2021-06-30 and has a 2020 report; without it T3 has nothing due in 2020.
    writeFileSync(path.join(root, 'p/tasks/T3.yaml'), read(root, 'p/tasks/T3.yaml').replace(/reports:\n.*\n/, ''));
    rmSync(path.join(root, 'p/evaluations/2020.yaml'));
    expect((await runCli(['evaluation', 'new', '2020', '--root', root, '--dry-run'])).stdout).toContain('+  - task: T3\n+    # rating: chưa đến hạn: không xếp loại\n');
    writeFileSync(path.join(root, 'p/evaluations/2020.yaml'), 'year: 2020\nheld_on: 2020-12-16\nstate: draft\nresults:\n  - { task: T1, rating: good, summary: Tốt }\n  - { task: T2, rating: done, summary: Xong }\n');
    const finalised = await runCli(['evaluation', 'finalise', '2020', '--root', root]);
    expect(finalised.stderr).toBe('');
    expect(finalised.exitCode).toBe(0);
  });
});
