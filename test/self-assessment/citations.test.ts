import { describe, expect, it } from 'vitest';
import { citedSections } from '../../src/self-assessment/index.js';

describe('citedSections: the policy sections an evidence cell cites', () => {
  it.each([
    ['Covered in Complaints Policy Section 3 – What is a complaint', ['s.3']],
    ['Covered in Complaints Policy Sections 6 and 7 – Complaints procedure', ['s.6', 's.7']],
    ['Covered in Complaints Policy Sections 6 and 7— Complaints procedure', ['s.6', 's.7']],
    ['Covered in Complaints Policy Sections 6 and 7– Complaints procedure', ['s.6', 's.7']],
    ['Covered in Complaints Policy Section 3 – What is a complaint and Section 4 - Submitting complaints', ['s.3', 's.4']],
    ['Covered in Complaints Policy Section 12 – Learning from complaints', ['s.12']],
    ['See sections 6, 7 and 9', ['s.6', 's.7', 's.9']],
    ['See Sections 6-8 of the policy', ['s.6', 's.7', 's.8']],
    ['Sections 6 to 8', ['s.6', 's.7', 's.8']],
    ['s.3 and s.9', ['s.3', 's.9']],
    ['policy §10', ['s.10']],
    ['Section 3; also Section 3 again', ['s.3']],
  ])('%s', (text, expected) => {
    expect(citedSections(text)).toEqual(expected);
  });

  it.each(['N/a in past year', 'All volunteers and third parties are expected to work to Co-operative values', '', "Covered in Complaint Policy published on the Co-ops page on CHS's website"])(
    'cites nothing: %j',
    (text) => {
      expect(citedSections(text)).toEqual([]);
    },
  );
});
