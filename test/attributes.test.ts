import { expect } from '@open-wc/testing';
import { sanitizeNumber } from '../src/attributes.js';

const range = { min: 60, max: 240, fallback: 170, integer: true };

describe('sanitizeNumber', () => {
  for (const [input, value, ok] of [
    ['180', 180, true],
    [173, 173, true],
    [' 175 ', 175, true],
    ['abc', 170, false],
    ['', 170, false],
    [null, 170, false],
    [-5, 60, false],
    ['1e6', 240, false],
    [Infinity, 170, false],
    [172.6, 173, false],
  ] as const) {
    it(`turns ${JSON.stringify(input)} into ${value}${ok ? '' : ' with a reason'}`, () => {
      const result = sanitizeNumber(input, range);
      expect(result.value).to.equal(value);
      if (ok) expect(result.problem).to.equal(null);
      else expect(result.problem?.length ?? 0).to.be.greaterThan(0);
    });
  }
});
