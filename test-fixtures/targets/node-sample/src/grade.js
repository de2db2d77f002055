// Turns a score from 0 to 100 into a letter grade.
export function grade(score) {
  if (!Number.isInteger(score) || score < 0 || score > 100) {
    throw new RangeError(`not a score: ${score}`);
  }
  if (score >= 90) {
    return 'A';
  }
  if (score >= 75) {
    return 'B';
  }
  return 'C';
}
