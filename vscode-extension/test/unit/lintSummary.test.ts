import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintSummaryMessage, readLintCounts } from '../../src/lintSummary';

describe('lint summary', () => {
  it('reads the counts the server answers with', () => {
    assert.deepEqual(readLintCounts({ files: 4, errors: 1, warnings: 3, information: 0 }), {
      files: 4,
      errors: 1,
      warnings: 3,
      information: 0,
    });
    assert.deepEqual(readLintCounts({ files: 2, errors: 0, warnings: 0 }), { files: 2, errors: 0, warnings: 0, information: 0 });
  });

  it('ignores answers of another shape', () => {
    for (const answer of [null, undefined, 'done', 3, {}, { files: '4', errors: 0, warnings: 0 }, { files: 1, errors: -1, warnings: 0 }, { files: 1.5, errors: 0, warnings: 0 }]) {
      assert.equal(readLintCounts(answer), undefined, JSON.stringify(answer));
    }
  });

  it('says it in one line, singular for one', () => {
    assert.equal(
      lintSummaryMessage({ files: 4, errors: 1, warnings: 3, information: 0 }),
      'Neam lint: 4 files checked, 1 error, 3 warnings, 0 information.',
    );
    assert.equal(
      lintSummaryMessage({ files: 1, errors: 0, warnings: 1, information: 2 }),
      'Neam lint: 1 file checked, 0 errors, 1 warning, 2 information.',
    );
  });
});
