/**
 * Links to a clause inside linked terms, by text fragment (utils/ui/text-fragment.ts).
 */
import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../utils/ui/text-fragment';

describe('textFragmentUrl', () => {
  it('names the first and last words of a long clause, each end within one block', () => {
    expect(textFragmentUrl('https://x.test/terms#top', '7.1 We are not liable for: loss of profits; loss of data.')).toBe(
      'https://x.test/terms#:~:text=7.1%20We%20are%20not%20liable,of%20profits%3B%20loss%20of%20data.',
    );
  });

  it('splits a short clause in two, and encodes what the directive reserves', () => {
    expect(textFragmentUrl('https://x.test/t', 'Governing law - England, Wales & more')).toBe('https://x.test/t#:~:text=Governing%20law%20%2D%20England%2C,Wales%20%26%20more');
  });

  it('takes a run of characters from each end of text written without spaces', () => {
    const zh = '本协议的订立、执行和解释及争议的解决均应适用中华人民共和国大陆地区法律并提交杭州仲裁委员会仲裁';
    expect(decodeURIComponent(textFragmentUrl('https://x.test/t', zh).split('#:~:text=')[1])).toBe(`${zh.slice(0, 12)},${zh.slice(-12)}`);
    expect(decodeURIComponent(textFragmentUrl('https://x.test/t', '适用中国法律').split('#:~:text=')[1])).toBe('适用中国法律');
  });
});
