'use strict';

function grade(score) {
  if (typeof score !== 'number' || Number.isNaN(score)) {
    throw new TypeError('score must be a number');
  }
  if (score >= 90) {
    return 'A';
  }
  if (score >= 75) {
    return 'B';
  }
  if (score >= 50) {
    return 'C';
  }
  return 'F';
}

function describeGrade(letter) {
  switch (letter) {
    case 'A':
      return 'excellent';
    case 'B':
      return 'good';
    case 'C':
      return 'pass';
    default:
      return 'fail';
  }
}

module.exports = { grade, describeGrade };
