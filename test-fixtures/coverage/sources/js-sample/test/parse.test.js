'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { parseScores, average } = require('../src/parse');

test.describe('parseScores', () => {
  test('splits on commas', () => {
    assert.deepStrictEqual(parseScores('1, 2,3'), [1, 2, 3]);
  });

  test('ignores empty parts', () => {
    assert.deepStrictEqual(parseScores('4,,5,'), [4, 5]);
  });
});

test.describe('average', () => {
  test('of several scores', () => {
    assert.strictEqual(average([2, 4]), 3);
  });

  test('of no scores', { todo: 'decide between 0 and NaN' }, () => {
    assert.strictEqual(average([]), 0);
  });

  test('fails with an error thrown outside an assertion', () => {
    throw new RangeError('boom');
  });
});
