'use strict';

function parseScores(text) {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => Number(part));
}

function average(scores) {
  if (scores.length === 0) {
    return 0;
  }
  return scores.reduce((sum, value) => sum + value, 0) / scores.length;
}

function neverCalled(value) {
  return value ? 'yes' : 'no';
}

module.exports = { parseScores, average, neverCalled };
