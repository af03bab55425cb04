/**
 * The command line as a user runs it: `clausewise analyze … --json` on the sample agreement,
 * a Markdown agreement and a non-agreement page, one JSON object per input.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../cli/load-document';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');

function analyze(...inputs: string[]): Array<Record<string, any>> {
  const out = execFileSync('node', ['cli/bin.mjs', 'analyze', ...inputs, '--json'], { cwd: root, encoding: 'utf8' });
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

describe('clausewise analyze --json', () => {
  const [sample, markdown, news] = analyze(
    join(shared, 'fixtures/aliyun-service-agreement.html'),
    join(shared, 'corpus/pages/agreements/ca4p-chuman-user-agreement.md'),
    join(shared, 'corpus/pages/non-agreements/nonagr-lwn-news-article.html'),
  );

  it('reports the sample as a Chinese agreement with its key clauses and agree controls', () => {
    expect(sample.isAgreement).toBe(true);
    expect(sample.language).toBe('zh');
    const byNumber = new Map(sample.clauses.map((c: any) => [c.number, c]));
    expect(byNumber.get('13.1')).toMatchObject({ category: 'law', emphasized: true, heading: '13. 法律适用及争议解决' });
    expect(byNumber.get('13.2')).toMatchObject({ category: 'dispute', emphasized: true });
    expect(byNumber.get('10.5')).toMatchObject({ category: 'liability', emphasized: false });
    for (const clause of sample.clauses) {
      expect(typeof clause.text).toBe('string');
      expect(typeof clause.emphasized).toBe('boolean');
      expect(['liability', 'law', 'dispute', 'change', 'termination', 'content-removal', 'acceptance-by-use', 'fees', 'data', 'other']).toContain(clause.category);
    }
    expect(sample.agreeControls).toEqual([
      { kind: 'checkbox', text: '我已阅读并同意《阿里云产品服务协议》' },
      { kind: 'submit', text: '同意协议并开通' },
    ]);
  });

  it('renders Markdown agreements before analysing them', () => {
    expect(markdown.isAgreement).toBe(true);
    expect(markdown.clauses.some((c: any) => c.emphasized)).toBe(true);
  });

  it('says a news article is not an agreement', () => {
    expect(news.isAgreement).toBe(false);
    expect(news.source).toContain('nonagr-lwn-news-article.html');
  });
});

describe('Markdown input', () => {
  it('drops the brackets around a line that is only a bold title, and keeps brackets in running text', () => {
    const html = markdownToHtml(['用户服务协议', '[ __ **第一条【重要提示】**]', '1.1 请您认真阅读本协议。', '', '见 [附件一] 与 [**附件二**] 的约定。'].join('\n'), 'terms.md');
    const body = new JSDOM(html).window.document.body;
    expect([...body.querySelectorAll('strong')].map((strong) => strong.textContent)).toEqual(['第一条【重要提示】', '附件二']);
    expect(body.textContent).not.toContain('[ 第一条');
    expect(body.textContent).not.toContain('第一条【重要提示】]');
    expect(body.textContent).toContain('见 [附件一] 与 [附件二] 的约定。');
  });

  it('loses the emphasis delimiters nothing closes, and keeps the emphasis that is closed and the code', () => {
    const html = markdownToHtml(
      ['**特别约定  ', '用户使用本服务的行为若有违法情形，本公司有权删除。', '==========', '', '[__**第九条【免责】**]', '', 'Run `a**b__c` as is. A **bold** word.'].join('\n'),
      'terms.md',
    );
    const body = new JSDOM(html).window.document.body;
    expect(body.textContent).toContain('特别约定');
    expect(body.textContent).not.toContain('**特别约定');
    expect(body.textContent).toContain('第九条【免责】');
    expect(body.textContent).not.toContain('[');
    expect(body.querySelector('h1')?.textContent).toMatch(/^特别约定/u);
    expect([...body.querySelectorAll('strong')].map((strong) => strong.textContent)).toEqual(['第九条【免责】', 'bold']);
    expect(body.querySelector('code')?.textContent).toBe('a**b__c');
  });
});

describe('clausewise analyze on a hostile page', () => {
  it('analyses terms nested 3,000 elements deep', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-deep-'));
    try {
      const clauses = Array.from({ length: 20 }, (_, i) => `<p>${i + 1}. We are not liable for any indirect damages. These Terms are governed by the laws of Ireland.</p>`).join('');
      const file = join(dir, 'deep.html');
      writeFileSync(file, `<!doctype html><title>Terms of Service</title><body>${'<div>'.repeat(3000)}${clauses}${'</div>'.repeat(3000)}</body>`);
      const [deep] = analyze(file);
      expect(deep.error).toBeUndefined();
      expect(deep.isAgreement).toBe(true);
      expect(deep.clauses.length).toBe(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('clausewise analyze into a reader that stops early', () => {
  it('ends quietly when the pipe closes (`… | head -1`)', async () => {
    const sample = join(shared, 'fixtures/aliyun-service-agreement.html');
    // Many inputs, so that the output goes on after the reader has closed its end.
    const child = spawn('node', ['cli/bin.mjs', 'analyze', ...Array<string>(12).fill(sample)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});
