import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { World } from '../../src/world.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';

// The questions a command asks on a terminal for a value not given, in-process (the pseudo-terminal
// tests in test/e2e/terminal.test.ts drive the same through the bin): every question whole, an
// answer by number, by name in any case, the default on Enter, and three wrong answers in a row.
async function asking(argv: string[], answers: string[], lang: 'vi' | 'en' = 'vi') {
  const questions: string[] = [];
  let stderr = '';
  const world: World = {
    argv: ['--lang', lang, ...argv],
    cwd: process.cwd(),
    env: {},
    stdout: { write: () => undefined, isTTY: true },
    stderr: { write: (s) => void (stderr += s), isTTY: true },
    now: () => new Date('2024-06-15T05:00:00Z'),
    stdin: { isTTY: true, ask: async (q) => (questions.push(q), answers.shift() ?? null) },
  };
  const code = await main(world);
  return { code, questions, stderr };
}

describe('a value asked for on a terminal', () => {
  it('task status: the states in Vietnamese with their codes, numbered; an answer by number', async () => {
    const root = writeRoot(baseRoot());
    const { code, questions } = await asking(['task', 'status', 'T2', '--root', root], ['3']);
    expect(code).toBe(0);
    expect(questions).toEqual(['Trạng thái mới của nhiệm vụ?\n   1. đang thực hiện (active)\n   2. hoàn thành (done)\n   3. tạm dừng (paused)\nChọn số (1–3): ']);
    expect(readFileSync(path.join(root, 'p/tasks/T2.yaml'), 'utf8')).toContain('status: paused\n');
  });

  it('task status in English: the states in English, an answer by its code in any case', async () => {
    const root = writeRoot(baseRoot());
    const { code, questions } = await asking(['task', 'status', 'T2', '--root', root, '--on', '2021-06-01'], ['DONE'], 'en');
    expect(code).toBe(0);
    // In English the words are the codes: each is said once.
    expect(questions).toEqual(["The task's new status?\n   1. active\n   2. done\n   3. paused\nChoose a number (1–3): "]);
    expect(readFileSync(path.join(root, 'p/tasks/T2.yaml'), 'utf8')).toContain('status: done\ndone_on: 2021-06-01\n');
  });

  it('report add in English: the states with their codes where the words differ, an answer by code', async () => {
    const root = writeRoot(baseRoot());
    const { code, questions } = await asking(['report', 'add', 'T1', '--root', root, '--on', '2021-12-01', '--period', '2021'], ['partial'], 'en');
    expect(code).toBe(0);
    expect(questions).toEqual(['What is the result?\n   1. done\n   2. partly done (partial)\n   3. not done (not_done)\nChoose a number (1–3): ']);
    expect(readFileSync(path.join(root, 'p/tasks/T1.yaml'), 'utf8')).toContain('  - period: "2021"\n    on: 2021-12-01\n    state: partial\n');
  });

  it('evaluation finalise offers the drafts only, by year in order, never a final one', async () => {
    const files = baseRoot();
    files['p/evaluations/2022.yaml'] = 'year: 2022\nheld_on: 2022-12-14\nstate: draft\nresults: []\n';
    files['p/evaluations/2021.yaml'] = 'year: 2021\nheld_on: 2021-12-14\nstate: draft\nresults: []\n';
    const { questions } = await asking(['evaluation', 'finalise', '--root', writeRoot(files), '--dry-run'], ['1']);
    expect(questions[0]).toBe('Chốt đánh giá năm nào?\n   1. 2021\n   2. 2022\nChọn số (1–2): ');
  });

  it('says why a wrong answer is not taken, and after three gives up with the usage (exit 2), the file untouched', async () => {
    const root = writeRoot(baseRoot());
    const before = readFileSync(path.join(root, 'p/tasks/T2.yaml'), 'utf8');
    const { code, questions, stderr } = await asking(['task', 'status', 'T2', '--root', root], ['4', 'xong', '0', '1']);
    expect(code).toBe(2);
    expect(questions).toHaveLength(3);
    expect(stderr).toContain('"4" không phải một lựa chọn; gõ số thứ tự\n"xong" không phải một lựa chọn; gõ số thứ tự\n"0" không phải một lựa chọn; gõ số thứ tự\n');
    expect(stderr).toContain("thiếu giá trị bắt buộc '<status>'");
    expect(readFileSync(path.join(root, 'p/tasks/T2.yaml'), 'utf8')).toBe(before);
  });
});
