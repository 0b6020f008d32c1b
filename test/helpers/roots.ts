import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type RootFiles = Record<string, string>;

/** A small valid root: 2 contents, 3 tasks (yearly, half-yearly, once, begun early), one final evaluation. */
export function baseRoot(): RootFiles {
  return {
    'agencies.yaml': `agencies:
  - { id: ban-a, name: Ban A, short: BA }
  - { id: ban-b, name: Ban B }
`,
    'p/programme.yaml': `id: thu-nghiem
title: Chương trình thử nghiệm
signed_on: 2020-01-10
period: { from: 2020-01-10, to: 2022-12-31 }
parties:
  - { agency: ban-a, signatory: Nguyễn Văn A }
  - { agency: ban-b, signatory: Trần Thị B }
declared: { contents: 2, tasks: 3 }
contents:
  - { id: ND1, title: Nội dung một }
  - { id: ND2, title: Nội dung hai }
evaluation: { due: "12-15" }
`,
    'p/tasks/T1.yaml': `id: T1
title: Việc hằng năm
contents: [ND1]
lead: ban-a
partners: [ban-b]
schedule: { every: year, due: ["12-15"] }
status: active
reports:
  - period: "2020"
    on: 2020-12-10
    state: done
`,
    'p/tasks/T2.yaml': `id: T2
title: Việc 6 tháng
contents: [ND2]
lead: ban-b
schedule: { every: half-year, due: ["06-30", "12-31"] }
status: active
`,
    'p/tasks/T3.yaml': `id: T3
title: Việc một lần
contents: [ND1, ND2]
lead: ban-a
schedule: { every: once, due: [2021-06-30] }
status: active
reports:
  - { on: 2020-11-20, state: partial, note: Xây dựng xong dự thảo }
`,
    'p/evaluations/2020.yaml': `year: 2020
held_on: 2020-12-14
state: final
results:
  - { task: T1, rating: good }
  - { task: T2, rating: done }
  - { task: T3, rating: excellent }
`,
  };
}

/**
 * The base root's agencies and one programme over its period with a single content (ND1): the head
 * of a root for tests that bring their own tasks. `more` follows the contents (reviews, evaluation).
 */
export function oneContentProgramme(id: string, title: string, tasks: number, more = ''): RootFiles {
  return {
    'agencies.yaml': baseRoot()['agencies.yaml']!,
    'p/programme.yaml': `id: ${id}
title: ${title}
signed_on: 2020-01-10
period: { from: 2020-01-10, to: 2022-12-31 }
parties:
  - { agency: ban-a, signatory: Nguyễn Văn A }
  - { agency: ban-b, signatory: Trần Thị B }
declared: { contents: 1, tasks: ${tasks} }
contents:
  - { id: ND1, title: Nội dung một }
${more}`,
  };
}

/** Writes a root to a fresh temporary folder and returns its path. */
export function writeRoot(files: RootFiles): string {
  return writeRootBytes(files);
}

/** Like writeRoot, with files given as bytes where needed (encodings, binary data). */
export function writeRootBytes(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** An edit of the base root: in `file`, `from` replaced by `to` (`from` empty: `to` appended). */
export type RootEdit = [file: string, from: string, to: string];

/** The base root with `edits` made, each checked to change its file (a stale edit fails loudly). */
export function editedBaseRoot(edits: readonly RootEdit[]): RootFiles {
  const files = baseRoot();
  for (const [file, from, to] of edits) {
    const before = files[file] ?? '';
    files[file] = from === '' ? before + to : before.replace(from, to);
    if (files[file] === before) throw new Error(`edit of ${file} changed nothing: ${JSON.stringify(from)}`);
  }
  return files;
}

/**
 * The base programme (thu-nghiem) and a second one (phoi-hop-hai-ben, in q/, listed first by id)
 * whose T2 has a longer title: a root of two programmes for tables and listings.
 */
export function twoProgrammes(): RootFiles {
  const files = baseRoot();
  for (const [name, text] of Object.entries(baseRoot())) {
    if (!name.startsWith('p/')) continue;
    files[`q/${name.slice(2)}`] = text
      .replace('id: thu-nghiem', 'id: phoi-hop-hai-ben')
      .replace('title: Chương trình thử nghiệm', 'title: Chương trình phối hợp hai bên')
      .replace('title: Việc 6 tháng', 'title: Báo cáo 6 tháng về đào tạo');
  }
  return files;
}
