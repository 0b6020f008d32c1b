import { it, expect } from 'vitest';
import { writeRoot } from '../helpers/roots.js';
import { reportRoot } from '../helpers/report-root.js';
it('dump', () => { const r = writeRoot(reportRoot()); console.log('ROOT=' + r); expect(r).toBeTruthy(); });
