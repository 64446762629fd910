// The conversion behind `neam.showReferences`, with a fake converter that tags what it converted
// (the real one, client.protocol2CodeConverter, needs the vscode module).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EDITOR_SHOW_REFERENCES_COMMAND,
  type LspLocation,
  type LspPosition,
  SHOW_REFERENCES_COMMAND,
  showReferencesArguments,
} from '../../src/references';

const converter = {
  asUri: (value: string) => ({ kind: 'Uri', value }),
  asPosition: (value: LspPosition) => ({ kind: 'Position', value }),
  asLocation: (value: LspLocation) => ({ kind: 'Location', value }),
};

const range = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

describe('showReferencesArguments', () => {
  it('uses the command ids of the server and of VS Code', () => {
    assert.equal(SHOW_REFERENCES_COMMAND, 'neam.showReferences');
    assert.equal(EDITOR_SHOW_REFERENCES_COMMAND, 'editor.action.showReferences');
  });

  it('converts [uri, position, locations] into a Uri, a Position and Locations', () => {
    const uri = 'file:///project/tools/search.neam';
    const locations = [
      { uri: 'file:///project/main.neam', range: range(0, 20, 30) },
      { uri, range: range(7, 8, 17) },
    ];
    assert.deepEqual(showReferencesArguments([uri, { line: 2, character: 10 }, locations], converter), [
      { kind: 'Uri', value: uri },
      { kind: 'Position', value: { line: 2, character: 10 } },
      locations.map((value) => ({ kind: 'Location', value })),
    ]);
  });

  it('keeps an empty list of locations (a declaration nobody uses)', () => {
    const [, , locations] = showReferencesArguments(['untitled:a.neam', { line: 0, character: 0 }, []], converter);
    assert.deepEqual(locations, []);
  });

  it('ignores extra arguments', () => {
    const args = ['untitled:a.neam', { line: 1, character: 2 }, [], 'extra'];
    assert.equal(showReferencesArguments(args, converter).length, 3);
  });

  const invalid: Array<[string, unknown[], RegExp]> = [
    ['no arguments', [], /first argument must be a document URI, got undefined/],
    ['a URI that is not a string', [{ path: '/a.neam' }, { line: 0, character: 0 }, []], /first argument/],
    ['a missing position', ['untitled:a.neam'], /second argument must be a position/],
    ['a position with a negative line', ['untitled:a.neam', { line: -1, character: 0 }, []], /second argument/],
    ['a position with a fractional character', ['untitled:a.neam', { line: 0, character: 1.5 }, []], /second argument/],
    ['locations that are not a list', ['untitled:a.neam', { line: 0, character: 0 }, {}], /third argument must be a list of locations/],
    ['a location without a range', ['untitled:a.neam', { line: 0, character: 0 }, [{ uri: 'untitled:a.neam' }]], /third argument/],
    ['a location whose range has no end', ['untitled:a.neam', { line: 0, character: 0 }, [{ uri: 'untitled:a.neam', range: { start: { line: 0, character: 0 } } }]], /third argument/],
    ['a null location', ['untitled:a.neam', { line: 0, character: 0 }, [null]], /third argument/],
  ];
  for (const [name, args, message] of invalid) {
    it(`rejects ${name} with a readable message, converting nothing`, () => {
      let conversions = 0;
      const counting = {
        asUri: (v: string) => (conversions++, v),
        asPosition: (v: LspPosition) => (conversions++, v),
        asLocation: (v: LspLocation) => (conversions++, v),
      };
      assert.throws(() => showReferencesArguments(args, counting), (error: Error) => {
        assert.match(error.message, /^neam\.showReferences: /);
        assert.match(error.message, message);
        return true;
      });
      assert.equal(conversions, 0);
    });
  }
});
