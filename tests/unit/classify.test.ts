import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { classify, classifyDocument, detectLanguage } from '../../utils/classify';
import { isShouting } from '../../utils/classify/features';

const FIXTURE = '../shared/fixtures/aliyun-service-agreement.expected.json';

interface Expected {
  categories: Record<'liability' | 'law' | 'dispute', string[]>;
  clauses: { id: string; text: string }[];
}

describe('classify: Chinese service agreement (aliyun)', () => {
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Expected;
  const key = ['liability', 'law', 'dispute'] as const;

  for (const clause of expected.clauses) {
    const want = key.filter((c) => expected.categories[c].includes(clause.id));
    it(`${clause.id} → ${want.join(',') || 'none of liability/law/dispute'}`, () => {
      const got = classify(clause.text, 'zh').categories.filter((c) => (key as readonly string[]).includes(c));
      expect(got.sort()).toEqual([...want].sort());
    });
  }

  it('tells courts from arbitration', () => {
    const courts = expected.clauses.find((c) => c.id === '13.2')!;
    expect(classify(courts.text, 'zh').disputeKind).toEqual(['jurisdiction']);
    expect(classify('因本协议引起的争议，应提交中国国际经济贸易仲裁委员会仲裁。', 'zh').disputeKind).toEqual([
      'arbitration',
    ]);
  });

  it('finds the other categories where they are what the clause is about', () => {
    const byId = (id: string) => classify(expected.clauses.find((c) => c.id === id)!.text, 'zh').categories;
    expect(byId('3.4')).toEqual(expect.arrayContaining(['fees', 'termination']));
    expect(byId('14.2')).toContain('change');
    expect(byId('6.3')).toContain('data');
    expect(byId('6.4')).toContain('data');
  });
});

describe('classify: sentences per language', () => {
  const cases: [string, string, string][] = [
    ['en', 'In no event shall we be liable for any indirect or consequential damages.', 'liability'],
    ['en', 'These Terms are governed by the laws of the State of California.', 'law'],
    ['en', 'You agree to submit to the exclusive jurisdiction of the courts of Dublin, Ireland.', 'dispute'],
    ['de', 'Wir haften nicht für mittelbare Schäden oder entgangenen Gewinn.', 'liability'],
    ['de', 'Diese Nutzungsbedingungen und alle Streitigkeiten unterliegen dem Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts.', 'law'],
    ['it', 'In nessun caso saremo responsabili per danni indiretti.', 'liability'],
    ['pl', 'Nie ponosimy odpowiedzialności za szkody pośrednie.', 'liability'],
    ['zh', '因不可抗力导致的损失，本公司不承担责任。', 'liability'],
    ['zh', '本协议适用中华人民共和国法律。', 'law'],
    ['zh', '百果园信息服务协议要与中华人民共和国的法律解释一致。', 'law'],
    ['zh', '用户有如下任何一种行为的，本公司有权随时取消该用户账号或中止对该用户的全部服务：', 'termination'],
    ['zh', '发生下列情形之一时，本公司有权中断所提供的网络服务：', 'termination'],
    // Severability in a governing-law clause ("其它有效条款继续有效") is no survival clause.
    ['zh', '本协议的订立、执行和解释均应适用在中华人民共和国大陆地区适用之有效法律。如本协议与法律相抵触，其它有效条款继续有效。', 'law'],
    ['zh', '本公司不就因您使用本服务引起的任何间接损害（包括但不限于因人身伤害、因隐私泄漏、因过失而造成的损害赔偿）承担任何责任。', 'liability'],
    ['zh', '本公司不担保本服务所包含的或以其它方式通过本服务提供给您的全部信息、内容、材料和服务、其服务器或从本服务发出的电子信件没有病毒或其他有害成分。', 'liability'],
    ['zh', '公司不保证（包括但不限于）：', 'liability'],
    ['zh', '本服务均是在“按现状”和“按现有”的基础上提供的。', 'liability'],
    ['zh', '本公司不对本服务上的信息、内容、材料、产品或服务作任何形式的、明示或默示的声明或担保。', 'liability'],
    ['zh', '本公司不承担由此引发的用户数据丢失等责任及纠纷。', 'liability'],
    ['zh', '非咪咕公司原因致使用户帐号或密码泄漏的，咪咕公司无须承担与此有关的任何责任。', 'liability'],
    ['zh', '基于不可抗力等原因造成的任何损失，咪咕公司在法律法规允许的范围内免于承担责任。', 'liability'],
    ['zh', '咪咕公司依照本协议限制、冻结或终止用户的咪咕帐号使用，由此可能会给用户造成的损失，由用户自行承担。', 'liability'],
    ['zh', '堆糖不承担因业务调整给用户造成的损失。', 'liability'],
    ['zh', '用户同意补偿无端科技因用户违反本用户协议所产生之一切损害及责任。', 'liability'],
    ['zh', '协商不成的，任何一方均可向北京市海淀区人民法院提起诉讼。', 'dispute'],
    ['zh', '双方同意以杭州市西湖区人民法院为第一审管辖法院。', 'dispute'],
    ['zh', '争议应通过北京仲裁委员会按照其仲裁规则解决。', 'dispute'],
    ['zh', '任何第三方使用您的个人信息所产生的纠纷，本公司不承认任何法律责任；', 'liability'],
  ];
  for (const [lang, text, cat] of cases) {
    it(`${lang}: ${cat}: ${text.slice(0, 24)}`, () => expect(classify(text, lang).categories).toContain(cat));
  }

  it('classifies a long paragraph by its sentences (the models were trained on sentences)', () => {
    const paragraph =
      'Welcome to our service, which lets you share photos with your friends and family. ' +
      'You can create albums, invite other people to them and comment on what they share. ' +
      'We keep improving the service and may add or remove features from time to time. ' +
      'Please read these terms carefully, as they explain what you may and may not do here. ' +
      'These Terms are governed by the laws of the State of California. ' +
      'Thank you for being part of our community.';
    expect(paragraph.length).toBeGreaterThan(400);
    expect(classify(paragraph, 'en').categories).toContain('law');
  });

  it('tells text written in capitals (a shape feature of the models)', () => {
    expect(isShouting('IN NO EVENT SHALL WE BE LIABLE FOR ANY DAMAGES.')).toBe(true);
    expect(isShouting('DIE HAFTUNG FÜR LEICHTE FAHRLÄSSIGKEIT IST AUSGESCHLOSSEN.')).toBe(true);
    expect(isShouting('In no event shall we be liable for any damages.')).toBe(false);
    expect(isShouting('See LICENSE.')).toBe(false);
  });

  it('never returns other, and leaves plain sentences alone', () => {
    expect(classify('Welcome to our website.', 'en').categories).toEqual([]);
    expect(classify('欢迎使用本服务。', 'zh').categories).not.toContain('other');
    expect(classify('我们将依据中华人民共和国法律规定保护您的个人信息。', 'zh').categories).not.toContain('law');
    // A survival clause names other clauses; it is none of them.
    expect(classify('本协议终止后，关于适用中华人民共和国法律的约定继续有效。', 'zh').categories).not.toContain('law');
    expect(classify('退款按现有规定办理。', 'zh').categories).not.toContain('liability');
    // Courts and arbitration named in passing decide no dispute.
    for (const passing of ['司法机关（包括但不限于人民法院）可以通过电子邮件向您送达法律文书。', '甲方为了维护自己合法权益而向乙方提起诉讼或者仲裁时；', '为处理技术等问题或诉讼、仲裁的需要；']) {
      expect(classify(passing, 'zh').categories, passing).not.toContain('dispute');
    }
    // A law's name is no choice of law nor of courts.
    const statute = classify('用户须遵守《最高人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释》等规定。', 'zh').categories;
    expect(statute).not.toContain('law');
    expect(statute).not.toContain('dispute');
    // A copyright notice's oath charges the user nothing; a late-payment penalty does.
    expect(classify('Provide a statement, made under penalty of perjury, that the information in your notice is accurate.', 'en').categories).not.toContain('fees');
    for (const notCharged of ['Exporting the software may result in severe civil and criminal penalties.', 'You may terminate your use of the Services without penalty.']) {
      expect(classify(notCharged, 'en').categories, notCharged).not.toContain('fees');
    }
    expect(classify('A penalty of 5% applies to invoices paid late.', 'en').categories).toContain('fees');
    // The user's own doing stays a duty of the user's, not an exclusion (the sample's 4.5).
    expect(classify('因您保管不当致使密码丢失所引起的损失和后果均由您承担。', 'zh').categories).not.toContain('liability');
  });

  it('detects languages', () => {
    expect(detectLanguage('本协议之订立、生效、解释均适用中华人民共和国法律。')).toBe('zh');
    expect(detectLanguage('本規約は日本法に準拠するものとします。')).toBe('ja');
    expect(detectLanguage('These terms are governed by the laws of the State of New York.')).toBe('en');
    expect(detectLanguage('Diese Nutzungsbedingungen unterliegen dem Recht der Bundesrepublik Deutschland.')).toBe('de');
    expect(detectLanguage('Le presenti condizioni sono disciplinate dalla legge italiana.')).toBe('it');
    expect(detectLanguage('Niniejszy regulamin podlega prawu polskiemu i nie wyłącza praw konsumenta.')).toBe('pl');
  });
});

describe('classify: headings', () => {
  // The corpus never tags a text of four words or fewer, though a heading's few words are its
  // clause's own vocabulary; without the models' minimum lengths, these headings took the label
  // of the clause under them.
  it('gives a heading no key category, and the clause under it its own', () => {
    const en = classifyDocument(
      [
        'Choice of Law',
        'These Terms are governed by the laws of the State of California, without regard to its conflict of laws rules.',
        'OUR LIABILITY',
        'We are not responsible for any loss of data.',
      ],
      'en',
    );
    expect(en.map((c) => c.categories)).toEqual([[], ['law'], [], ['liability']]);
    const it_ = classifyDocument(['Arbitrato vincolante', 'Qualsiasi controversia sarà risolta mediante arbitrato vincolante.'], 'it');
    expect(it_[0].categories).toEqual([]);
    expect(it_[1].categories).toContain('dispute');
    expect(classify('OUR LIABILITY', 'en').categories).toEqual([]);
  });

  it('still labels a clause of five words', () => {
    expect(classify('Diese Nutzungsbedingungen unterliegen irischem Recht.', 'de').categories).toContain('law');
  });
});

describe('classify: plain statements of the governing law, the courts and arbitration', () => {
  // Terse clauses of smaller shops' terms, which the models (trained on the long clauses of
  // large providers) score below their thresholds: the lexicons' plain statements decide them.
  it.each([
    ['de', 'Es gilt das Recht der Bundesrepublik Deutschland.', 'law', undefined],
    ['de', 'Auf diesen Vertrag findet deutsches Recht Anwendung.', 'law', undefined],
    ['de', 'Österreichisches Recht findet Anwendung.', 'law', undefined],
    ['de', 'Gerichtsstand ist München.', 'dispute', 'jurisdiction'],
    ['en', 'Venue is New York.', 'dispute', 'jurisdiction'],
    ['en', 'German law applies.', 'law', undefined],
    ['en', 'Any dispute shall be settled by arbitration.', 'dispute', 'arbitration'],
    ['en', 'You agree to binding individual arbitration.', 'dispute', 'arbitration'],
    ['en', 'You agree to alternative dispute resolution.', 'dispute', 'arbitration'],
    ['en', 'You waive your right to a jury trial.', 'dispute', 'arbitration'],
    ['en', 'You may not bring a class action against us.', 'dispute', 'arbitration'],
    ['en', 'California law will govern all disputes arising out of or relating to these terms, and the courts of Santa Clara County, California, will hear them.', 'law', undefined],
    ['it', 'Foro competente è Milano.', 'dispute', 'jurisdiction'],
    ['pl', 'Właściwe jest prawo polskie.', 'law', undefined],
    ['pl', 'Sądem właściwym jest sąd w Warszawie.', 'dispute', 'jurisdiction'],
    ['pl', 'Sądami właściwymi są sądy powszechne w Warszawie.', 'dispute', 'jurisdiction'],
  ] as const)('%s: "%s" is %s', (lang, text, category, kind) => {
    const got = classify(text, lang);
    expect(got.categories).toContain(category);
    if (kind) expect(got.disputeKind).toEqual([kind]);
    // The same in a document, where the context stage might have pulled it under.
    expect(classifyDocument(['Allgemeines.', text], lang)[1].categories).toContain(category);
  });

  it('are found in the short sentences of a longer paragraph', () => {
    const paragraph =
      '§ 10 Schlussbestimmungen. Für alle Verträge zwischen dem Kunden und uns, auch soweit sie über den Onlineshop geschlossen werden, gilt Folgendes. Es gilt deutsches Recht. Gerichtsstand ist Hamburg.';
    expect(classify(paragraph, 'de').categories).toEqual(expect.arrayContaining(['law', 'dispute']));
  });

  it('are looked for only where a hint word stands (the hints skip the scan, never a match)', async () => {
    const { LEXICONS } = await import('../../utils/classify/lexicon');
    const { loadLanguage } = await import('../../scripts/classify-corpus');
    const { compileLexicon, applyRules } = await import('../../utils/classify/rules');
    const hits = new Uint8Array(10);
    for (const lang of ['en', 'de', 'it', 'pl']) {
      const { plain, plainHints } = LEXICONS[lang];
      const rules = compileLexicon({ rules: plain! });
      let matched = 0;
      for (const doc of loadLanguage(lang)) {
        for (const sentence of doc.sentences) {
          const lower = sentence.toLowerCase();
          if (applyRules(lower, rules, hits) === 0) continue;
          matched++;
          expect(plainHints!.some((h) => lower.includes(h)), sentence).toBe(true);
        }
      }
      expect(matched, lang).toBeGreaterThan(5);
    }
  });

  it('are statements, not topic words: headings and mentions stay without the label', () => {
    for (const [lang, text] of [
      ['de', 'Anwendbares Recht und Gerichtsstand'],
      ['de', 'Dieses Recht gilt als von Apple angenommen.'],
      ['it', 'Il diritto di recesso non si applica in caso di:'],
      ['pl', 'Właściwe przepisy prawa, jurysdykcja i rozwiązywanie sporów'],
      ['en', 'Governing Law and Venue'],
      ['en', 'Agreement to Arbitrate; Waiver of Class Action'],
      ['en', 'Class Action Waiver'],
    ] as const) {
      const got = classify(text, lang).categories;
      expect(got, text).not.toContain('law');
      expect(got, text).not.toContain('dispute');
    }
  });
});

describe('classifyDocument: sentences with their neighbours', () => {
  const doc = [
    'Welcome to our service.',
    'These Terms are governed by the laws of the State of California.',
    'In no event shall we be liable for any indirect or consequential damages.',
    'You agree to submit to the exclusive jurisdiction of the courts of Dublin, Ireland.',
  ];

  it('returns one result per sentence, in order, with the key categories', () => {
    const got = classifyDocument(doc, 'en');
    expect(got).toHaveLength(doc.length);
    expect(got[0].categories).toEqual([]);
    expect(got[1].categories).toContain('law');
    expect(got[2].categories).toContain('liability');
    expect(got[3].categories).toContain('dispute');
    expect(got[3].disputeKind).toEqual(['jurisdiction']);
  });

  it('equals classify sentence by sentence where there is no model (rules alone)', () => {
    const zh = ['本协议适用中华人民共和国法律。', '欢迎使用本服务。', '因不可抗力导致的损失，本公司不承担责任。'];
    expect(classifyDocument(zh, 'zh')).toEqual(zh.map((s) => classify(s, 'zh')));
  });

  // A few lines are no terms document: their neighbours and "the strongest candidate elsewhere"
  // say nothing about them, so they get the verdict of each sentence alone.
  it('decides a few lines as each sentence alone, and a whole document with its context', async () => {
    const { loadLanguage } = await import('../../scripts/classify-corpus');
    for (const lang of ['en', 'de', 'it', 'pl'] as const) {
      const documents = loadLanguage(lang).slice(0, 5).map((d) => d.sentences);
      const alone = documents.map((sentences) => sentences.map((s) => classify(s, lang)));
      expect(documents[0].map((s) => classifyDocument([s], lang)[0]), `${lang}: one line at a time`).toEqual(alone[0]);
      expect(classifyDocument(documents[0].slice(0, 40), lang), `${lang}: 40 lines`).toEqual(alone[0].slice(0, 40));
      const changed = documents.flatMap((sentences, d) => classifyDocument(sentences, lang).filter((c, i) => JSON.stringify(c) !== JSON.stringify(alone[d][i])));
      expect(changed.length, `${lang}: sentences of whole terms decided otherwise than alone`).toBeGreaterThan(0);
    }
  });

  it('is what `clausewise classify` prints for lines on standard input', () => {
    const out = execFileSync('node', ['cli/bin.mjs', 'classify'], { input: `${doc.join('\n')}\n`, encoding: 'utf8' });
    expect(out.split('\n').slice(0, doc.length)).toEqual(classifyDocument(doc, 'en').map((c) => c.categories.join(' ')));
  }, 30_000);
});

describe('classify: figures on the labelled corpus', () => {
  // The shipped training procedure (thresholds and the context stage from inner folds, then a
  // fit) inside a 5-fold cross-validation by document, whole documents classified with
  // classifyDocument: no document, nor any of its translations, is scored by a model that saw
  // it. Each language takes several seconds.
  //
  // The floors are the figures measured with this procedure, less a small margin: they catch a
  // regression. The project's targets (en 0.85; de, it, pl 0.80) are higher and not reached yet;
  // `npm run eval` prints both.
  const floor: Record<string, number> = { en: 0.79, de: 0.725, it: 0.695, pl: 0.69 };
  const reference = 0.71; // TF-IDF + linear SVM, English

  for (const lang of Object.keys(floor)) {
    it(`${lang}: cross-validated macro-F1 over liability/law/dispute holds its measured level`, async () => {
      const { crossValidate } = await import('../../scripts/classify-cv');
      const { scores } = crossValidate({}, undefined, { langs: [lang] });
      const final = scores[lang].final.keyMacroF1();
      expect(final).toBeGreaterThanOrEqual(floor[lang]);
      // The model must be far better than the rules alone, which it replaces for these labels.
      expect(final).toBeGreaterThan(scores[lang].rules.keyMacroF1() + 0.1);
      if (lang === 'en') expect(final).toBeGreaterThan(reference + 0.03);
    }, 60_000);
  }
});
