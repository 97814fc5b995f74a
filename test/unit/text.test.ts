import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex, codePointOffset, utf16Offset } from '../../server/src/model';

test('positions follow LF, CRLF and lone CR line breaks', () => {
  const index = new LineIndex('аб\r\nвг\nд\rе');
  assert.deepEqual(index.lineStarts, [0, 4, 7, 9]);
  assert.deepEqual(index.positionAt(5), { line: 1, character: 1 });
  assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(index.positionAt(3), { line: 0, character: 2 }, 'inside CRLF clamps to the line end');
  assert.equal(index.offsetAt({ line: 3, character: 1 }), 10);
  assert.equal(index.offsetAt({ line: 1, character: 99 }), 6);
  assert.equal(index.offsetAt({ line: 9, character: 0 }), 10);
});

test('offsets and positions round-trip', () => {
  const text = 'Қазақстан\n[3, 497 б.]\r\n\n𝔸 әріп';
  const index = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
    assert.equal(index.offsetAt(index.positionAt(offset)), offset);
  }
});

test('code points and UTF-16 offsets convert both ways around astral characters', () => {
  const text = 'a𝔸b😀c';
  assert.equal(codePointOffset(text, 3), 2);
  assert.equal(codePointOffset(text, text.length), 5);
  assert.equal(utf16Offset(text, 2), 3);
  assert.equal(utf16Offset(text, 4), 6);
  assert.equal(utf16Offset(text, 99), text.length);
});
