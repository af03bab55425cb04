/**
 * Emphasis that marks a clause's structure rather than what it says: a run-in title the clause
 * opens with, and a term it defines. Neither makes the clause emphasised (segment.ts).
 */
import { describe, expect, it } from 'vitest';
import { isDefinedTerm } from '../../utils/analysis/defined-term';
import { runInTitleEnd } from '../../utils/analysis/run-in-title';

/** The text with `**…**` marks removed, and the marked stretches as ranges. */
function marked(source: string): { text: string; ranges: { start: number; end: number }[] } {
  let text = '';
  const ranges: { start: number; end: number }[] = [];
  source.split('**').forEach((part, i) => {
    if (i % 2 === 1) ranges.push({ start: text.length, end: text.length + part.length });
    text += part;
  });
  return { text, ranges };
}

describe('runInTitleEnd', () => {
  it.each([
    ['2. **No Unlawful or Prohibited Use.** As a condition of your use of the Store, you warrant that you will not break the law.', 3, 'As a condition'],
    ['**Registration.** When you set up a profile on the platform, you will be asked for your name.', 0, 'When you set up'],
    // The full stop left outside the bold.
    ['28. **Binding Arbitration for Users in the United States**. We hope we never have a dispute, but if we do, we will arbitrate it.', 4, 'We hope'],
    ['1.1 **账号注册：**您需要提供真实有效的手机号码完成注册，并妥善保管您的账号和密码。', 4, '您需要'],
    // A plain title before a body in capitals: the body is all that was emphasised.
    ['6. Disclaimer of Warranties. **THE SOFTWARE IS PROVIDED "AS IS" AND "AS AVAILABLE", WITHOUT WARRANTY OF ANY KIND.**', 3, 'THE SOFTWARE'],
  ])('finds the title of %s', (source, numberLength, bodyStart) => {
    const { text, ranges } = marked(source);
    expect(text.slice(runInTitleEnd(text, ranges, numberLength)).trimStart()).toMatch(new RegExp(`^${bodyStart}`));
  });

  it.each([
    // A sentence in bold is the provider's own emphasis, not a title.
    '**You agree to follow the rules of our platform.** When you use the platform you also accept the policies.',
    '**WE ARE NOT LIABLE FOR ANY LOSS.** This applies whatever the cause of the loss may be.',
    '**因不可抗力导致服务中断的，本公司不承担责任。**其他情形按照有关法律法规处理。',
    // A bold lead that states an exclusion, before the list of what it excludes.
    '**本公司对以下情形不承担任何责任：**\n（一）因不可抗力导致服务中断的；\n（二）因网络故障导致服务中断的。',
    // Bold all the way: the whole clause is emphasised.
    '**Waiver of Class Actions. All claims must be brought individually, and you waive any class action.**',
    // A title with nothing after it is a heading, not a run-in title.
    '**Limitation of Liability.**',
    // Emphasis that does not open the clause.
    'As a condition of use, **you must not break the law** when you use the Store.',
    // Plain words before the emphasis that begin its sentence, not a title.
    'You agree that **WE ARE NOT LIABLE FOR ANY LOSS OF DATA OR PROFITS** whatever the cause of the loss may be.',
  ])('finds no title in %s', (source) => {
    const { text, ranges } = marked(source);
    expect(runInTitleEnd(text, ranges, 0)).toBe(0);
  });
});

describe('isDefinedTerm', () => {
  const term = (source: string) => {
    const { text, ranges } = marked(source);
    return isDefinedTerm(text, ranges[0]);
  };

  it.each([
    'When registering an account for the Services (“**Account**”), you agree to give true information.',
    'Ideas you send us ("**Feedback**") are given freely.',
    'Academia, Inc. (**"Academia.edu"**) offers a social networking service.',
    '本协议中的“**用户**”是指注册并使用本服务的个人。',
  ])('is a defined term in %s', (source) => expect(term(source)).toBe(true));

  it.each([
    'Our liability is limited to **the fees you paid us in the last twelve months**.',
    'The notice says “**we are not liable for any loss, whatever its cause.**”',
    '“**我们不对因不可抗力导致的任何服务中断或数据丢失承担任何责任**”',
    '“**不承担任何责任**”',
  ])('is no defined term in %s', (source) => expect(term(source)).toBe(false));
});
