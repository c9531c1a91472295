import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CODE_SECTIONS,
  code2024,
  codeSection,
  isProvisionNumber,
  provision,
  PROVISION_NUMBERS,
  PROVISION_SUBJECTS,
  type ProvisionNumber,
} from '../../src/self-assessment/index.js';

// Expectations transcribed by hand from the Wellington self-assessment form (November 2024), with
// the extraction damage repaired as described in docs/self-assessment.md.
const PER_SECTION: Record<number, number> = { 1: 5, 2: 5, 3: 7, 4: 3, 5: 15, 6: 20, 7: 4, 8: 5, 9: 8 };

describe('code2024: the provisions of the Complaint Handling Code 2024 form', () => {
  it('has 72 provisions, 1.2 to 9.8, in form order', () => {
    expect(code2024).toHaveLength(72);
    expect(code2024[0]?.number).toBe('1.2');
    expect(code2024[71]?.number).toBe('9.8');
    expect(code2024.map((p) => p.number)).toEqual([...PROVISION_NUMBERS]);
  });

  it('numbers each section without gaps (section 1 starts at 1.2: the form has no row for 1.1)', () => {
    for (const s of CODE_SECTIONS) {
      const numbers = code2024.filter((p) => p.section === s.id).map((p) => p.number);
      const first = s.number === 1 ? 2 : 1;
      const expected = Array.from({ length: PER_SECTION[s.number] ?? 0 }, (_, i) => `${s.number}.${first + i}`);
      expect(numbers, `section ${s.number} ${s.title}`).toEqual(expected);
      expect(numbers.every((n) => n.startsWith(`${s.number}.`))).toBe(true);
    }
  });

  it('places each provision in the Code section of its number (nine sections)', () => {
    expect(CODE_SECTIONS.map((s) => s.id)).toEqual([
      'definition',
      'exclusions',
      'accessibility',
      'staff',
      'process',
      'stages',
      'putting-things-right',
      'self-assessment',
      'scrutiny',
    ]);
    for (const p of code2024) expect(codeSection(p.section).number).toBe(Number(p.number.split('.')[0]));
  });

  it('keeps no extraction debris: no tabs, no doubled spaces, no stray row numbers, no empty text', () => {
    for (const p of code2024) {
      expect(p.text, p.number).not.toMatch(/\t|\s{2,}|^\s|\s$/);
      expect(p.text.length, p.number).toBeGreaterThan(40);
    }
    expect(code2024.some((p) => (p.number as string) === '0.10' || (p.number as string) === '6.40')).toBe(false);
  });

  it('4.1: the line the extraction repeated before the row appears once', () => {
    expect(provision('4.1').text).toBe(
      "Landlords must have a person or team assigned to take responsibility for complaint handling, including liaison with the Ombudsman and ensuring complaints are reported to the governing body (or equivalent). This Code will refer to that person or team as the 'complaints officer'. This role may be in addition to other duties.",
    );
  });

  it('6.13: the repeated last line is dropped', () => {
    expect(provision('6.13').text).toBe(
      'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
    );
  });

  it('6.16: the second half, extracted as a row numbered 0.10, is re-joined', () => {
    expect(provision('6.16').text).toBe(
      'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.',
    );
  });

  it('6.18: the first half, extracted as a row numbered 6.40, is re-joined', () => {
    expect(provision('6.18').text).toBe(
      'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
    );
  });

  it('6.19: the list a. to g. split over six lines is re-joined', () => {
    expect(provision('6.19').text).toBe(
      'Landlords must confirm the following in writing to the resident at the completion of stage 2 in clear, plain language: a. the complaint stage; b. the complaint definition; c. the decision on the complaint; d. the reasons for any decisions made; e. the details of any remedy offered to put things right; f. details of any outstanding actions; and g. details of how to escalate the matter to the Ombudsman Service if the individual remains dissatisfied.',
    );
  });

  it('split cells re-joined: 3.4, 5.2, 5.10, 6.11, 6.12, 6.15, 9.2', () => {
    expect(provision('3.4').text).toBe(
      "Landlords must make their complaint policy available in a clear and accessible format for all residents. This will detail the two stage process, what will happen at each stage, and the timeframes for responding. The policy must also be published on the landlord's website.",
    );
    expect(provision('5.2').text).toBe(
      "The early and local resolution of issues between landlords and residents is key to effective complaint handling. It is not appropriate to have extra named stages (such as 'stage 0' or 'informal complaint') as this causes unnecessary confusion.",
    );
    expect(provision('5.10').text).toMatch(/Any agreed reasonable adjustments must be kept under active review\.$/);
    expect(provision('6.11').text).toBe(
      'Requests for stage 2 must be acknowledged, defined and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.',
    );
    expect(provision('6.12').text).toBe(
      'Residents must not be required to explain their reasons for requesting a stage 2 consideration. Landlords are expected to make reasonable efforts to understand why a resident remains unhappy as part of its stage 2 response.',
    );
    expect(provision('6.15').text).toBe(
      'Landlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.',
    );
    expect(provision('9.2').text).toBe(
      'A positive complaint handling culture is integral to the effectiveness with which landlords resolve disputes. Landlords must use complaints as a source of intelligence to identify issues and introduce positive changes in service delivery.',
    );
  });

  it('2.2: the list of acceptable exclusions follows the provision', () => {
    expect(provision('2.2').text).toBe(
      'A complaints policy must set out the circumstances in which a matter will not be considered as a complaint or escalated, and these circumstances must be fair and reasonable to residents. Acceptable exclusions include: The issue giving rise to the complaint occurred over twelve months ago. Legal proceedings have started. This is defined as details of the claim, such as the Claim Form and Particulars of Claim, having been filed at court. Matters that have previously been considered under the complaints policy.',
    );
  });

  it('spot checks of rows the extraction left whole: 1.2, 2.3, 6.2, 6.3, 6.14, 8.2 (verbatim, with the form\'s "on the on the")', () => {
    expect(provision('1.2').text).toBe(
      "A complaint must be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident or group of residents.'",
    );
    expect(provision('2.3').text).toMatch(/^Landlords must accept complaints referred to them within 12 months of the issue occurring/);
    expect(provision('6.2').text).toBe(
      'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.',
    );
    expect(provision('6.3').text).toBe(
      'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.',
    );
    expect(provision('6.14').text).toBe(
      'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.',
    );
    expect(provision('8.2').text).toContain('published on the on the section of its website relating to complaints');
  });

  it('isProvisionNumber accepts the 72 numbers and nothing else', () => {
    for (const n of PROVISION_NUMBERS) expect(isProvisionNumber(n)).toBe(true);
    for (const n of ['1.1', '1.7', '6.21', '0.10', '6.40', '9.9', '10.1', '6.3 ', '']) expect(isProvisionNumber(n)).toBe(false);
  });

  it('every provision has at least one policy subject that can evidence it', () => {
    for (const p of code2024) expect(PROVISION_SUBJECTS[p.number].length, p.number).toBeGreaterThan(0);
  });

  it('types: a provision number is a literal union', () => {
    expectTypeOf<'6.3'>().toExtend<ProvisionNumber>();
    expectTypeOf<ProvisionNumber>().not.toEqualTypeOf<string>();
    // @ts-expect-error 6.21 is not a provision of the form
    const bad: ProvisionNumber = '6.21';
    expect(bad).toBe('6.21');
  });
});
