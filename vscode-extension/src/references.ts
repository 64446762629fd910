// The `neam.showReferences` command that the server puts on its "N references" code lenses.
// This module must not import 'vscode': it is unit-tested in plain Node, with a fake converter
// standing in for the language client's protocol2CodeConverter.

/** The command id of the server's reference-count lenses (CodeLenses.SHOW_REFERENCES on the Java side). */
export const SHOW_REFERENCES_COMMAND = 'neam.showReferences';

/** VS Code's built-in references peek view; takes (Uri, Position, Location[]). */
export const EDITOR_SHOW_REFERENCES_COMMAND = 'editor.action.showReferences';

/** LSP JSON shapes, as the lens's command arguments arrive: raw JSON, not converted by the client. */
export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface LspLocation {
  uri: string;
  range: LspRange;
}

/** The part of vscode-languageclient's protocol2CodeConverter that the conversion needs. */
export interface ReferencesConverter<Uri, Position, Location> {
  asUri(value: string): Uri;
  asPosition(value: LspPosition): Position;
  asLocation(value: LspLocation): Location;
}

function isPosition(value: unknown): value is LspPosition {
  const p = value as LspPosition | null | undefined;
  return (
    typeof p === 'object' && p !== null && Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0
  );
}

function isLocation(value: unknown): value is LspLocation {
  const l = value as LspLocation | null | undefined;
  return (
    typeof l === 'object' &&
    l !== null &&
    typeof l.uri === 'string' &&
    typeof l.range === 'object' &&
    l.range !== null &&
    isPosition(l.range.start) &&
    isPosition(l.range.end)
  );
}

/**
 * Turns the lens's arguments `[uri, position, locations]` into the arguments of
 * `editor.action.showReferences`. Throws with a readable message when they do not have that shape
 * (a server and extension of different versions), rather than letting VS Code fail obscurely.
 */
export function showReferencesArguments<Uri, Position, Location>(
  args: readonly unknown[],
  converter: ReferencesConverter<Uri, Position, Location>,
): [Uri, Position, Location[]] {
  const [uri, position, locations] = args;
  if (typeof uri !== 'string') {
    throw new Error(`${SHOW_REFERENCES_COMMAND}: the first argument must be a document URI, got ${JSON.stringify(uri)}`);
  }
  if (!isPosition(position)) {
    throw new Error(`${SHOW_REFERENCES_COMMAND}: the second argument must be a position {line, character}, got ${JSON.stringify(position)}`);
  }
  if (!Array.isArray(locations) || !locations.every(isLocation)) {
    throw new Error(`${SHOW_REFERENCES_COMMAND}: the third argument must be a list of locations {uri, range}, got ${JSON.stringify(locations)}`);
  }
  return [converter.asUri(uri), converter.asPosition(position), locations.map((l) => converter.asLocation(l))];
}
