import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageVersionLabel, statusPresentation } from '../../src/status';

describe('status bar', () => {
  it('labels the active language version', () => {
    assert.equal(languageVersionLabel('auto'), 'Neam (auto)');
    assert.equal(languageVersionLabel('0.6'), 'Neam 0.6');
    assert.equal(languageVersionLabel('1.x'), 'Neam 1.x');
  });

  it('shows a spinner while starting', () => {
    const p = statusPresentation('starting', '1.x');
    assert.equal(p.text, '$(sync~spin) Neam 1.x');
    assert.match(p.tooltip, /starting/);
    assert.equal(p.background, undefined);
  });

  it('shows a check mark and the version when running', () => {
    const p = statusPresentation('running', '0.6', 'Java 17.0.15 (PATH)');
    assert.equal(p.text, '$(check) Neam 0.6');
    assert.match(p.tooltip, /running/);
    assert.match(p.tooltip, /Language version: 0\.6/);
    assert.match(p.tooltip, /Java 17\.0\.15/);
  });

  it('explains auto in the tooltip', () => {
    assert.match(statusPresentation('running', 'auto').tooltip, /every dialect is accepted/);
  });

  it('warns when stopped and flags failures', () => {
    const stopped = statusPresentation('stopped', 'auto');
    assert.equal(stopped.text, '$(circle-slash) Neam (auto)');
    assert.equal(stopped.background, 'statusBarItem.warningBackground');
    assert.match(stopped.tooltip, /Restart Language Server/);
    const failed = statusPresentation('failed', 'auto', 'No Java 17+ found.');
    assert.equal(failed.text, '$(error) Neam (auto)');
    assert.equal(failed.background, 'statusBarItem.errorBackground');
    assert.match(failed.tooltip, /No Java 17\+ found/);
  });
});
