import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grade } from '../src/grade.js';

test('90 and above is an A', () => assert.equal(grade(90), 'A'));
test('75 to 89 is a B', () => assert.equal(grade(80), 'B'));
test('below 75 is a C', () => assert.equal(grade(10), 'C'));
test('a score outside 0 to 100 is refused', () => assert.throws(() => grade(101), RangeError));
