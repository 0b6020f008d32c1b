// The CI formats as the programs that read them see them (issue 19): the whole document for one
// set of findings with every case a reader acts on — a new error (a failure), a new warning, findings
// the base already had (--base), a finding with and without a fix, a file with none, paths made
// repository-relative. Each reader keys on exact fields, so the tests compare whole outputs.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { checkWellFormedXml } from '../helpers/xml.js';

const FINDINGS: Diagnostic[] = [
  { file: 'p/tasks/T1.yaml', line: 3, column: 7, rule: 'unknown-reference', severity: 'error', message: 'không có "x"', hint: 'thêm vào agencies.yaml', baseline: false },
  { file: 'p/tasks/T1.yaml', line: 9, column: 1, rule: 'nfc', severity: 'warning', message: 'dùng NFD', baseline: false },
  { file: 'p/tasks/T2.yaml', line: 4, column: 2, rule: 'unknown-reference', severity: 'error', message: 'cũ', baseline: true },
  { file: 'p/programme.yaml', line: 1, column: 1, rule: 'nfc', severity: 'warning', message: 'cũ nữa', hint: 'chuẩn hoá', baseline: true },
];

describe('JUnit XML, as a CI test report shows it', () => {
  it('one case per file checked or named, a failure only for a new error, everything else in system-out', () => {
    const xml = formatJunit(FINDINGS, ['p/tasks/T1.yaml', 'p/tasks/T2.yaml', 'p/tasks/T3.yaml'], 'data/');
    checkWellFormedXml(xml);
    expect(xml).toBe("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"phoihop\" tests=\"4\" failures=\"1\" errors=\"0\">\n  <testsuite name=\"phoihop validate\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"0\">\n    <properties>\n      <property name=\"new_errors\" value=\"1\"/>\n      <property name=\"new_warnings\" value=\"1\"/>\n    </properties>\n    <testcase classname=\"phoihop.validate\" name=\"data/p/programme.yaml\" file=\"data/p/programme.yaml\">\n      <system-out>data/p/programme.yaml:1:1 nfc (baseline): cũ nữa (chuẩn hoá)</system-out>\n    </testcase>\n    <testcase classname=\"phoihop.validate\" name=\"data/p/tasks/T1.yaml\" file=\"data/p/tasks/T1.yaml\">\n      <failure type=\"unknown-reference\" message=\"không có &quot;x&quot;\">data/p/tasks/T1.yaml:3:7 unknown-reference: không có &quot;x&quot; (thêm vào agencies.yaml)</failure>\n      <system-out>data/p/tasks/T1.yaml:9:1 nfc: dùng NFD</system-out>\n    </testcase>\n    <testcase classname=\"phoihop.validate\" name=\"data/p/tasks/T2.yaml\" file=\"data/p/tasks/T2.yaml\">\n      <system-out>data/p/tasks/T2.yaml:4:2 unknown-reference (baseline): cũ</system-out>\n    </testcase>\n    <testcase classname=\"phoihop.validate\" name=\"data/p/tasks/T3.yaml\" file=\"data/p/tasks/T3.yaml\"/>\n  </testsuite>\n</testsuites>\n");
  });

  it('a file with several new errors: one failure naming the first, every finding listed in it', () => {
    const errors: Diagnostic[] = [
      { file: 'a.yaml', line: 2, column: 1, rule: 'schema', severity: 'error', message: 'thiếu id' },
      { file: 'a.yaml', line: 5, column: 3, rule: 'nfc', severity: 'error', message: 'NFD' },
    ];
    expect(formatJunit(errors, [])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="phoihop" tests="1" failures="1" errors="0">\n  <testsuite name="phoihop validate" tests="1" failures="1" errors="0" skipped="0">\n' +
        '    <properties>\n      <property name="new_errors" value="2"/>\n      <property name="new_warnings" value="0"/>\n    </properties>\n' +
        '    <testcase classname="phoihop.validate" name="a.yaml" file="a.yaml">\n      <failure type="schema" message="thiếu id">a.yaml:2:1 schema: thiếu id\na.yaml:5:3 nfc: NFD</failure>\n    </testcase>\n' +
        '  </testsuite>\n</testsuites>\n',
    );
  });
  it('a file with several warnings: each on its own line of system-out', () => {
    const warnings: Diagnostic[] = [
      { file: 'a.yaml', line: 2, column: 1, rule: 'nfc', severity: 'warning', message: 'NFD' },
      { file: 'a.yaml', line: 7, column: 4, rule: 'plan-date', severity: 'warning', message: 'muộn' },
    ];
    expect(formatJunit(warnings, [])).toContain('<system-out>a.yaml:2:1 nfc: NFD\na.yaml:7:4 plan-date: muộn</system-out>\n');
  });
});

describe('the JSON envelope, as a script reads it', () => {
  it('with --base: the ref and merge base, each finding old or new, a fix only where there is one, ending in a newline', () => {
    const findings: Diagnostic[] = [
      { file: 'p/tasks/T1.yaml', line: 3, column: 7, rule: 'unknown-reference', severity: 'error', message: 'không có "x"', hint: 'thêm', baseline: false },
      { file: 'p/tasks/T1.yaml', line: 5, column: 1, rule: 'nfc', severity: 'warning', message: 'dùng NFD', baseline: true },
    ];
    expect(formatJson(findings, 'data', { ref: 'main', commit: 'abc123' })).toBe(
      [
        '{',
        '  "version": 1,',
        '  "root": "data",',
        '  "base": {',
        '    "ref": "main",',
        '    "merge_base": "abc123"',
        '  },',
        '  "errors": 1,',
        '  "warnings": 1,',
        '  "new_errors": 1,',
        '  "new_warnings": 0,',
        '  "diagnostics": [',
        '    {',
        '      "file": "p/tasks/T1.yaml",',
        '      "line": 3,',
        '      "column": 7,',
        '      "rule": "unknown-reference",',
        '      "severity": "error",',
        '      "message": "không có \\"x\\"",',
        '      "fix": "thêm",',
        '      "baseline": false',
        '    },',
        '    {',
        '      "file": "p/tasks/T1.yaml",',
        '      "line": 5,',
        '      "column": 1,',
        '      "rule": "nfc",',
        '      "severity": "warning",',
        '      "message": "dùng NFD",',
        '      "baseline": true',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('without --base: no base, no baseline, no fix where there is none', () => {
    const parsed = JSON.parse(formatJson([{ file: 'a.yaml', line: 1, column: 1, rule: 'nfc', severity: 'warning', message: 'NFD' }], 'data'));
    expect(parsed).toEqual({ version: 1, root: 'data', errors: 0, warnings: 1, new_errors: 0, new_warnings: 1, diagnostics: [{ file: 'a.yaml', line: 1, column: 1, rule: 'nfc', severity: 'warning', message: 'NFD' }] });
  });
});

describe('GitLab Code Quality, as the merge request widget reads it', () => {
  it('every field, with old findings as info', () => {
    expect(JSON.parse(formatGitlab(FINDINGS, 'data/'))).toEqual([
  {
    "type": "issue",
    "check_name": "unknown-reference",
    "description": "không có \"x\" (thêm vào agencies.yaml)",
    "categories": [
      "Bug Risk"
    ],
    "severity": "major",
    "fingerprint": "f6f6ddd91c801706c8e28cb9e7bc3da35df05daf02abec36be3bff698c8163bc",
    "location": {
      "path": "data/p/tasks/T1.yaml",
      "lines": {
        "begin": 3
      }
    }
  },
  {
    "type": "issue",
    "check_name": "nfc",
    "description": "dùng NFD",
    "categories": [
      "Bug Risk"
    ],
    "severity": "minor",
    "fingerprint": "09275cade9adbec892778bff6cf62fb700e4d3adc0429dc24ce9aa997589ae34",
    "location": {
      "path": "data/p/tasks/T1.yaml",
      "lines": {
        "begin": 9
      }
    }
  },
  {
    "type": "issue",
    "check_name": "unknown-reference",
    "description": "cũ",
    "categories": [
      "Bug Risk"
    ],
    "severity": "info",
    "fingerprint": "a82b223fa2fda97d863ae5ea559d78711d2b5137ac5df206d91d8c79343b1110",
    "location": {
      "path": "data/p/tasks/T2.yaml",
      "lines": {
        "begin": 4
      }
    }
  },
  {
    "type": "issue",
    "check_name": "nfc",
    "description": "cũ nữa (chuẩn hoá)",
    "categories": [
      "Bug Risk"
    ],
    "severity": "info",
    "fingerprint": "e9bfb50e035b6d6b6ecae4d9b068abe7404bcb2a852d7e0405f6e1edd181b8ba",
    "location": {
      "path": "data/p/programme.yaml",
      "lines": {
        "begin": 1
      }
    }
  }
]);
  });

  it('fingerprints hash rule, repository path, message and occurrence, so they survive moved lines', () => {
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const twice = [FINDINGS[1]!, { ...FINDINGS[1]!, line: 40 }];
    const issues = JSON.parse(formatGitlab(twice, 'data/')) as { fingerprint: string }[];
    expect(issues.map((i) => i.fingerprint)).toEqual([sha('nfc\0data/p/tasks/T1.yaml\0dùng NFD\0' + '1'), sha('nfc\0data/p/tasks/T1.yaml\0dùng NFD\0' + '2')]);
    // Without a prefix, paths stay as given, and the output is a JSON array ending in a line break.
    const plain = formatGitlab([FINDINGS[1]!]);
    expect(plain.endsWith(']\n')).toBe(true);
    expect(JSON.parse(plain)[0].location.path).toBe('p/tasks/T1.yaml');
  });
});

describe('SARIF 2.1.0, as code scanning reads it', () => {
  it('every field, with the baseline state of each result', () => {
    const text = formatSarif(FINDINGS, { version: '1.2.3', prefix: 'data/', rules: [{ id: 'nfc', description: 'NFC text' }] });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "phoihop",
          "version": "1.2.3",
          "rules": [
            {
              "id": "nfc",
              "name": "nfc",
              "shortDescription": {
                "text": "NFC text"
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "unknown-reference",
              "name": "unknown-reference",
              "shortDescription": {
                "text": "unknown-reference"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "unknown-reference",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "không có \"x\" (thêm vào agencies.yaml)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/p/tasks/T1.yaml"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 7
                }
              }
            }
          ],
          "baselineState": "new"
        },
        {
          "ruleId": "nfc",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "dùng NFD"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/p/tasks/T1.yaml"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 1
                }
              }
            }
          ],
          "baselineState": "new"
        },
        {
          "ruleId": "unknown-reference",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "cũ"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/p/tasks/T2.yaml"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 2
                }
              }
            }
          ],
          "baselineState": "unchanged"
        },
        {
          "ruleId": "nfc",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "cũ nữa (chuẩn hoá)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "data/p/programme.yaml"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1
                }
              }
            }
          ],
          "baselineState": "unchanged"
        }
      ]
    }
  ]
});
  });

  it('without --base there is no baseline state, and paths are URIs', () => {
    const log = JSON.parse(formatSarif([{ file: 'p 1/tasks/Việc #1.yaml', line: 2, column: 3, rule: 'nfc', severity: 'warning', message: 'NFD' }], { version: '1.0.0', rules: [] }));
    const result = log.runs[0].results[0];
    expect(result).not.toHaveProperty('baselineState');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('p%201/tasks/Vi%E1%BB%87c%20#1.yaml');
  });
});

describe('GitHub workflow commands', () => {
  it('old findings are notices, marked in their title; the fix follows the message', () => {
    expect(formatGithub(FINDINGS, 'data/')).toBe("::error file=data/p/tasks/T1.yaml,line=3,col=7,title=phoihop unknown-reference::không có \"x\"%0Athêm vào agencies.yaml\n::warning file=data/p/tasks/T1.yaml,line=9,col=1,title=phoihop nfc::dùng NFD\n::notice file=data/p/tasks/T2.yaml,line=4,col=2,title=phoihop unknown-reference (baseline)::cũ\n::notice file=data/p/programme.yaml,line=1,col=1,title=phoihop nfc (baseline)::cũ nữa%0Achuẩn hoá\n");
  });
});
